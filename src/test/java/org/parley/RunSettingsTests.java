package org.parley;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.errors.UsageException;
import org.parley.testing.ProcessEnvironment;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each package binds and checks its own settings; a run binds them all, before anything starts, in the same words. */
class RunSettingsTests {

	@TempDir
	Path home;

	private StandardEnvironment environment(Map<String, Object> variables) {
		return ProcessEnvironment.of(home, variables);
	}

	@Test
	void eachPackageGetsItsOwnSettingsWithTheirDefaults() throws Exception {
		var settings = RunSettings.bind(environment(Map.of()), false);
		assertThat(settings.graph().home()).isEqualTo(home);
		assertThat(settings.seed().autoSeed()).isTrue();
		assertThat(settings.seed().seedDir()).isNull();
		assertThat(settings.browser().url(settings.graph())).hasValue("http://127.0.0.1:7474/");
		assertThat(settings.reports().directory(settings.graph())).isEqualTo(home.resolve("reports"));

		Path seeds = Files.createDirectory(home.resolve("seeds"));
		settings = RunSettings.bind(environment(Map.of("PARLEY_SEED_DIR", seeds.toString(), "PARLEY_HTTP_PORT", "0",
				"PARLEY_REPORTS_DIR", home.resolve("mine").toString(), "PARLEY_BOLT_ADDRESS", "::1")), false);
		assertThat(settings.seed().seedDir()).isEqualTo(seeds);
		assertThat(settings.browser().url(settings.graph())).isEmpty();
		assertThat(settings.reports().directory(settings.graph())).isEqualTo(home.resolve("mine"));
	}

	@Test
	void aRestoreNeverSeedsTheStoreItIsAboutToReplace() {
		assertThat(RunSettings.bind(environment(Map.of()), true).seed().autoSeed()).isFalse();
		assertThat(RunSettings.bind(environment(Map.of("PARLEY_AUTO_SEED", "true")), true).seed().autoSeed()).isFalse();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', value = {
			"PARLEY_AUTO_SEED     | maybe         | parley.auto-seed   | true or false",
			"PARLEY_SEED_DIR      | /no/such/seed | parley.seed-dir    | an existing directory of seed scripts",
			"PARLEY_HTTP_PORT     | lots          | parley.http-port   | a port from 1 to 65535",
			"PARLEY_HTTP_PORT     | 7687          | parley.http-port   | a port other than PARLEY_BOLT_PORT's",
			"PARLEY_BOLT_PORT     | 70000         | parley.bolt-port   | a port from 0 to 65535" })
	void aValueThatCannotWorkIsRefusedNamingTheSettingTheValueAndWhatItAccepts(String variable, String value,
			String property, String accepted) {
		assertThatThrownBy(() -> RunSettings.bind(environment(Map.of(variable, value)), false))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("invalid setting " + property + " (" + variable + "): '" + value + "' is not usable; expected ")
			.hasMessageContaining(accepted)
			.hasMessageNotContaining("\n");
	}

	@Test
	void aReportsDirectoryThatIsAFileIsRefused() throws Exception {
		Path file = Files.writeString(home.resolve("plain"), "x");
		assertThatThrownBy(() -> RunSettings.bind(environment(Map.of("PARLEY_REPORTS_DIR", file.toString())), false))
			.hasMessage("invalid setting parley.reports-dir (PARLEY_REPORTS_DIR): '" + file
					+ "' is not usable; expected a directory (this is a file)");
	}
}
