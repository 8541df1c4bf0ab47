package org.parley.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C's default action for the Parleys tests start, when the build runs with SIGINT ignored (see
 * {@link #interruptIgnored}).
 */
final class InterruptDefault {

	private InterruptDefault() {
	}

	/**
	 * What goes before {@code java} on a Parley's command line: {@code /usr/bin/env --default-signal=INT,QUIT},
	 * which execs Java in place (the same process) with Ctrl-C's default action back, when this JVM ignores SIGINT and
	 * env can do that; otherwise nothing.
	 */
	static List<String> prefix() {
		return PREFIX;
	}

	/** Decided once: this JVM's signal dispositions do not change, and env is probed only when it is needed. */
	private static final List<String> PREFIX = interruptIgnored() && envResetsSignals()
			? List.of("/usr/bin/env", "--default-signal=INT,QUIT") : List.of();

	/** Whether {@code /usr/bin/env} can give a signal its default action back (GNU coreutils 8.31 and later). */
	private static boolean envResetsSignals() {
		try {
			Process probe = new ProcessBuilder("/usr/bin/env", "--default-signal=INT,QUIT", "true")
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Whether this JVM ignores SIGINT: so does a build started in the background by a shell without job control
	 * ({@code cmd &} in a script, {@code nohup}), and every process it starts inherits that. A JVM that starts with
	 * SIGINT ignored installs no handler for it, so the Ctrl-C tests would fail for a reason that is not Parley's;
	 * the Parleys tests start get the default action back.
	 */
	static boolean interruptIgnored() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("SigIgn:")) {
					return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 0x2) != 0;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: nothing to undo
		}
		return false;
	}

}
