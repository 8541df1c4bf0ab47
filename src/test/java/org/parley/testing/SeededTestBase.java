package org.parley.testing;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed graph loaded before each test, and one-shot runs of Parley against it in external mode. */
public abstract class SeededTestBase extends GraphTestBase {

	private List<String> settings;

	@Override
	protected boolean usesSeed() {
		return true;
	}

	@BeforeEach
	void seed() {
		loadSeed();
		settings = List.of("--parley.neo4j.uri=" + boltUri());
	}

	protected Cli.Result run(String... command) {
		return Cli.run(settings, command);
	}

	/** The command's stdout, after checking it succeeded with nothing on stderr. */
	protected String out(String... command) {
		Cli.Result result = run(command);
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.err()).as(result.toString()).isEmpty();
		return result.out();
	}

	/** Runs the command and checks its exit code and its whole stderr. */
	protected void failsWith(int code, String err, String... command) {
		Cli.Result result = run(command);
		assertThat(result.code()).as(result.toString()).isEqualTo(code);
		assertThat(result.err()).as(result.toString()).isEqualTo(err);
	}
}
