package org.parley.graph;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.parley.errors.ParleyException;

/** {@link Graph#inProcessWrite}: one transaction of the embedded store through Neo4j's Java API, retried as the driver retries. */
final class InProcessWrite {

	/** How long transient failures (a deadlock, a lock wait cut short) are retried from the first: the driver's default. */
	private static final Duration RETRY_TIME = Duration.ofSeconds(30);

	private InProcessWrite() {
	}

	static <T> T run(GraphDatabaseService db, boolean guarded, Function<Transaction, T> work, Duration timeout) {
		long started = System.nanoTime();
		long firstFailure = 0;
		long delay = 1;
		while (true) {
			try (var tx = db.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				if (guarded) {
					try (var markers = tx.findNodes(Label.label(Graph.RESTORE_MARKER))) {
						if (markers.hasNext()) {
							throw Graph.restoreIncomplete(String.valueOf(markers.next().getProperty("from", "an unknown backup")));
						}
					}
				}
				T result = work.apply(tx);
				tx.commit();
				return result;
			}
			catch (RuntimeException ex) {
				if (!transientFailure(ex)) {
					throw Graph.translate(ex, timeout, started);
				}
				long now = System.nanoTime();
				firstFailure = firstFailure == 0 ? now : firstFailure;
				if (now - firstFailure > RETRY_TIME.toNanos()) {
					throw Graph.translate(ex, timeout, started);
				}
				pause(delay);
				delay = Math.min(delay * 2, 1_000);
				started = System.nanoTime();
			}
		}
	}

	/**
	 * Whether trying again may succeed, as the driver decides: a transient error (a deadlock, a lock wait cut short),
	 * but not a transaction that was terminated (a timeout, a cancel).
	 */
	static boolean transientFailure(RuntimeException ex) {
		if (ex instanceof org.neo4j.kernel.api.exceptions.Status.HasStatus status) {
			var code = status.status().code();
			return code.classification() == org.neo4j.kernel.api.exceptions.Status.Classification.TransientError
					&& !Graph.STOPPED.contains(code.serialize());
		}
		return ex instanceof TransientFailureException;
	}

	/** Waits before the next try: the delay and a random part as long again, so that two retrying writers part. */
	private static void pause(long millis) {
		try {
			Thread.sleep(millis + ThreadLocalRandom.current().nextLong(millis + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ParleyException("interrupted while retrying a write", ex);
		}
	}
}
