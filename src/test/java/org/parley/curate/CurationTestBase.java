package org.parley.curate;

import org.parley.testing.Cli;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed graph loaded before each test, one-shot runs of Parley against it, and checks that failures wrote nothing. */
abstract class CurationTestBase extends SeededTestBase {

	static final String SOURCE = "Readout of the call";

	/** Runs a command that must fail with this exit code and a one-line message containing the text, writing nothing. */
	void fails(int code, String message, String... command) {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		Cli.Result result = run(command);
		assertThat(result.code()).as(result.toString()).isEqualTo(code);
		assertThat(result.err()).as(result.toString()).startsWith("parley: ").contains(message);
		assertThat(result.err().lines().count()).as(result.toString()).isBetween(1L, code == 2 ? 2L : 1L);
		assertThat(result.out()).as(result.toString()).isEmpty();
		assertThat(count("MATCH (n) RETURN count(n)")).as("nodes after " + String.join(" ", command)).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).as("relationships after " + String.join(" ", command)).isEqualTo(relationships);
	}
}
