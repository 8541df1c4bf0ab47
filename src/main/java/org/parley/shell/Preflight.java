package org.parley.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;

import org.parley.errors.UsageException;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The one-shot command line checked before Spring or the database starts, by the launcher for help, the version and
 * completion scripts and by the JVM that would run the command otherwise (a tuned child checks its own). An unknown
 * command, option or subcommand, a missing argument, a malformed date, format, period or count and a missing
 * {@code --yes} are answered here, with the message, usage line and exit code the running command would give, by the
 * same parser and catalog; {@code help}, {@code --help}, {@code --version} and {@code completion} are answered here
 * too. Everything else goes on to start Parley.
 */
public final class Preflight {

	/** Set on a JVM whose command line the launcher has already checked. */
	public static final String CHECKED = "parley.preflight.checked";

	private Preflight() {
	}

	/**
	 * Checks the command words ({@code CommandLine.words}) of a one-shot run.
	 * @return the exit code when the run is over (a usage error, or help printed), empty when Parley must start
	 */
	public static OptionalInt check(List<String> words, PrintStream out, PrintStream err) {
		if (words.isEmpty() || words.get(0).equals("--file") || words.get(0).startsWith("--file=")) {
			return OptionalInt.empty();
		}
		var catalog = new CommandCatalog();
		ParsedInput input;
		try {
			input = new ParleyCommandParser(catalog).parse(words);
		}
		catch (UsageException ex) {
			err.println("parley: " + ex.getMessage());
			if (ex.usage() != null) {
				err.println(ex.usage());
			}
			return OptionalInt.of(ExitCodes.USAGE_ERROR);
		}
		List<String> arguments = input.arguments().stream().map(CommandArgument::value).toList();
		String text;
		try {
			text = switch (input.commandName()) {
				case "help" -> HelpCommands.text(catalog, arguments);
				case "version" -> Versions.text();
				case "completion" -> CompletionScript.of(catalog, arguments.isEmpty() ? null : arguments.get(0));
				default -> null;
			};
		}
		catch (UsageException ex) {
			err.println("parley: " + ex.getMessage());
			if (ex.usage() != null) {
				err.println(ex.usage());
			}
			return OptionalInt.of(ExitCodes.USAGE_ERROR);
		}
		if (text == null) {
			return OptionalInt.empty();
		}
		out.println(text);
		out.flush();
		if (out.checkError()) {
			err.println("parley: cannot write output: write error");
			return OptionalInt.of(ExitCodes.DATA_ERROR);
		}
		return OptionalInt.of(ExitCodes.OK);
	}
}
