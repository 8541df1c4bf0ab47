package org.parley.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting on a condition (a file, a count, a line seen), never on time passing: polls until it holds or times out. */
public final class Waiting {

	private Waiting() {
	}

	/** Returns once {@code condition} holds; fails naming {@code what} when it still does not after {@code limit}. */
	public static void until(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + " in vain");
			}
			Thread.sleep(20); // polling the condition, not waiting for time to pass
		}
	}
}
