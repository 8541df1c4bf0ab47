package org.parley.testing;

import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/** Commands that only have a name and options, for completion tests that need a command to complete against. */
public final class StubCommands {

	private StubCommands() {
	}

	public static Command command(String name, CommandOption... options) {
		return new Command() {
			@Override
			public String getName() {
				return name;
			}

			@Override
			public List<CommandOption> getOptions() {
				return List.of(options);
			}

			@Override
			public ExitStatus execute(CommandContext context) {
				return ExitStatus.OK;
			}
		};
	}
}
