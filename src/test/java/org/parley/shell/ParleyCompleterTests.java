package org.parley.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import static org.assertj.core.api.Assertions.assertThat;

/** The console completes positional arguments and the options after them, which Spring Shell's completer cannot. */
class ParleyCompleterTests {

	private final AtomicReference<CompletionContext> seen = new AtomicReference<>();

	private final Command run = Command.builder()
		.name("report run")
		.options(CommandOption.with().longName("param").type(String[].class).build(),
				CommandOption.with().longName("format").type(String.class).build(),
				CommandOption.with().longName("write").type(Boolean.class).build())
		.completionProvider(context -> {
			seen.set(context);
			return context.getWordIndex() == 0 ? List.of(new CompletionProposal("who-held")) : List.of();
		})
		.execute(context -> {
		});

	private final ParleyCompleter completer = new ParleyCompleter(new CommandRegistry(Set.of(run)));

	private List<String> complete(String line) {
		var candidates = new ArrayList<Candidate>();
		completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
		return candidates.stream().map(Candidate::value).toList();
	}

	@Test
	void theFirstArgumentGoesToTheCommandsProviderWithTheWordsAfterItsName() {
		assertThat(complete("report run ")).containsExactly("who-held");
		assertThat(seen.get().getWords()).containsExactly("");
		assertThat(seen.get().getCommandOption()).isNull();
	}

	@Test
	void afterAPositionalArgumentOptionsAndOptionValuesStillComplete() {
		assertThat(complete("report run who-held --")).containsExactlyInAnyOrder("--param", "--format", "--write");
		assertThat(complete("report run who-held --param ")).isEmpty();
		assertThat(seen.get().getCommandOption().longName()).isEqualTo("param");
		assertThat(seen.get().getWords()).containsExactly("who-held", "--param", "");
		assertThat(seen.get().getWordIndex()).isEqualTo(2);
		assertThat(complete("report run who-held --format csv --")).containsExactlyInAnyOrder("--param", "--write");
		assertThat(complete("report run who-held --write ")).contains("--param", "--format");
	}

	@Test
	void commandNamesCompleteAsBefore() {
		assertThat(complete("report r")).containsExactly("run");
	}
}
