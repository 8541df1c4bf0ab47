package org.parley.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cold start's clock stops at the first line of the answer, not at a notice on standard error. */
class BenchmarkTests {

	@Test
	void theFirstAnswerIsTheFirstLineOnStandardOutput() {
		// a notice at once, the answer a second later: the notice must not stop the clock
		double seconds = Benchmark.firstAnswer(List.of("sh", "-c", "echo 'parley: a notice' >&2; sleep 1; echo; echo answer"));
		assertThat(seconds).isGreaterThanOrEqualTo(1.0);
	}

	@Test
	void aCommandThatFailsHasNoFirstAnswer() {
		assertThat(Benchmark.firstAnswer(List.of("sh", "-c", "echo partial; exit 1"))).isEqualTo(-1.0);
		assertThat(Benchmark.firstAnswer(List.of("/nonexistent/java"))).isEqualTo(-1.0);
	}
}
