package org.parley;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the launcher reads from the command line before anything else loads: plain JDK code without lambdas or
 * streams, so that a one-shot handed to a running Parley starts no more of the JVM than it needs.
 */
public final class CommandLine {

	private static final String[][] SECRETS = { { "parley.password", "PARLEY_PASSWORD" },
			{ "parley.neo4j.password", "PARLEY_NEO4J_PASSWORD" } };

	private static final String[] PROPERTY_PREFIXES = { "--parley.", "--spring.", "--logging.", "--server.",
			"--management." };

	private CommandLine() {
	}

	/**
	 * Why the command line must not be used: it holds a password ({@code --parley.password=...}, or the same as a
	 * {@code -D} system property), which every local user can read in {@code ps} and {@code /proc}.
	 */
	public static Optional<String> secret(String[] args) {
		for (String[] secret : SECRETS) {
			String option = "--".concat(secret[0]).concat("=");
			boolean inArgs = false;
			for (String arg : args) {
				inArgs |= arg.startsWith(option);
			}
			if (inArgs || System.getProperty(secret[0]) != null) {
				return Optional.of(new StringBuilder().append(inArgs ? "--" : "-D").append(secret[0])
					.append(" on the command line is visible to every user of this machine (ps); set the environment variable ")
					.append(secret[1]).append(" instead").toString());
			}
		}
		return Optional.empty();
	}

	/** The console's option that turns its pager off, as {@code git --no-pager} (see {@code shell/Pager}). */
	public static final String NO_PAGER = "--no-pager";

	/** The arguments that are not Spring properties such as {@code --parley.home=...}, nor {@link #NO_PAGER}. */
	public static List<String> words(String[] args) {
		var words = new ArrayList<String>(args.length);
		for (String arg : args) {
			if (!isProperty(arg) && !arg.equals("--debug") && !arg.equals("--trace") && !arg.equals(NO_PAGER)) {
				words.add(arg);
			}
		}
		return List.copyOf(words);
	}

	/** Whether the command line turns the console's pager off ({@link #NO_PAGER}). */
	public static boolean noPager(String[] args) {
		for (String arg : args) {
			if (arg.equals(NO_PAGER)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isProperty(String arg) {
		for (String prefix : PROPERTY_PREFIXES) {
			if (arg.startsWith(prefix) && arg.indexOf('=') >= prefix.length()) {
				return true;
			}
		}
		return false;
	}
}
