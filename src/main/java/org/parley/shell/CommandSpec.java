package org.parley.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * What a command accepts, read from its annotated method: enough to validate a command line before it runs and to
 * print a usage line. Positional arguments name themselves by the first word of their description, written as
 * {@code PERSON: ...}; {@code [PERSON]: ...} marks one as optional.
 */
record CommandSpec(String name, String description, List<OptionSpec> options, List<ArgumentSpec> arguments,
		boolean repeatable) {

	record OptionSpec(String longName, char shortName, String description, boolean required, String defaultValue,
			Class<?> type) {

		boolean flag() {
			return type == boolean.class || type == Boolean.class;
		}

		String metavar() {
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
		for (Parameter parameter : method.getParameters()) {
			Option option = parameter.getAnnotation(Option.class);
			Argument argument = parameter.getAnnotation(Argument.class);
			if (option != null) {
				String longName = option.longName().isEmpty() ? parameter.getName() : option.longName();
				options.add(new OptionSpec(longName, option.shortName(), option.description(), option.required(),
						option.defaultValue(), parameter.getType()));
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
		return new CommandSpec(name, command.description(), List.copyOf(options), List.copyOf(arguments), repeatable);
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
		for (OptionSpec option : options) {
			String text = "--" + option.longName() + (option.flag() ? "" : " " + option.metavar());
			line.append(' ').append(option.required() ? text : "[" + text + "]");
			if (repeatable && option.type() == String[].class) {
				line.append("...");
			}
		}
		return line.toString();
	}
}
