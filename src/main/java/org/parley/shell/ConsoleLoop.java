package org.parley.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.parley.graph.RunningQueries;
import org.parley.errors.UsageException;
import org.parley.report.format.TerminalWidth;
import org.springframework.shell.jline.PromptProvider;

/**
 * The console, in place of Spring Shell's loop, so that it behaves like cypher-shell or psql: Ctrl-C at the prompt
 * clears the line being typed (an unclosed quote's continuation too); Ctrl-C while a command runs cancels it (its
 * thread is interrupted, so the driver closes the connection and the database rolls the transaction back) and the
 * console says {@code query cancelled} and stays; Ctrl-D, {@code quit} or {@code exit} leave. Commands run and fail as
 * one-shot ones do, with the same one-line messages, and long answers go through the {@link Pager}.
 */
final class ConsoleLoop {

	/** Runs a line's words as a one-shot command does, writing to {@code out} and {@code err}; returns the exit code. */
	interface Commands {

		int run(List<String> words, PrintStream out, PrintStream err);
	}

	static final String CANCELLED = "query cancelled";

	private final LineReader reader;

	private final PromptProvider prompt;

	private final Commands commands;

	private final PrintStream out;

	private final PrintStream err;

	private final Pager pager;

	/** The thread of the running command, interrupted by Ctrl-C; {@code null} at the prompt. */
	private volatile Thread running;

	private volatile boolean cancelled;

	ConsoleLoop(LineReader reader, PromptProvider prompt, Commands commands, PrintStream out, PrintStream err, Pager pager) {
		this.reader = reader;
		this.prompt = prompt;
		this.commands = commands;
		this.out = out;
		this.err = err;
		this.pager = pager;
	}

	void run() {
		Terminal terminal = reader.getTerminal();
		// the line as typed goes to the console's parser: JLine's history expansion would take out backslashes and
		// expand '!' inside quoted Cypher
		reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
		// answers are as wide as the terminal, asked at each answer (a window may be resized)
		TerminalWidth.useConsole(terminal::getWidth);
		// between prompts Ctrl-C cancels the running command; at the prompt the line reader turns it into an exception
		Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> cancel());
		try {
			loop(terminal);
		}
		finally {
			terminal.handle(Terminal.Signal.INT, previous);
			TerminalWidth.useConsole(null);
		}
	}

	private void loop(Terminal terminal) {
		while (true) {
			String line;
			try {
				line = reader.readLine(prompt.getPrompt().toAnsi(terminal));
			}
			catch (UserInterruptException ex) {
				continue; // Ctrl-C: the line (or an unclosed quote's continuation) is dropped, a fresh prompt follows
			}
			catch (EndOfFileException ex) {
				return; // Ctrl-D
			}
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			String word = text.toLowerCase(Locale.ROOT);
			if (word.equals("quit") || word.equals("exit")) {
				return;
			}
			List<String> words;
			try {
				words = ParleyCommandParser.tokenize(text);
			}
			catch (UsageException ex) {
				err.println("parley: " + ex.getMessage());
				continue;
			}
			runCancellable(words);
		}
	}

	/** Runs a command with its output held for the pager; Ctrl-C meanwhile interrupts it and is all it says. */
	private void runCancellable(List<String> words) {
		var answer = new ByteArrayOutputStream();
		var problems = new ByteArrayOutputStream();
		cancelled = false;
		running = Thread.currentThread();
		try {
			commands.run(words, new PrintStream(answer, true, StandardCharsets.UTF_8),
					new PrintStream(problems, true, StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			if (!cancelled) {
				throw ex;
			}
		}
		finally {
			running = null;
			Thread.interrupted(); // a cancel that came after the command ended must not hit the next one
		}
		if (cancelled) {
			err.println(CANCELLED);
			err.flush();
			return;
		}
		pager.show(answer.toString(StandardCharsets.UTF_8), out);
		err.print(problems.toString(StandardCharsets.UTF_8));
		err.flush();
	}

	/** Ctrl-C outside the line reader: interrupts the running command, if any. */
	void cancel() {
		Thread thread = running;
		if (thread != null) {
			cancelled = true;
			RunningQueries.cancel(thread); // interrupts it and stops its query in the database
		}
	}
}
