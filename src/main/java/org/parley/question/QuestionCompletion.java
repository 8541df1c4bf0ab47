package org.parley.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.lookup.Kind;
import org.parley.lookup.Names;
import org.parley.cli.GuardedCompletion;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.stereotype.Component;

/**
 * Tab completion for the questions: person names where a command takes a person (also after {@code --between} and
 * {@code --and}), post names for {@code who}, persons and topics for {@code timeline}, event titles for
 * {@code delegation}, topics after {@code --issue}, sides after {@code --side}, periods after {@code --by} and the
 * formats after {@code --format}. Names come from the graph each time, so new people complete at once; with no
 * database nothing is proposed.
 */
@Component("questionCompletion")
class QuestionCompletion extends GuardedCompletion {

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
	protected List<CompletionProposal> complete(Cursor cursor) {
		if (cursor.option() != null) {
			return switch (cursor.option().longName()) {
				case "format" -> proposals(List.of("table", "csv", "json", "markdown"), null);
				case "by" -> proposals(List.of("month", "quarter", "year"), null);
				case "between", "and" -> proposals(names.names(Kind.PERSON), Kind.PERSON);
				case "issue" -> proposals(names.names(Kind.TOPIC), Kind.TOPIC);
				case "side" -> proposals(List.of("US", "CN", "EU", "DE"), Kind.COUNTRY);
				default -> List.of();
			};
		}
		List<Kind> kinds = ARGUMENTS.get(cursor.command());
		if (kinds == null || cursor.word().startsWith("-")) {
			return List.of();
		}
		var proposals = new ArrayList<CompletionProposal>();
		kinds.forEach(kind -> proposals.addAll(proposals(names.names(kind), kind)));
		return proposals;
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
