package org.parley.cli;

import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;

/**
 * Every value of a repeatable option ({@code --param a=1 --param b=2}, {@code --alias A --alias B}) in the order given:
 * Spring Shell's own binding keeps only the first.
 */
public final class RepeatedOptions {

	private RepeatedOptions() {
	}

	public static List<String> values(CommandContext context, String longName) {
		return context.parsedInput()
			.options()
			.stream()
			.filter(option -> longName.equals(option.longName()))
			.map(CommandOption::value)
			.toList();
	}
}
