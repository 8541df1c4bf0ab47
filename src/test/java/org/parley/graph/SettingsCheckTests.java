package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.errors.UsageException;
import org.parley.testing.ProcessEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsCheckTests {

	@TempDir
	Path home;

	private StandardEnvironment environment(Map<String, Object> variables) {
		return ProcessEnvironment.of(home, variables);
	}

	@Test
	void theDefaultsAndUsualValuesPass() {
		ParleySettings settings = SettingsCheck.bind(environment(Map.of()));
		assertThat(settings.boltPort()).isEqualTo(7687);
		settings = SettingsCheck.bind(environment(Map.of("PARLEY_BOLT_PORT", "0", "PARLEY_PAGE_CACHE", "1g",
				"PARLEY_QUERY_TIMEOUT", "500ms", "PARLEY_RETRY_TIME", "0s", "PARLEY_BOLT_ADDRESS", "::1")));
		assertThat(settings.queryTimeout().toMillis()).isEqualTo(500);
		settings = SettingsCheck.bind(environment(Map.of("PARLEY_NEO4J_URI", "neo4j+s://db.example.org:7687",
				"PARLEY_NEO4J_DATABASE", "trade-2025")));
		assertThat(settings.external()).isTrue();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = {
			"PARLEY_QUERY_TIMEOUT | -5s      | parley.query-timeout | a positive duration",
			"PARLEY_QUERY_TIMEOUT | 0s       | parley.query-timeout | a positive duration",
			"PARLEY_QUERY_TIMEOUT | soon     | parley.query-timeout | a positive duration",
			"PARLEY_BOLT_PORT     | 70000    | parley.bolt-port     | a port from 0 to 65535",
			"PARLEY_BOLT_PORT     | -1       | parley.bolt-port     | a port from 0 to 65535",
			"PARLEY_BOLT_PORT     | http     | parley.bolt-port     | a port from 0 to 65535",
			"PARLEY_PAGE_CACHE    | lots     | parley.page-cache    | a size of at least 1m",
			"PARLEY_PAGE_CACHE    | 1k       | parley.page-cache    | a size of at least 1m",
			"PARLEY_PAGE_CACHE    | -5m      | parley.page-cache    | a size of at least 1m",
			"PARLEY_RETRY_TIME    | abc      | parley.retry-time    | a duration of 0s or more",
			"PARLEY_RETRY_TIME    | -1s      | parley.retry-time    | a duration of 0s or more",
			"PARLEY_BOLT_ADDRESS  | 999.1.1.1 | parley.bolt-address | an IP address or host name",
			"PARLEY_BOLT_ADDRESS  | 127.0.0  | parley.bolt-address  | an IP address or host name",
			"PARLEY_BOLT_ADDRESS  | a b      | parley.bolt-address  | an IP address or host name",
			"PARLEY_BOLT_ADDRESS  | no-such-host.invalid | parley.bolt-address | not a known host",
			"PARLEY_NEO4J_URI     | http://db:7474 | parley.neo4j.uri | a scheme of bolt",
			"PARLEY_NEO4J_URI     | bolt://  | parley.neo4j.uri     | a URI such as",
			"PARLEY_NEO4J_URI     | db:7687  | parley.neo4j.uri     | a URI such as" })
	void aValueThatCannotWorkIsRefusedNamingTheSettingTheValueAndWhatItAccepts(String variable, String value,
			String property, String accepted) {
		assertThatThrownBy(() -> SettingsCheck.bind(environment(Map.of(variable, value))))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("invalid setting " + property + " (" + variable + "): '" + value + "' is not usable; expected ")
			.hasMessageContaining(accepted)
			.hasMessageNotContaining("\n");
	}

	@Test
	void anExternalDatabaseNeedsAUserAndAPlausibleDatabaseName() {
		assertThatThrownBy(() -> SettingsCheck.bind(environment(Map.of("PARLEY_NEO4J_URI", "bolt://db:7687",
				"PARLEY_NEO4J_USER", " ")))).hasMessageStartingWith("invalid setting parley.neo4j.user (PARLEY_NEO4J_USER)");
		assertThatThrownBy(() -> SettingsCheck.bind(environment(Map.of("PARLEY_NEO4J_URI", "bolt://db:7687",
				"PARLEY_NEO4J_DATABASE", "x`; DROP DATABASE neo4j"))))
			.hasMessageStartingWith("invalid setting parley.neo4j.database (PARLEY_NEO4J_DATABASE)");
	}

	@Test
	void aHomeThatIsAFileIsRefused() throws Exception {
		Path file = Files.writeString(home.resolve("plain"), "x");
		assertThatThrownBy(() -> SettingsCheck.bind(environment(Map.of("PARLEY_HOME", file.toString()))))
			.hasMessageStartingWith("invalid setting parley.home (PARLEY_HOME)");
	}

	@Test
	void aPropertyOnTheCommandLineIsNamedTheSameWay() {
		var environment = environment(Map.of());
		environment.getPropertySources().addFirst(new MapPropertySource("args", Map.of("parley.bolt-port", "65536")));
		assertThatThrownBy(() -> SettingsCheck.bind(environment))
			.hasMessage("invalid setting parley.bolt-port (PARLEY_BOLT_PORT): '65536' is not usable; expected a port "
					+ "from 0 to 65535 (0 picks a free one)");
	}

	@Test
	void environmentVariablesFollowSpringsRelaxedBinding() {
		assertThat(SettingsCheck.environmentVariable("parley.neo4j.uri")).isEqualTo("PARLEY_NEO4J_URI");
		assertThat(SettingsCheck.environmentVariable("parley.query-timeout")).isEqualTo("PARLEY_QUERY_TIMEOUT");
	}
}
