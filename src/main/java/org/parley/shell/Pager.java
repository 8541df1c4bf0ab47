package org.parley.shell;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The console's pager for answers longer than the terminal, chosen as psql chooses one: {@code PARLEY_PAGER}, else
 * {@code PAGER}, else {@code less -FRX} when {@code less} is on the path. An empty value, {@code off} or {@code cat}
 * (of either variable: {@code PAGER=} or {@code PAGER=cat}) turns it off, as does {@code --no-pager} on the console's
 * command line; it is never used when stdout is not a terminal, and an answer that fits the terminal is printed as it is.
 */
final class Pager {

	private final String command;

	private final IntSupplier height;

	/** @param command the pager's command line, run by {@code sh -c}; {@code null} for none */
	Pager(String command, IntSupplier height) {
		this.command = command;
		this.height = height;
	}

	/**
	 * The pager the environment asks for, or none when it must not page.
	 * @param paging whether stdout is a terminal and {@code --no-pager} was not given
	 */
	static Pager fromEnvironment(Map<String, String> env, boolean paging, IntSupplier height) {
		return new Pager(paging ? command(env, onPath("less")) : null, height);
	}

	/** The pager's command line: {@code null} for none. */
	static String command(Map<String, String> env, boolean lessOnPath) {
		String chosen = env.containsKey("PARLEY_PAGER") ? env.get("PARLEY_PAGER") : env.get("PAGER");
		if (chosen == null) {
			return lessOnPath ? "less -FRX" : null;
		}
		chosen = chosen.strip();
		return chosen.isEmpty() || chosen.equalsIgnoreCase("off") || chosen.equals("cat") ? null : chosen;
	}

	String command() {
		return command;
	}

	/** Whether the text is longer than the terminal (and so goes through the pager, when there is one). */
	boolean pages(String text) {
		int rows = height.getAsInt();
		return command != null && rows > 0 && text.lines().count() > rows - 1;
	}

	/** Prints the text, through the pager when it is longer than the terminal. */
	void show(String text, PrintStream out) {
		if (!pages(text)) {
			out.print(text);
			out.flush();
			return;
		}
		out.flush();
		try {
			Process process = new ProcessBuilder(List.of("sh", "-c", command)).redirectOutput(ProcessBuilder.Redirect.INHERIT)
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			try (OutputStream in = process.getOutputStream()) {
				in.write(text.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				// the reader quit the pager before the end (q in less): the rest is not wanted
			}
			if (process.waitFor() == 127) {
				out.print(text); // sh found no such pager: the answer still shows
				out.flush();
			}
		}
		catch (IOException ex) {
			out.print(text); // no pager after all: the answer still shows
			out.flush();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty() && new File(dir, program).canExecute()) {
				return true;
			}
		}
		return false;
	}
}
