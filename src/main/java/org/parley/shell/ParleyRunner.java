package org.parley.shell;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.parley.CommandLine;
import org.parley.ParleyApplication;
import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;
import org.parley.files.CheckedOutput;
import org.parley.files.TextFiles;
import org.parley.files.WorkingDirectory;
import org.parley.graph.Graph;
import org.parley.graph.GraphStartup;
import org.parley.graph.StartupTrace;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/**
 * Replaces Spring Shell's runner: with no command words it opens the interactive console ({@link ConsoleLoop});
 * otherwise it runs one
 * command (or {@code --file FILE}, one command a line) with stdout carrying only the command's output, errors as
 * one line on stderr, and {@link ExitCodes} as the process exit code.
 */
@Component
class ParleyRunner implements ApplicationRunner, ExitCodeGenerator, DisposableBean {

	private final CommandRegistry registry;

	private final ParleyCommandParser parser;

	private final ObjectProvider<LineReader> lineReader;

	private final ObjectProvider<PromptProvider> prompt;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private int exitCode;

	private final AttachServer attach;

	private final ObjectProvider<Graph> graph;

	ParleyRunner(CommandRegistry registry, ParleyCommandParser parser, ObjectProvider<LineReader> lineReader,
			ObjectProvider<PromptProvider> prompt, ObjectProvider<GraphStartup> startup, ObjectProvider<Graph> graph) {
		this.graph = graph;
		this.registry = registry;
		this.parser = parser;
		this.lineReader = lineReader;
		this.prompt = prompt;
		this.attach = new AttachServer(this::runCommand, startup::getIfAvailable);
	}

	/** For tests that run commands in-process. */
	void redirect(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		StartupTrace.mark("shell ready");
		registry.getCommands().forEach(command -> {
			if (command instanceof AbstractCommand abstractCommand) {
				// a usage error a command finds itself is followed by the command's usage line, as the parser's are
				abstractCommand.setExitStatusExceptionMapper(new ExitCodes(CommandCatalog.all().get(command.getName())));
			}
		});
		List<String> words = ParleyApplication.commandWords(args.getSourceArgs());
		if (words.isEmpty() || words.equals(List.of("serve"))) {
			// one-shot commands on this home run in this process from now on (see AttachServer)
			attach.start();
		}
		if (words.isEmpty()) {
			awaitGraph();
			// Parley's own loop: Ctrl-C cancels a query or clears the line, long answers go through a pager
			LineReader reader = lineReader.getObject();
			Pager pager = Pager.fromEnvironment(System.getenv(),
					System.console() != null && !CommandLine.noPager(args.getSourceArgs()), reader.getTerminal()::getHeight);
			new ConsoleLoop(reader, prompt.getObject(), (line, console, problems) -> runOne(line, null, console, problems),
					out, err, pager).run();
			return;
		}
		exitCode = runCommand(words, out, err);
	}

	/**
	 * The console shows its prompt once it can answer: the store open (created and seeded on a first start, which
	 * says so on stderr) and the schema current. A database that cannot open does not keep the console shut: each
	 * command then says what is wrong.
	 */
	private void awaitGraph() {
		try {
			graph.getObject();
		}
		catch (RuntimeException ex) {
			// the first command reports it, in one line
		}
	}

	/** Runs a one-shot command line (one command, or {@code --file FILE}) writing to {@code out} and {@code err}. */
	int runCommand(List<String> words, PrintStream out, PrintStream err) {
		if (words.get(0).equals("--file") || words.get(0).startsWith("--file=")) {
			return runFile(words, out, err);
		}
		return runOne(words, null, out, err);
	}

	@Override
	public void destroy() {
		attach.close();
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private int runFile(List<String> words, PrintStream out, PrintStream err) {
		String file = words.get(0).startsWith("--file=") ? words.get(0).substring("--file=".length())
				: words.size() > 1 ? words.get(1) : null;
		int expected = words.get(0).startsWith("--file=") ? 1 : 2;
		if (file == null || words.size() != expected) {
			err.println("parley: usage: parley --file FILE");
			return ExitCodes.USAGE_ERROR;
		}
		List<String> lines;
		if (!Files.exists(WorkingDirectory.resolve(file))) {
			err.println("parley: command file " + file + " does not exist");
			return ExitCodes.DATA_ERROR;
		}
		try {
			// strictly UTF-8 (a BOM is dropped): a binary file fails naming file:line, before any command runs
			lines = TextFiles.read(WorkingDirectory.resolve(file), file).lines().toList();
		}
		catch (ParleyException ex) {
			err.println("parley: " + ex.getMessage());
			return ExitCodes.DATA_ERROR;
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
				continue;
			}
			List<String> lineWords;
			try {
				lineWords = ParleyCommandParser.tokenize(line);
			}
			catch (UsageException ex) {
				err.println(file + ":" + (i + 1) + ": " + ex.getMessage());
				return ExitCodes.USAGE_ERROR;
			}
			int code = runOne(lineWords, file + ":" + (i + 1), out, err);
			if (code != ExitCodes.OK) {
				return code;
			}
		}
		return ExitCodes.OK;
	}

	/** Runs one command; {@code where} prefixes its error message when it comes from a command file. */
	private int runOne(List<String> words, String where, PrintStream out, PrintStream err) {
		String prefix = where == null ? "parley: " : where + ": ";
		ParsedInput input;
		try {
			input = parser.parse(words);
		}
		catch (UsageException ex) {
			err.println(prefix + ex.getMessage());
			if (ex.usage() != null) {
				err.println(ex.usage());
			}
			return ExitCodes.USAGE_ERROR;
		}
		// stdout that reports a failed write (a full disk, a closed pipe) instead of swallowing it
		var checked = CheckedOutput.of(out);
		var writer = new PrintWriter(checked, true);
		try {
			ExitStatus status = new CommandExecutor(registry)
				.execute(new CommandContext(input, registry, writer, new InputReader() {
				}));
			writer.flush();
			StartupTrace.mark("command done");
			if (checked.failure() != null) {
				// the command caught it (Spring Shell maps it to a status): the output failure is the message
				err.println(prefix + checked.failure().getMessage());
				return ExitCodes.DATA_ERROR;
			}
			int code = ExitCodes.normalise(status);
			if (code != ExitCodes.OK) {
				err.println(prefix + status.description());
			}
			return code;
		}
		catch (Exception ex) {
			if (checked.failure() == null) {
				try {
					writer.flush();
				}
				catch (RuntimeException flushFailed) {
					// reported below
				}
			}
			Exception reported = checked.failure() != null ? checked.failure() : ex;
			err.println(prefix + ExitCodes.message(reported));
			return ExitCodes.code(reported);
		}
	}

}
