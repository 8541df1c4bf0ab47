package org.parley.question;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.parley.graph.GraphTestBase;
import org.parley.shell.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed graph loaded before each test, and one-shot runs of Parley against it in external mode. */
abstract class QuestionTestBase extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	private List<String> settings;

	@BeforeEach
	void seed() {
		loadSeed();
		settings = List.of("--parley.neo4j.uri=" + boltUri());
	}

	Cli.Result run(String... command) {
		return Cli.run(settings, command);
	}

	/** The command's stdout, after checking it succeeded with nothing on stderr. */
	String out(String... command) {
		Cli.Result result = run(command);
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.err()).as(result.toString()).isEmpty();
		return result.out();
	}
}
