package org.parley.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Spring environments as a Parley process would see them, for tests of how settings bind. */
public final class ProcessEnvironment {

	private ProcessEnvironment() {
	}

	/** An environment with these environment variables, and {@code PARLEY_HOME} at {@code home} unless they set it. */
	public static StandardEnvironment of(Path home, Map<String, Object> variables) {
		var environment = new StandardEnvironment();
		var all = new HashMap<String, Object>(variables);
		all.putIfAbsent("PARLEY_HOME", home.toString());
		environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, all));
		return environment;
	}
}
