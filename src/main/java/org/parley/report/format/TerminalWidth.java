package org.parley.report.format;

import java.util.function.IntSupplier;

/**
 * How wide text for people may be: the console's terminal width (JLine's, set by the console on the thread that runs
 * its commands and asked at each answer, since a window may be resized), else {@code COLUMNS} when stdout is a
 * terminal, else 80. Output that goes to a pipe or a file is 80 columns wide, so scripts and the documentation see the
 * same layout on every machine; so are one-shot commands that a running console answers for another process.
 */
public final class TerminalWidth {

	public static final int DEFAULT = 80;

	/** Narrower than this, text is laid out for 40 columns anyway. */
	static final int MIN = 40;

	private static final ThreadLocal<IntSupplier> CONSOLE = new ThreadLocal<>();

	private TerminalWidth() {
	}

	/** The console's terminal width for commands run on this thread, asked at each answer; {@code null} to stop. */
	public static void useConsole(IntSupplier width) {
		if (width == null) {
			CONSOLE.remove();
		}
		else {
			CONSOLE.set(width);
		}
	}

	/** The width text for people is laid out in now. */
	public static int columns() {
		IntSupplier terminal = CONSOLE.get();
		if (terminal != null) {
			int width = terminal.getAsInt();
			if (width > 0) {
				return Math.max(MIN, width);
			}
		}
		return fromEnvironment(System.getenv("COLUMNS"), System.console() != null);
	}

	/** {@code COLUMNS} counts only when stdout is a terminal: a redirected answer keeps the default width. */
	static int fromEnvironment(String columns, boolean terminal) {
		if (terminal && columns != null && columns.strip().matches("\\d{1,4}")) {
			int width = Integer.parseInt(columns.strip());
			if (width > 0) {
				return Math.max(MIN, width);
			}
		}
		return DEFAULT;
	}
}
