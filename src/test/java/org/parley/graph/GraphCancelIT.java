package org.parley.graph;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Waiting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling the thread that waits for a query (Ctrl-C in the console, in an attached one-shot) stops the query in
 * the database at once, long before its timeout, and the caller gets an error that says so.
 */
class GraphCancelIT extends GraphTestBase {

	private static final String LONG = "UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n";

	@Test
	void anInterruptedQueryStopsInTheDatabase() throws Exception {
		var failure = new AtomicReference<Throwable>();
		Thread asker = new Thread(() -> {
			try {
				graph().read(LONG, Map.of(), r -> r.get("n").asLong());
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		});
		asker.start();
		Waiting.until(Duration.ofSeconds(30), "the query to run", () -> running() > 0);
		long interrupted = System.nanoTime();
		RunningQueries.cancel(asker);
		asker.join(Duration.ofSeconds(20).toMillis());
		assertThat(asker.isAlive()).as("the asking thread returned").isFalse();
		Waiting.until(Duration.ofSeconds(10), "the query to stop", () -> running() == 0);
		long seconds = (System.nanoTime() - interrupted) / 1_000_000_000L;
		assertThat(seconds).as("stopped well before the 60 s timeout").isLessThan(10);
		assertThat(failure.get()).isNotNull();
	}

	private static long running() {
		// the marker as a parameter: SHOW TRANSACTIONS lists its own query too
		return graph().read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n",
				Map.of("marker", "4000000000"), r -> r.get("n").asLong()).get(0);
	}
}
