package org.parley.attach;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When a serving Parley last ran a one-shot command handed to it: a resident Parley (started by {@code PARLEY_RESIDENT})
 * stops once it has been idle that long.
 */
public final class Activity {

	private static final AtomicInteger RUNNING = new AtomicInteger();

	private static volatile long lastEnded = System.nanoTime();

	private Activity() {
	}

	public static void started() {
		RUNNING.incrementAndGet();
	}

	public static void ended() {
		lastEnded = System.nanoTime();
		RUNNING.decrementAndGet();
	}

	/** How long no command has run here: zero while one runs. */
	public static Duration idle() {
		return RUNNING.get() > 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - lastEnded);
	}
}
