package org.parley.graph;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.parley.errors.ParleyException;
import org.parley.shell.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure inside Neo4j (a damaged store read during a question) is one line that says what to do, exit code 1. */
class GraphErrorTests {

	@Test
	void anInternalNeo4jErrorIsOneLinePointingAtStatusAndBackups() {
		var failure = new DatabaseException("Neo.DatabaseError.General.UnknownError",
				"Unable to read record 4711\n\tat org.neo4j.kernel.impl.store.Whatever");
		RuntimeException translated = Graph.translate(failure, Duration.ofSeconds(30));
		assertThat(translated).isInstanceOf(ParleyException.class);
		assertThat(ExitCodes.message(translated)).doesNotContain("\n")
			.startsWith("the database failed inside Neo4j (Neo.DatabaseError.General.UnknownError: Unable to read record 4711")
			.endsWith("run `status` to check the store, and restore your last backup if it is damaged");
		assertThat(ExitCodes.code(translated)).isEqualTo(ExitCodes.DATA_ERROR);
	}

	@Test
	void aTransactionTerminatedWhileWaitingForALockPastTheTimeoutSaysItWasStoppedByTheTimeout() {
		var terminated = new TransientException("Neo.TransientError.Transaction.Terminated",
				"The transaction has been terminated. Retry your operation in a new transaction.");
		Duration timeout = Duration.ofSeconds(2);
		RuntimeException late = Graph.translate(terminated, timeout, System.nanoTime() - timeout.toNanos() - 1);
		assertThat(late).isInstanceOf(ParleyException.class)
			.hasMessage("query stopped after 2 s (raise parley.query-timeout to allow longer queries)");
		// terminated before its time (an administrator, a shutdown): Neo4j's own words, as one line
		RuntimeException early = Graph.translate(terminated, timeout, System.nanoTime());
		assertThat(early).isInstanceOf(ParleyException.class)
			.hasMessage("The transaction has been terminated. Retry your operation in a new transaction.");
	}
}
