package org.parley.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
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

	private final Command counterparts = Command.builder()
		.name("counterparts")
		.options(CommandOption.with().longName("at").type(String.class).build())
		.completionProvider(context -> context.getCommandOption() == null
				? List.of(new CompletionProposal("Scott Bessent"), new CompletionProposal("He Lifeng"),
						new CompletionProposal("Liu \"Tiger\" He"), new CompletionProposal("Robert Lighthizer"))
				: List.of())
		.execute(context -> {
		});

	private final ParleyCompleter completer = new ParleyCompleter(new CommandRegistry(Set.of(run, counterparts)));

	/**
	 * The console's line reader (its completer and parser) on a terminal fed the keys: what the line holds when
	 * Enter is pressed, as the console reads it.
	 */
	private String typed(String keys) throws Exception {
		var screen = new ByteArrayOutputStream();
		try (Terminal terminal = new ExternalTerminal("test", "xterm",
				new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
			terminal.setSize(new org.jline.terminal.Size(120, 40));
			LineReader reader = LineReaderBuilder.builder()
				.terminal(terminal)
				.completer(completer)
				.parser(new ConsoleLineParser())
				.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // as ConsoleLoop sets it
				.build();
			return reader.readLine("parley> ");
		}
	}

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
	void aNameWithSpacesIsInsertedQuotedAndReadAsOneArgument() throws Exception {
		String line = typed("counterparts Bes\t--at 2025-05-01\n");
		assertThat(line).isEqualTo("counterparts \"Scott Bessent\" --at 2025-05-01");
		assertThat(ParleyCommandParser.tokenize(line)).containsExactly("counterparts", "Scott Bessent", "--at", "2025-05-01");
	}

	@Test
	void aQuoteTheUserOpenedIsClosedAndQuotesInsideAreEscaped() throws Exception {
		assertThat(typed("counterparts \"Lig\t\n")).isEqualTo("counterparts \"Robert Lighthizer\" ");
		assertThat(typed("counterparts 'Robert L\t\n")).isEqualTo("counterparts 'Robert Lighthizer' ");
		String tiger = typed("counterparts Tig\t\n");
		assertThat(tiger).isEqualTo("counterparts \"Liu \\\"Tiger\\\" He\" ");
		assertThat(ParleyCommandParser.tokenize(tiger)).containsExactly("counterparts", "Liu \"Tiger\" He");
		assertThat(ConsoleLineParser.quote("O'Brien", '\'', true)).isEqualTo("'O'\\''Brien'");
		assertThat(ParleyCommandParser.tokenize("x " + ConsoleLineParser.quote("O'Brien", '\'', true)))
			.containsExactly("x", "O'Brien");
		assertThat(ConsoleLineParser.quote("Bessent", (char) 0, true)).as("a plain word stays plain").isEqualTo("Bessent");
	}

	@Test
	void commandNamesCompleteAsBefore() {
		assertThat(complete("report r")).containsExactly("run");
	}
}
