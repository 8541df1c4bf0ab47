package org.parley.attach;

import java.time.Duration;

/**
 * When a serving Parley last ran a one-shot command handed to it: a resident Parley (started by {@code PARLEY_RESIDENT})
 * stops once it has been idle that long. Starting a command and deciding to stop are one atomic step each, so a
 * command is never accepted by a Parley that has begun to close (it answers {@link AttachProtocol#CLOSING} instead).
 */
public final class Activity {

	private static int running;

	private static long lastEnded = System.nanoTime();

	private static boolean closing;

	private Activity() {
	}

	/** A Parley that begins to serve one-shot commands: none has run yet, and it is not closing. */
	public static synchronized void open() {
		lastEnded = System.nanoTime();
		closing = false;
	}

	/** Counts a command as running, unless this Parley has begun to close: then false, and nothing is counted. */
	public static synchronized boolean tryStart() {
		if (closing) {
			return false;
		}
		running++;
		return true;
	}

	public static synchronized void ended() {
		lastEnded = System.nanoTime();
		running--;
		Activity.class.notifyAll();
	}

	/** How long no command has run here: zero while one runs. */
	public static synchronized Duration idle() {
		return running > 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - lastEnded);
	}

	/** Begins closing when no command has run for {@code limit}: from then on no command is accepted. */
	public static synchronized boolean closeIfIdle(Duration limit) {
		if (closing || (running == 0 && idle().compareTo(limit) >= 0)) {
			closing = true;
		}
		return closing;
	}

	/**
	 * Begins closing and waits, at most {@code limit}, for the commands that run to end: called before the database
	 * closes, so that no command handed over runs on a closed database.
	 *
	 * @return whether none runs any more
	 */
	public static synchronized boolean closeAndAwait(Duration limit) throws InterruptedException {
		closing = true;
		long deadline = System.nanoTime() + limit.toNanos();
		while (running > 0) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			Activity.class.wait(Math.max(1, left / 1_000_000));
		}
		return true;
	}
}
