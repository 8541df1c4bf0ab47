package org.parley.shell;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Spring Shell's completer, extended to lines with positional arguments: Spring Shell looks a command up by all the
 * words before the first option, so after {@code report run labels} it finds none. This one takes the longest run of
 * leading words that names a command, then offers the command's options and asks its completion provider, whose
 * context holds the words after the command's name. Command names themselves complete as before.
 */
class ParleyCompleter extends CommandCompleter {

	private final CommandRegistry registry;

	ParleyCompleter(CommandRegistry registry) {
		super(registry);
		this.registry = registry;
	}

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = line.words();
		int index = line.wordIndex();
		Command command = null;
		int nameLength = 0;
		for (int k = Math.min(index, words.size()); k >= 1 && command == null; k--) {
			command = registry.getCommandByName(String.join(" ", words.subList(0, k)));
			nameLength = k;
		}
		if (command == null) {
			super.complete(reader, line, candidates);
			return;
		}
		List<String> rest = new ArrayList<>(words.subList(nameLength, words.size()));
		int restIndex = index - nameLength;
		String current = restIndex < rest.size() ? rest.get(restIndex) : "";
		String previous = restIndex > 0 ? rest.get(restIndex - 1) : "";
		CommandOption option = null;
		if (previous.startsWith("--") && !previous.contains("=")) {
			option = option(command, previous.substring(2));
			if (option != null && flag(option)) {
				option = null;
			}
		}
		var context = new CompletionContext(rest, restIndex, Math.min(line.wordCursor(), current.length()), command, option);
		List<CompletionProposal> proposals = command.getCompletionProvider().apply(context);
		for (CompletionProposal proposal : proposals) {
			candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(),
					proposal.description(), null, null, proposal.complete(), 0));
		}
		if (option == null && (current.startsWith("-") || proposals.isEmpty())) {
			for (CommandOption candidate : command.getOptions()) {
				boolean repeatable = candidate.type() != null && candidate.type().isArray();
				boolean present = rest.stream()
					.anyMatch(w -> w.equals("--" + candidate.longName()) || w.startsWith("--" + candidate.longName() + "="));
				if (repeatable || !present) {
					candidates.add(new Candidate("--" + candidate.longName(), "--" + candidate.longName(), null,
							candidate.description(), null, null, true, 0));
				}
			}
		}
	}

	private static CommandOption option(Command command, String longName) {
		return command.getOptions().stream().filter(o -> longName.equals(o.longName())).findFirst().orElse(null);
	}

	private static boolean flag(CommandOption option) {
		return option.type() == Boolean.class || option.type() == boolean.class;
	}
}
