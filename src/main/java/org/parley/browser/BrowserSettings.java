package org.parley.browser;

import java.util.Optional;

import org.parley.graph.ParleySettings;
import org.parley.graph.SettingsCheck;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Neo4j Browser's setting, bound like every setting from {@code parley.*} properties or {@code PARLEY_*} variables.
 *
 * @param httpPort port on which the console and {@code serve} serve Neo4j Browser over HTTP, on the Bolt address
 *                 ({@code PARLEY_HTTP_PORT}); 0 turns it off
 */
public record BrowserSettings(@DefaultValue("7474") int httpPort) {

	private static final String PORTS = "a port from 1 to 65535, or 0 to serve no Neo4j Browser";

	/**
	 * Browser's settings of this run, beside the database's.
	 * @throws org.parley.errors.UsageException naming the setting that cannot be used
	 */
	public static BrowserSettings bind(Environment environment, ParleySettings graph) {
		var settings = SettingsCheck.bind(environment, BrowserSettings.class,
				property -> "parley.http-port".equals(property) ? PORTS : null);
		int port = settings.httpPort();
		if (port < 0 || port > 65535) {
			throw SettingsCheck.invalid("parley.http-port", port, PORTS);
		}
		if (port != 0 && port == graph.boltPort()) {
			throw SettingsCheck.invalid("parley.http-port", port,
					"a port other than PARLEY_BOLT_PORT's, or 0 to serve no Neo4j Browser");
		}
		return settings;
	}

	/**
	 * Where the console or {@code serve} serves Neo4j Browser on the embedded database, or empty when
	 * {@code PARLEY_HTTP_PORT} is 0 or the database is external.
	 */
	public Optional<String> url(ParleySettings graph) {
		if (httpPort == 0 || graph.external()) {
			return Optional.empty();
		}
		String address = graph.boltAddress();
		String host = "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1"
				: address.contains(":") ? "[" + address + "]" : address;
		return Optional.of("http://" + host + ":" + httpPort + "/");
	}
}
