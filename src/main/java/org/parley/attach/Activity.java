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
		running = 0;
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

	/** Begins closing now: commands that run go on to their end, new ones are refused. */
	public static synchronized void close() {
		closing = true;
	}
}
