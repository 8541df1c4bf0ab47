package org.parley.shell;

import org.parley.errors.UsageException;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * A hidden command the console runs for a line that is a usage error ({@link ParleyCommandParser#parse(String)}).
 * Spring Shell's console prints a failed command as {@code NAME: DESCRIPTION}; this command is named {@code parley},
 * so the console says a usage error in the one-shot's words, {@code parley: unknown command 'stauts' (did you mean
 * 'status'?)}, followed by the command's usage line, instead of "Error while parsing command: ...". No one can type
 * it: the parser knows no command {@code parley}.
 */
@Component
class UsageErrorCommand implements Command {

	static final String NAME = "parley";

	static ParsedInput input(UsageException error) {
		return ParsedInput.builder()
			.commandName(NAME)
			.addArgument(new CommandArgument(0, error.getMessage()))
			.addArgument(new CommandArgument(1, error.usage() == null ? "" : error.usage()))
			.build();
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean isHidden() {
		return true;
	}

	@Override
	public String getGroup() {
		return "Built-in";
	}

	@Override
	public ExitStatus execute(CommandContext context) {
		String message = context.getArgumentByIndex(0).value();
		String usage = context.getArgumentByIndex(1).value();
		return new ExitStatus(ExitCodes.USAGE_ERROR, usage.isEmpty() ? message : message + "\n" + usage);
	}
}
