package org.parley.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;

/**
 * The transactions each thread has open through {@link Graph}, tagged in their metadata, so that cancelling a command
 * (Ctrl-C in the console or in an attached one-shot) stops its query in the database at once. Interrupting the
 * thread alone is not enough: the driver then closes its connection, but waits for the busy server's answer, which
 * comes only when the query ends or its timeout stops it.
 */
public final class RunningQueries {

	/** The metadata key of Parley's transactions. */
	static final String KEY = "parley";

	private record Open(Graph graph, String tag) {
	}

	private static final Map<Thread, List<Open>> OPEN = new ConcurrentHashMap<>();

	/**
	 * Tags are this process's id, a random number drawn once (two machines' Parleys on one server may share a pid)
	 * and a counter: unique among the Parleys sharing a database, and cheaper on every query than a random UUID (whose
	 * secure random generator a cold start would otherwise initialise).
	 */
	private static final String PROCESS = ProcessHandle.current().pid() + "-"
			+ Long.toHexString(new java.util.Random().nextLong());

	private static final AtomicLong NEXT = new AtomicLong();

	private RunningQueries() {
	}

	/** Registers a transaction the current thread is about to run on {@code graph}; returns its tag. */
	static String begin(Graph graph) {
		String tag = PROCESS + "-" + NEXT.incrementAndGet();
		OPEN.computeIfAbsent(Thread.currentThread(), t -> new CopyOnWriteArrayList<>()).add(new Open(graph, tag));
		return tag;
	}

	static void end(String tag) {
		OPEN.computeIfPresent(Thread.currentThread(), (thread, open) -> {
			open.removeIf(o -> o.tag().equals(tag));
			return open.isEmpty() ? null : open;
		});
	}

	/**
	 * Cancels what {@code thread} runs: terminates its open transactions in the database and interrupts it. A
	 * transaction still being opened when this is called is caught by looking again, for up to two seconds while the
	 * thread stays in it, on a thread of its own so that the caller (a signal handler) returns at once. Best effort: a
	 * server that does not let this user see the transaction leaves it to its timeout.
	 */
	public static void cancel(Thread thread) {
		terminateAll(thread);
		thread.interrupt();
		Thread again = new Thread(() -> {
			long deadline = System.nanoTime() + 2_000_000_000L;
			while (OPEN.containsKey(thread) && System.nanoTime() < deadline) {
				terminateAll(thread);
				try {
					Thread.sleep(100); // polling whether the cancelled thread has left its transaction
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "parley-cancel");
		again.setDaemon(true);
		again.start();
	}

	private static void terminateAll(Thread thread) {
		for (Open open : OPEN.getOrDefault(thread, List.of())) {
			terminate(open);
		}
	}

	private static void terminate(Open open) {
		try (Session session = open.graph().driver().session(open.graph().sessionConfig(AccessMode.WRITE))) {
			var ids = session.run("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData[$key] = $tag "
					+ "RETURN collect(transactionId) AS ids", Map.of("key", KEY, "tag", open.tag()))
				.single()
				.get("ids")
				.asList();
			if (!ids.isEmpty()) {
				session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
			}
		}
		catch (RuntimeException ex) {
			// the transaction ended meanwhile, or the server refuses: its timeout still stops it
		}
	}
}
