package org.parley.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.lookup.Kind;
import org.parley.lookup.Names;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

/**
 * Tab completion for the questions: person names where a command takes a person (also after {@code --between} and
 * {@code --and}), post names for {@code who}, persons and topics for {@code timeline}, event titles for
 * {@code delegation}, topics after {@code --issue}, sides after {@code --side}, periods after {@code --by} and the
 * formats after {@code --format}. Names come from the graph each time, so new people complete at once.
 */
@Component("questionCompletion")
class QuestionCompletion implements CompletionProvider {

	/** What each command's positional arguments are. */
	private static final Map<String, List<Kind>> ARGUMENTS = Map.of(
			"who", List.of(Kind.POST),
			"roles", List.of(Kind.PERSON),
			"person", List.of(Kind.PERSON),
			"stance", List.of(Kind.PERSON),
			"counterparts", List.of(Kind.PERSON),
			"path", List.of(Kind.PERSON),
			"timeline", List.of(Kind.PERSON, Kind.TOPIC),
			"delegation", List.of(Kind.EVENT),
			"evidence", List.of(Kind.EVENT, Kind.PERSON));

	private final Names names;

	QuestionCompletion(Names names) {
		this.names = names;
	}

	@Override
	public List<CompletionProposal> apply(CompletionContext context) {
		if (context.getCommand() == null) {
			return List.of();
		}
		String command = context.getCommand().getName();
		CommandOption option = context.getCommandOption();
		String current = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
		try {
			if (option != null) {
				return switch (option.longName()) {
					case "format" -> proposals(List.of("table", "csv", "json", "markdown"), null);
					case "by" -> proposals(List.of("month", "quarter", "year"), null);
					case "between", "and" -> proposals(names.names(Kind.PERSON), Kind.PERSON);
					case "issue" -> proposals(names.names(Kind.TOPIC), Kind.TOPIC);
					case "side" -> proposals(List.of("US", "CN", "EU", "DE"), Kind.COUNTRY);
					default -> List.of();
				};
			}
			List<Kind> kinds = ARGUMENTS.get(command);
			if (kinds == null || current.startsWith("-")) {
				return List.of();
			}
			var proposals = new ArrayList<CompletionProposal>();
			kinds.forEach(kind -> proposals.addAll(proposals(names.names(kind), kind)));
			return proposals;
		}
		catch (RuntimeException ex) {
			// no database yet, or it went away: completion must not break the console
			return List.of();
		}
	}

	private static List<CompletionProposal> proposals(List<String> values, Kind kind) {
		return values.stream()
			.map(value -> {
				var proposal = new CompletionProposal(value);
				return kind == null ? proposal : proposal.description(kind.noun());
			})
			.toList();
	}
}
