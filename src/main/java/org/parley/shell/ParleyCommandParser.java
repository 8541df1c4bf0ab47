package org.parley.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.cli.CommonOptions;
import org.parley.cli.Suggestions;
import org.parley.errors.UsageException;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Parses command lines for the console and for one-shot use, and checks them against the command's declared
 * options and arguments (the {@link CommandCatalog}), so an unknown option, a missing value, a stray argument, a
 * malformed date or format ({@link org.parley.cli.Accepts}) or a missing {@code --yes} is a usage error instead of
 * being silently ignored. {@code -h}/{@code --help} anywhere asks for help on the command before it; {@code --version}
 * is {@code version}. Quoting works like a POSIX shell: {@code "..."}, {@code '...'} and backslash escapes. The same
 * parser checks a one-shot line before anything starts ({@link Preflight}).
 */
@Component
class ParleyCommandParser implements CommandParser {

	/** Spring Shell's own commands that Parley keeps; quit and exit are words of the console loop. */
	static final Set<String> BUILT_IN = Set.of("clear", "history");

	private final CommandCatalog catalog;

	ParleyCommandParser(CommandCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The console's line. A usage error becomes a run of the hidden {@link UsageErrorCommand}, so the console says it
	 * in the one-shot's words ({@code parley: unknown command 'stauts' (did you mean 'status'?)}) with the usage line.
	 */
	@Override
	public ParsedInput parse(String input) {
		try {
			return parse(tokenize(input));
		}
		catch (UsageException ex) {
			return UsageErrorCommand.input(ex);
		}
	}

	/** Parses already separated words, as one-shot mode receives them from the operating system's shell. */
	ParsedInput parse(List<String> words) {
		if (words.isEmpty()) {
			throw new UsageException("no command given; run 'help' for the list", null);
		}
		if (words.get(0).equals("--version") || words.get(0).equals("-V")) {
			words = new ArrayList<>(words);
			words.set(0, "version");
		}
		int help = helpWord(words);
		if (help >= 0) {
			return help(words.subList(0, help));
		}
		int nameLength = 0;
		CommandSpec spec = null;
		for (int i = words.size(); i >= 1 && spec == null; i--) {
			var found = catalog.find(String.join(" ", words.subList(0, i)));
			if (found.isPresent()) {
				spec = found.get();
				nameLength = i;
			}
		}
		if (spec == null) {
			return parseBuiltIn(words);
		}
		List<String> rest = words.subList(nameLength, words.size());
		var builder = ParsedInput.builder().commandName(words.get(0));
		words.subList(1, nameLength).forEach(builder::addSubCommand);
		var seen = new HashSet<String>();
		int argumentIndex = 0;
		boolean onlyArguments = false;
		for (int i = 0; i < rest.size(); i++) {
			String word = rest.get(i);
			if (!onlyArguments && word.equals("--")) {
				onlyArguments = true;
				continue;
			}
			if (!onlyArguments && word.startsWith("-") && word.length() > 1 && !isNumber(word)) {
				String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
				String value = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				final String optionName = name;
				final CommandSpec current = spec;
				CommandSpec.OptionSpec option = (word.startsWith("--") ? spec.option(optionName)
						: optionName.length() == 1 ? spec.option(optionName.charAt(0)) : java.util.Optional.<CommandSpec.OptionSpec>empty())
					.orElseThrow(() -> new UsageException("unknown option '" + word.split("=", 2)[0] + "' for '"
							+ current.name() + "'" + known(current), current.usage()));
				if (value == null) {
					if (option.flag()) {
						value = "true";
					}
					else if (i + 1 < rest.size() && !rest.get(i + 1).equals("--")
							&& !(rest.get(i + 1).startsWith("--") && rest.get(i + 1).length() > 2)) {
						value = rest.get(++i);
					}
					else {
						throw new UsageException("option '--" + option.longName() + "' needs a value", spec.usage());
					}
				}
				boolean repeatable = option.type().isArray() || List.class.isAssignableFrom(option.type());
				if (!seen.add(option.longName()) && !repeatable) {
					throw new UsageException("option '--" + option.longName() + "' is given twice", spec.usage());
				}
				checkType(spec, option, value);
				try {
					CommonOptions.check(option.longName(), option.accepts(), value);
				}
				catch (UsageException ex) {
					throw new UsageException(ex.getMessage(), spec.usage());
				}
				builder.addOption(CommandOption.with()
					.longName(option.longName())
					.shortName(option.shortName())
					.value(value)
					.type(option.type())
					.build());
			}
			else {
				if (argumentIndex >= spec.arguments().size() && spec.variadic() == null) {
					throw new UsageException("unexpected argument '" + word + "' for '" + spec.name() + "'",
							spec.usage());
				}
				builder.addArgument(new CommandArgument(argumentIndex++, word));
			}
		}
		for (CommandSpec.OptionSpec option : spec.options()) {
			if (option.confirmation() && !confirmed(rest, option)) {
				throw new UsageException(option.accepts().confirms() + "; add --" + option.longName() + " to confirm",
						spec.usage());
			}
			if (option.required() && !seen.contains(option.longName())) {
				throw new UsageException("missing option '--" + option.longName() + "'", spec.usage());
			}
		}
		for (CommandSpec.ArgumentSpec argument : spec.arguments()) {
			if (argument.required() && argument.index() >= argumentIndex) {
				throw new UsageException("missing " + argument.metavar() + " for '" + spec.name() + "'", spec.usage());
			}
		}
		return builder.build();
	}

	/** Where {@code -h} or {@code --help} is among the words (before a {@code --}), or -1. */
	private static int helpWord(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equals("--")) {
				return -1;
			}
			if (word.equals("--help") || word.equals("-h")) {
				return i;
			}
		}
		return -1;
	}

	/** {@code ... --help}: help on the command (or group of commands) the words before it name. */
	private ParsedInput help(List<String> before) {
		var builder = ParsedInput.builder().commandName("help");
		for (int i = before.size(); i >= 1; i--) {
			String name = String.join(" ", before.subList(0, i));
			if (catalog.find(name).isPresent() || !catalog.withPrefix(name).isEmpty() || BUILT_IN.contains(name)) {
				if (name.equals("help")) {
					return builder.build();
				}
				for (int k = 0; k < i; k++) {
					builder.addArgument(new CommandArgument(k, before.get(k)));
				}
				return builder.build();
			}
		}
		if (!before.isEmpty()) {
			throw unknown(before);
		}
		return builder.build();
	}

	/** Whether a confirmation flag was given, and not as {@code --yes=false}. */
	private static boolean confirmed(List<String> rest, CommandSpec.OptionSpec option) {
		return rest.stream().anyMatch(w -> w.equals("--" + option.longName())
				|| w.equalsIgnoreCase("--" + option.longName() + "=true"));
	}

	/**
	 * An unknown command, named alone (the command word, or a group's word and the mistyped subcommand, never the
	 * rest of the line), with a suggestion.
	 */
	private UsageException unknown(List<String> words) {
		String first = words.get(0);
		var sub = catalog.withPrefix(first);
		if (!sub.isEmpty() && words.size() > 1) {
			String typed = words.get(1);
			List<String> subNames = sub.stream().map(s -> s.name().substring(first.length() + 1).split(" ")[0]).toList();
			String near = Suggestions.closest(subNames, typed.toLowerCase(Locale.ROOT), false)
				.map(n -> " (did you mean '" + first + " " + n + "'?)").orElse("");
			return new UsageException("unknown command '" + first + " " + typed + "'" + near + "; run 'help " + first
					+ "' for the list", null);
		}
		return new UsageException("unknown command '" + first + "'" + suggestion(first) + "; run 'help' for the list",
				null);
	}

	/** Built-in commands (clear, history) have no spec: accept their words as arguments. */
	private ParsedInput parseBuiltIn(List<String> words) {
		String first = words.get(0);
		if (!BUILT_IN.contains(first)) {
			var sub = catalog.withPrefix(String.join(" ", words));
			if (!sub.isEmpty() && words.size() == 1) {
				throw new UsageException("'" + first + "' needs a subcommand: "
						+ sub.stream().map(CommandSpec::name).collect(Collectors.joining(", ")), null);
			}
			throw unknown(words);
		}
		var builder = ParsedInput.builder().commandName(first);
		for (int i = 1; i < words.size(); i++) {
			builder.addArgument(new CommandArgument(i - 1, words.get(i)));
		}
		return builder.build();
	}

	private static void checkType(CommandSpec spec, CommandSpec.OptionSpec option, String value) {
		Class<?> type = option.type();
		try {
			if (type == Integer.class || type == int.class) {
				Integer.parseInt(value);
			}
			else if (type == Long.class || type == long.class) {
				Long.parseLong(value);
			}
			else if (type == Double.class || type == double.class) {
				Double.parseDouble(value);
			}
			else if (option.flag() && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
				throw new NumberFormatException();
			}
		}
		catch (NumberFormatException ex) {
			String expected = option.flag() ? "true or false"
					: (type == Double.class || type == double.class) ? "a number" : "a whole number";
			throw new UsageException("invalid value '" + value + "' for --" + option.longName() + ": expected "
					+ expected, spec.usage());
		}
	}

	private static boolean isNumber(String word) {
		return word.matches("-\\d+(\\.\\d+)?");
	}

	private static String known(CommandSpec spec) {
		if (spec.options().isEmpty()) {
			return " (it takes no options)";
		}
		return "; expected " + spec.options().stream().map(o -> "--" + o.longName()).collect(Collectors.joining(", "));
	}

	private String suggestion(String word) {
		Set<String> names = new HashSet<>(BUILT_IN);
		catalog.specs().keySet().forEach(n -> names.add(n.split(" ")[0]));
		return Suggestions.didYouMean(names, word.toLowerCase(Locale.ROOT), false);
	}

	/** Splits a line into words: whitespace separates, quotes group, backslash escapes (not inside '...'). */
	static List<String> tokenize(String line) {
		var words = new ArrayList<String>();
		var word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote == '\'') {
				if (c == '\'') {
					quote = 0;
				}
				else {
					word.append(c);
				}
			}
			else if (c == '\\' && i + 1 < line.length() && (quote == 0 || "\"\\$`".indexOf(line.charAt(i + 1)) >= 0)) {
				word.append(line.charAt(++i));
				inWord = true;
			}
			else if (quote == '"') {
				if (c == '"') {
					quote = 0;
				}
				else {
					word.append(c);
				}
			}
			else if (c == '"' || c == '\'') {
				quote = c;
				inWord = true;
			}
			else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				word.append(c);
				inWord = true;
			}
		}
		if (quote != 0) {
			throw new UsageException("unclosed " + quote + " quote", null);
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}
}
