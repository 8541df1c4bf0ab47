package org.parley.attach;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * {@link System#err} of a Parley that runs attached commands: what a command's thread writes there (warnings,
 * progress) goes to that command's client, everything else to the process's own stderr.
 */
public final class ThreadErr {

	private static final ThreadLocal<PrintStream> TARGET = new ThreadLocal<>();

	private static PrintStream original;

	private ThreadErr() {
	}

	/** Replaces {@link System#err} once by the routing stream. */
	public static synchronized void install() {
		if (original != null) {
			return;
		}
		original = System.err;
		System.setErr(new PrintStream(new OutputStream() {

			@Override
			public void write(int b) {
				target().write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				target().write(b, off, len);
			}

			@Override
			public void flush() throws IOException {
				target().flush();
			}
		}, true));
	}

	private static PrintStream target() {
		PrintStream target = TARGET.get();
		return target != null ? target : original;
	}

	/** Sends this thread's {@link System#err} to {@code target} until {@link #clear}. */
	public static void route(PrintStream target) {
		TARGET.set(target);
	}

	public static void clear() {
		TARGET.remove();
	}
}
