package org.parley.seed;

import java.io.PrintStream;

/**
 * The first start's seed load said while it runs, on stderr: on a terminal one line that counts the files
 * ("Loading seed 4 of 10: 10_article_000.cypher") and is cleared before the summary; elsewhere (a log, a pipe) one
 * line when the load begins, so a script's log says why the first command takes half a minute.
 */
final class SeedProgress implements SeedLoader.Progress {

	private final PrintStream err;

	private final boolean terminal;

	private final String from;

	private int width;

	private SeedProgress(PrintStream err, boolean terminal, String from) {
		this.err = err;
		this.terminal = terminal;
		this.from = from;
	}

	static SeedProgress onStderr(String from) {
		return new SeedProgress(System.err, System.console() != null, from);
	}

	static SeedProgress of(PrintStream err, boolean terminal, String from) {
		return new SeedProgress(err, terminal, from);
	}

	@Override
	public void file(int number, int total, String name) {
		if (!terminal) {
			if (number == 1) {
				err.println("Loading " + total + (total == 1 ? " seed file" : " seed files") + " from " + from
						+ " into the new store...");
			}
			return;
		}
		String line = "Loading seed " + number + " of " + total + ": " + name;
		err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
		width = line.length();
		if (number == total) {
			err.print("\r" + " ".repeat(width) + "\r");
		}
		err.flush();
	}
}
