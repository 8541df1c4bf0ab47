package org.parley.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.cli.Accepts;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * What a command accepts, read from its annotated method: enough to validate a command line before it runs and to
 * print a usage line. Positional arguments name themselves by the first word of their description, written as
 * {@code PERSON: ...}; {@code [PERSON]: ...} marks one as optional. An option's {@link Accepts} says what its value must
 * be (a date, a format...), so that the line is checked before anything starts ({@link Preflight}) and the usage
 * line names it. {@code help} is the command's notes and examples.
 */
record CommandSpec(String name, String group, String description, String help, List<OptionSpec> options,
		List<ArgumentSpec> arguments, boolean repeatable, String variadic) {

	/** {@code accepts} is what the option's {@link Accepts} declares, or {@code null}. */
	record OptionSpec(String longName, char shortName, String description, boolean required, String defaultValue,
			Class<?> type, Accepts accepts) {

		boolean flag() {
			return type == boolean.class || type == Boolean.class;
		}

		/** A flag that must be given to confirm ({@code --yes}): shown as required in the usage line. */
		boolean confirmation() {
			return accepts != null && !accepts.confirms().isEmpty();
		}

		boolean repeatable() {
			return type.isArray() || List.class.isAssignableFrom(type);
		}

		String metavar() {
			if (accepts != null) {
				if (!accepts.shown().isEmpty()) {
					return accepts.shown();
				}
				if (accepts.words().length > 0) {
					return String.join("|", accepts.words());
				}
				switch (accepts.value()) {
					case DATE, DAY:
						return "DATE";
					case FORMAT:
						return "FORMAT";
					case PERIOD:
						return "month|quarter|year";
					case COUNT:
						return "N";
					default:
						break;
				}
			}
			if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
				return "N";
			}
			return longName.toUpperCase().replace('-', '_');
		}
	}

	record ArgumentSpec(int index, String metavar, boolean required, String description, Class<?> type) {
	}

	static CommandSpec of(Method method) {
		Command command = method.getAnnotation(Command.class);
		String name = String.join(" ", command.name());
		var options = new ArrayList<OptionSpec>();
		var arguments = new ArrayList<ArgumentSpec>();
		boolean repeatable = false;
		String variadic = null;
		for (Parameter parameter : method.getParameters()) {
			if (parameter.getAnnotation(Arguments.class) != null) {
				variadic = "WORDS";
			}
			Option option = parameter.getAnnotation(Option.class);
			Argument argument = parameter.getAnnotation(Argument.class);
			if (option != null) {
				String longName = option.longName().isEmpty() ? parameter.getName() : option.longName();
				options.add(new OptionSpec(longName, option.shortName(), option.description(), option.required(),
						option.defaultValue(), parameter.getType(), parameter.getAnnotation(Accepts.class)));
			}
			else if (argument != null) {
				String description = argument.description();
				int colon = description.indexOf(':');
				String metavar = colon > 0 ? description.substring(0, colon).strip() : "ARG" + argument.index();
				boolean optional = metavar.startsWith("[") || !argument.defaultValue().isEmpty();
				arguments.add(new ArgumentSpec(argument.index(), metavar.replaceAll("[\\[\\]]", ""), !optional,
						colon > 0 ? description.substring(colon + 1).strip() : description, parameter.getType()));
			}
			else if (parameter.getType().getName().equals("org.springframework.shell.core.command.CommandContext")) {
				repeatable = true;
			}
		}
		return new CommandSpec(name, command.group(), command.description(), command.help(), List.copyOf(options),
				List.copyOf(arguments), repeatable, variadic);
	}

	Optional<OptionSpec> option(String longName) {
		return options.stream().filter(o -> o.longName().equals(longName)).findFirst();
	}

	Optional<OptionSpec> option(char shortName) {
		return options.stream().filter(o -> o.shortName() == shortName && shortName != ' ').findFirst();
	}

	/** e.g. {@code usage: report run NAME [--param NAME=VALUE]... [--format FORMAT]} */
	String usage() {
		var line = new StringBuilder("usage: ").append(name);
		for (ArgumentSpec argument : arguments) {
			line.append(' ').append(argument.required() ? argument.metavar() : "[" + argument.metavar() + "]");
		}
		if (variadic != null) {
			line.append(" [").append(variadic).append("]...");
		}
		for (OptionSpec option : options) {
			String text = "--" + option.longName() + (option.flag() ? "" : " " + option.metavar());
			line.append(' ').append(option.required() || option.confirmation() ? text : "[" + text + "]");
			if (option.repeatable()) {
				line.append("...");
			}
		}
		return line.toString();
	}
}
