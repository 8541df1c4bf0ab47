package org.parley.graph;

import java.lang.management.ManagementFactory;

/**
 * Prints where start-up time goes to stderr when {@code PARLEY_TRACE} is set (milliseconds since the JVM started).
 */
public final class StartupTrace {

	private static final boolean ON = System.getenv("PARLEY_TRACE") != null;

	private StartupTrace() {
	}

	public static void mark(String stage) {
		if (ON) {
			long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			System.err.printf("[trace %6d ms] %s (%s)%n", sinceStart, stage, Thread.currentThread().getName());
		}
	}
}
