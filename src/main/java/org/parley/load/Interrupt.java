package org.parley.load;

import java.util.function.Supplier;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C during a load: the first one asks the loader to stop after the batches in flight (they commit with their
 * checkpoints, so the same load resumes); a second one ends the process at once, which is as safe (a killed load
 * resumes too), only less tidy. Without this, Ctrl-C closed the connection under the loader's feet and the user read
 * "internal error: Connection source is closed".
 */
final class Interrupt {

	private Interrupt() {
	}

	static <T> T stopping(Runnable stop, Supplier<T> work) {
		Signal interrupt = new Signal("INT");
		SignalHandler previous;
		try {
			previous = Signal.handle(interrupt, new SignalHandler() {

				private boolean asked;

				@Override
				public synchronized void handle(Signal signal) {
					if (asked) {
						System.exit(130);
					}
					asked = true;
					System.err.println();
					System.err.println("Stopping after the batches in flight (Ctrl-C again to stop at once)...");
					stop.run();
				}
			});
		}
		catch (IllegalArgumentException ex) {
			return work.get(); // no SIGINT here (the JVM was started with -Xrs): Ctrl-C ends the process
		}
		try {
			return work.get();
		}
		finally {
			Signal.handle(interrupt, previous);
		}
	}
}
