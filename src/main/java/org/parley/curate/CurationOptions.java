package org.parley.curate;

import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;

/** Reading repeated options ({@code --alias A --alias B}) from the parsed command line, in the order given. */
final class CurationOptions {

	private CurationOptions() {
	}

	static List<String> values(CommandContext context, String longName) {
		return context.parsedInput()
			.options()
			.stream()
			.filter(option -> longName.equals(option.longName()))
			.map(CommandOption::value)
			.toList();
	}
}
