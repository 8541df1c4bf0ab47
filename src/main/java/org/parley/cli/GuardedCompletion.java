package org.parley.cli;

import java.util.List;

import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * A Tab completion that reads the command, the option being completed and the word up to the cursor, and never
 * breaks the console: with no database yet, a database gone away or a broken reports directory it proposes nothing.
 */
public abstract class GuardedCompletion implements CompletionProvider {

	/** What is being completed: the command's name, its option (null for a positional word) and the word so far. */
	public record Cursor(String command, CommandOption option, String word, CompletionContext context) {
	}

	@Override
	public final List<CompletionProposal> apply(CompletionContext context) {
		if (context.getCommand() == null) {
			return List.of();
		}
		String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
		try {
			return complete(new Cursor(context.getCommand().getName(), context.getCommandOption(), word, context));
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	protected abstract List<CompletionProposal> complete(Cursor cursor);
}
