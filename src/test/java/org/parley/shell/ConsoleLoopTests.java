package org.parley.shell;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.report.format.TerminalWidth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's loop on a JLine terminal fed bytes as a keyboard would type them: Ctrl-C (0x03) cancels a running
 * command (which stops, and the console says so and goes on); Ctrl-D (0x04), quit and exit leave. No sleeps: the keys
 * that must come while a command runs are sent once it runs. Ctrl-C at the prompt and in an unclosed quote's
 * {@code dquote>} needs a real terminal's signal (JLine's ExternalTerminal did not always see it): ConsoleOnATerminalIT
 * checks them on a pseudo-terminal.
 */
class ConsoleLoopTests {

	private static final String CTRL_C = "\u0003";

	private static final String CTRL_D = "\u0004";

	private final List<List<String>> ran = new ArrayList<>();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final PipedOutputStream keyboard = new PipedOutputStream();

	/** What the terminal shows: the line reader echoes what it reads, so an echo says it is reading. */
	private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

	@AfterEach
	void noConsole() {
		TerminalWidth.useConsole(null);
	}

	private ConsoleLoop.Commands recording = (words, answer, problems) -> {
		ran.add(words);
		answer.println("ran " + String.join(" ", words));
		return 0;
	};

	private void type(String keys) throws Exception {
		keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
		keyboard.flush();
	}

	/** Runs the console until it leaves, the keys typed in advance; returns once it has left. */
	private void console(String keys) throws Exception {
		CompletableFuture<Void> done = start();
		type(keys);
		done.get(60, TimeUnit.SECONDS);
	}

	private CompletableFuture<Void> start() throws Exception {
		var input = new PipedInputStream(keyboard, 4096);
		Terminal terminal = new ExternalTerminal("test", "xterm", input, screen, StandardCharsets.UTF_8);
		terminal.setSize(new org.jline.terminal.Size(132, 10));
		DefaultParser parser = new DefaultParser();
		parser.setEofOnUnclosedQuote(true);
		LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).build();
		var console = new ConsoleLoop(reader, () -> new AttributedString("parley> "), (words, answer, problems) -> {
			if (words.get(0).equals("width")) {
				answer.println(TerminalWidth.columns());
				return 0;
			}
			return commands.run(words, answer, problems);
		}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new Pager(null, () -> 10));
		return CompletableFuture.runAsync(() -> {
			try (terminal) {
				console.run();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	private ConsoleLoop.Commands commands = recording;

	@Test
	void eachLineRunsWithItsQuotedWordsUntilExit() throws Exception {
		console("status\n\ncounterparts \"Scott Bessent\" --at 2025-05-01\nwidth\nexit\nstatus\n");
		assertThat(ran).containsExactly(List.of("status"), List.of("counterparts", "Scott Bessent", "--at", "2025-05-01"));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ran status\nran counterparts Scott Bessent --at 2025-05-01\n132\n");
	}

	@Test
	void ctrlDAndQuitLeave() throws Exception {
		console("status\n" + CTRL_D + "roles x\n");
		assertThat(ran).containsExactly(List.of("status"));
	}

	@Test
	void ctrlCWhileACommandRunsCancelsItSaysSoAndTheConsoleGoesOn() throws Exception {
		var started = new CountDownLatch(1);
		var interrupted = new CountDownLatch(1);
		commands = (words, answer, problems) -> {
			if (!words.get(0).equals("slow")) {
				return recording.run(words, answer, problems);
			}
			answer.println("partial answer");
			started.countDown();
			try {
				new CountDownLatch(1).await(); // a query that would run for ever
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
				// as the driver does: the interrupted query fails, and the runner prints its error
				problems.println("parley: Thread interrupted while running query in session");
				return 1;
			}
			return 0;
		};
		CompletableFuture<Void> done = start();
		type("slow\n");
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
		type(CTRL_C);
		assertThat(interrupted.await(30, TimeUnit.SECONDS)).as("the command's thread was interrupted").isTrue();
		type("status\nexit\n");
		done.get(60, TimeUnit.SECONDS);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(ConsoleLoop.CANCELLED + "\n");
		assertThat(out.toString(StandardCharsets.UTF_8)).as("nothing of the cancelled answer").isEqualTo("ran status\n");
		assertThat(ran).containsExactly(List.of("status"));
	}

	@Test
	void thePagerComesFromTheEnvironmentAndOnlyForAnswersLongerThanTheTerminal() {
		assertThat(Pager.command(Map.of(), true)).isEqualTo("less -FRX");
		assertThat(Pager.command(Map.of(), false)).isNull();
		assertThat(Pager.command(Map.of("PAGER", "more"), true)).isEqualTo("more");
		assertThat(Pager.command(Map.of("PAGER", "more", "PARLEY_PAGER", "less -S"), true)).isEqualTo("less -S");
		assertThat(Pager.command(Map.of("PAGER", "more", "PARLEY_PAGER", ""), true)).as("PARLEY_PAGER= turns it off").isNull();
		assertThat(Pager.command(Map.of("PARLEY_PAGER", "off"), true)).isNull();
		assertThat(Pager.command(Map.of("PAGER", ""), true)).as("PAGER= turns it off, as in psql").isNull();
		assertThat(Pager.command(Map.of("PAGER", "cat"), true)).as("PAGER=cat is no pager").isNull();
		assertThat(Pager.command(Map.of("PAGER", "more", "PARLEY_PAGER", "cat"), true)).isNull();
		String[] noPager = { "--no-pager", "--parley.home=/tmp/x" };
		assertThat(org.parley.CommandLine.words(noPager)).as("--no-pager alone opens the console").isEmpty();
		assertThat(org.parley.CommandLine.words(new String[] { "--no-pager", "status" })).containsExactly("status");
		assertThat(Pager.fromEnvironment(Map.of("PARLEY_PAGER", "less"), !org.parley.CommandLine.noPager(noPager), () -> 10)
			.command()).as("--no-pager wins over PARLEY_PAGER").isNull();
		assertThat(Pager.fromEnvironment(Map.of("PARLEY_PAGER", "less"), !org.parley.CommandLine.noPager(new String[0]),
				() -> 10).command()).isEqualTo("less");
		assertThat(Pager.fromEnvironment(Map.of("PARLEY_PAGER", "less"), false, () -> 10).command())
			.as("never when stdout is not a terminal").isNull();
		var pager = new Pager("less", () -> 5);
		assertThat(pager.pages("1\n2\n3\n4\n")).isFalse();
		assertThat(pager.pages("1\n2\n3\n4\n5\n")).isTrue();
		assertThat(new Pager(null, () -> 5).pages("1\n2\n3\n4\n5\n6\n")).isFalse();
	}

	@Test
	void aPagerPrintsTheWholeAnswer() {
		var shown = new ByteArrayOutputStream();
		String text = "a\nb\nc\nd\ne\nf\n";
		// a pager that cannot be found: the answer is printed all the same
		new Pager("/nonexistent/pager", () -> 3).show(text, new PrintStream(shown, true, StandardCharsets.UTF_8));
		assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo(text);
		new Pager(null, () -> 3).show(text, new PrintStream(shown, true, StandardCharsets.UTF_8));
		assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo(text + text);
	}
}
