package org.parley.question;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.lookup.Kind;
import org.parley.lookup.Names;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.StubCommands.command;

/** Tab completion of the questions: people, posts, topics and events by name, and the values of options. */
class QuestionCompletionTests {

	private final Names names = new Names(null) {

		@Override
		public List<String> names(Kind kind) {
			return switch (kind) {
				case PERSON -> List.of("Liu He", "Steven Mnuchin");
				case POST -> List.of("Secretary of the Treasury", "Vice Premier of the State Council");
				case TOPIC -> List.of("Rare earths", "Tariffs");
				case EVENT -> List.of("Shanghai round of China-US trade talks (12th round)");
				default -> List.of();
			};
		}
	};

	private final QuestionCompletion completion = new QuestionCompletion(names);

	private static CommandOption option(String longName) {
		return CommandOption.with().longName(longName).type(String.class).build();
	}

	private List<String> complete(Command command, CommandOption option, String... words) {
		var context = new CompletionContext(List.of(words), words.length - 1, words[words.length - 1].length(), command, option);
		return completion.apply(context).stream().map(CompletionProposal::value).toList();
	}

	@Test
	void positionalArgumentsCompleteToTheNamesTheyTake() {
		assertThat(complete(command("who"), null, "")).containsExactly("Secretary of the Treasury", "Vice Premier of the State Council");
		assertThat(complete(command("roles"), null, "")).containsExactly("Liu He", "Steven Mnuchin");
		assertThat(complete(command("path"), null, "Liu He", "")).containsExactly("Liu He", "Steven Mnuchin");
		assertThat(complete(command("timeline"), null, "")).containsExactly("Liu He", "Steven Mnuchin", "Rare earths", "Tariffs");
		assertThat(complete(command("delegation"), null, "")).containsExactly("Shanghai round of China-US trade talks (12th round)");
		assertThat(complete(command("roles"), null, "--")).isEmpty();
	}

	@Test
	void optionValuesCompleteToPeopleTopicsSidesPeriodsAndFormats() {
		assertThat(complete(command("channels"), option("between"), "--between", "")).containsExactly("Liu He", "Steven Mnuchin");
		assertThat(complete(command("channels"), option("by"), "--by", "")).containsExactly("month", "quarter", "year");
		assertThat(complete(command("hawks"), option("issue"), "--issue", "")).containsExactly("Rare earths", "Tariffs");
		assertThat(complete(command("hawks"), option("side"), "--side", "")).containsExactly("US", "CN", "EU", "DE");
		assertThat(complete(command("who"), option("format"), "x", "--format", "")).containsExactly("table", "csv", "json", "markdown");
		assertThat(complete(command("who"), option("at"), "x", "--at", "")).isEmpty();
	}
}
