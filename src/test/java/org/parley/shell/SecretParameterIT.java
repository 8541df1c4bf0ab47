package org.parley.shell;

import org.parley.testing.ParleyProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.GraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** A secret session parameter in the real console: its value is in no listing, no error and not in the history file. */
class SecretParameterIT extends GraphTestBase {

	@TempDir
	Path home;

	@Test
	void aSecretValueIsNeitherListedNorKeptInTheHistory() throws Exception {
		Path out = home.resolve("out.txt");
		Process console = ParleyProcess.builder(Map.of("PARLEY_HOME", home.toString(), "PARLEY_NEO4J_URI", boltUri()))
			.redirectOutput(out.toFile())
			.redirectErrorStream(true)
			.start();
		try (var in = console.getOutputStream()) {
			in.write("""
					param set token s3cr3t-t0ken --secret
					param set pin 12ab --type integer --secret
					param set n 5
					param list
					cypher "RETURN size($token) AS length"
					param set limit 99x --secret
					report run find
					exit
					""".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(console.waitFor(120, TimeUnit.SECONDS)).as("the console ends after 'exit'").isTrue();
		String shown = Files.readString(out);
		assertThat(shown).contains("$token = **** (string, secret)")
			.containsPattern("\\$token +string +\\*\\*\\*\\*")
			.containsPattern("\\$n +integer +5")
			.contains("invalid value for secret parameter 'pin': expected a whole number")
			.containsPattern("(?s)length.*\\b12\\b") // the query still receives the value: 12 characters
			.doesNotContain("s3cr3t")
			.contains("invalid value '****' for parameter 'limit' of report 'find'")
			.doesNotContain("12ab")
			.doesNotContain("99x");
		String history = Files.readString(home.resolve("history"));
		assertThat(history).contains("param set token **** --secret")
			.contains("param set pin **** --type integer --secret")
			.contains("param set n 5")
			.doesNotContain("s3cr3t")
			.doesNotContain("12ab")
			.doesNotContain("99x");
	}
}
