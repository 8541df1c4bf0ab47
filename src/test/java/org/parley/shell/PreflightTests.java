package org.parley.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parley.errors.UsageException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-shot command line checked before anything starts (no Spring, no database): usage errors, help, --version and
 * completion scripts, all from the catalog read from the command classes.
 */
class PreflightTests {

	record Outcome(Integer code, String out, String err) {
	}

	private static Outcome check(String... words) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		var done = Preflight.check(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Outcome(done.isPresent() ? done.getAsInt() : null, out.toString(StandardCharsets.UTF_8),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void usageErrorsAnswerWithExitTwoTheMessageAndTheGeneratedUsageLine() {
		long started = System.nanoTime();
		assertThat(check("stauts")).isEqualTo(new Outcome(2, "",
				"parley: unknown command 'stauts' (did you mean 'status'?); run 'help' for the list\n"));
		assertThat(check("counterpats", "Bessent").err()).as("the command word alone, not the line")
			.isEqualTo("parley: unknown command 'counterpats' (did you mean 'counterparts'?); run 'help' for the list\n");
		assertThat(check("seed", "lod").err())
			.isEqualTo("parley: unknown command 'seed lod' (did you mean 'seed load'?); run 'help seed' for the list\n");
		assertThat(check("who", "X", "--at", "2019-13-45")).isEqualTo(new Outcome(2, "",
				"parley: invalid value '2019-13-45' for --at: expected a date as YYYY-MM-DD, e.g. 2019-07-30, or today\n"
						+ "usage: who POST [--at DATE] [--evidence] [--format FORMAT] [--limit N] [--out OUT] [--force]\n"));
		assertThat(check("seed", "reset")).isEqualTo(new Outcome(2, "",
				"parley: seed reset deletes all data before reloading; add --yes to confirm\nusage: seed reset --yes\n"));
		assertThat(check("unload", "--yes=false").err()).startsWith("parley: unload deletes every :Synthetic node; add --yes to confirm\n");
		assertThat(check("who", "X", "--bogus").err()).startsWith("parley: unknown option '--bogus' for 'who'");
		assertThat(check("hawks", "--format", "xml").err()).startsWith(
				"parley: invalid value 'xml' for --format: expected one of table, csv, json, markdown, html\nusage: hawks ");
		assertThat(check("channels", "--by", "week").err()).startsWith(
				"parley: invalid value 'week' for --by: expected one of month, quarter, year\nusage: channels ");
		assertThat(check("chart", "channels", "--by", "week", "--out", "x.svg").code()).isEqualTo(2);
		assertThat(check("hawks", "--limit", "0").err()).startsWith("parley: invalid value '0' for --limit: expected a whole number from 1");
		assertThat(check("hawks", "--limit", "many").err()).startsWith("parley: invalid value 'many' for --limit: expected a whole number");
		assertThat(check("path", "Mnuchin").err()).startsWith("parley: missing PERSON");
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds for all of them").isLessThan(5_000);
	}

	@Test
	void theDatesOfCurationAndIngestAndTheSyntheticWordsAreCheckedBeforeAnythingStarts() {
		assertThat(check("add", "event", "--channel", "phone-call", "--date", "2019-02-30", "--participants", "A, B",
				"--source", "S")).isEqualTo(new Outcome(2, "", "parley: invalid value '2019-02-30' for --date: expected a date as YYYY-MM-DD\n"
						+ CommandCatalog.all().get("add event").usage() + "\n"));
		assertThat(check("add", "source", "--title", "A title", "--outlet", "Reuters", "--published", "yesterday").err())
			.startsWith("parley: invalid value 'yesterday' for --published: expected a date as YYYY-MM-DD\nusage: add source ");
		assertThat(check("add", "source", "--title", "A title", "--outlet", "Reuters", "--published", "today").code())
			.as("a recorded fact's day is a real date, not today's").isEqualTo(2);
		assertThat(check("appoint", "Jane Doe", "us-treasury-secretary", "--from", "2025-01-28", "--to", "2025-13-01",
				"--source", "S").err()).startsWith("parley: invalid value '2025-13-01' for --to: expected a date as YYYY-MM-DD\n");
		assertThat(check("end-tenure", "Bessent", "us-treasury-secretary", "--on", "0999-01-01", "--source", "S").err())
			.startsWith("parley: invalid value '0999-01-01' for --on: expected a date with a year from 1000 to 9999\n");
		assertThat(check("assess", "Navarro", "--stance", "hawk", "--issue", "tariffs", "--from", "2019-7-1", "--source", "S")
			.err()).startsWith("parley: invalid value '2019-7-1' for --from: expected a date as YYYY-MM-DD\n");
		assertThat(check("ingest", "article.txt", "--published", "May 12").err())
			.startsWith("parley: invalid value 'May 12' for --published: expected a date as YYYY-MM-DD\nusage: ingest ");
		assertThat(check("hawks", "--synthetic", "some").err()).startsWith(
				"parley: invalid value 'some' for --synthetic: expected include, only or exclude\nusage: hawks ");
		assertThat(check("counterparts", "Bessent", "--synthetic", "EXCLUDE").code()).isNull();
		assertThat(check("end-tenure", "Bessent", "us-treasury-secretary", "--on", "2025-12-31", "--source", "S").code()).isNull();
	}

	@Test
	void aWellFormedLineGoesOnToStartParley() {
		assertThat(check("who", "Treasury", "--at", "2019-07-30", "--format", "md", "--limit", "3")).isEqualTo(new Outcome(null, "", ""));
		assertThat(check("seed", "reset", "--yes")).isEqualTo(new Outcome(null, "", ""));
		assertThat(check("hawks", "--at", "today")).isEqualTo(new Outcome(null, "", ""));
		assertThat(check("add", "event", "--by", "someone", "--channel", "phone-call", "--date", "2019-01-01",
				"--participants", "A, B", "--source", "S").code()).as("--by of a curation command is a name").isNull();
		assertThat(check("--file", "commands.txt")).isEqualTo(new Outcome(null, "", ""));
	}

	@Test
	void helpListsTheConsolesOwnCommandsAndTheExitCodes() {
		Outcome help = check("help");
		assertThat(help.code()).isZero();
		assertThat(help.out()).contains("  history          Show the commands typed in the console")
			.contains("  clear            Clear the screen.")
			.contains("  completion       Print a completion script")
			.contains("  version          Parley's version")
			.contains("Exit codes\n  0  success\n  1  user or data error")
			.contains("  2  usage error").contains("  3  database unreachable");
		assertThat(check("--help").out()).isEqualTo(help.out());
		assertThat(check("-h").out()).isEqualTo(help.out());
	}

	@Test
	void helpAnywhereOnALineIsThatCommandsHelp() {
		Outcome who = check("who", "--help");
		assertThat(who.code()).isZero();
		assertThat(who.out()).startsWith("usage: who POST [--at DATE] [--evidence] [--format FORMAT] [--limit N] [--out OUT] [--force]\n\n"
				+ "Who held a post on a date, with tenure dates.\nExample: who \"Treasury Secretary\" --at 2019-07-30\n")
			.contains("  --limit N              Print at most this many rows");
		assertThat(check("who", "Treasury", "--at", "2019-07-30", "-h").out()).isEqualTo(who.out());
		assertThat(check("help", "who").out()).isEqualTo(who.out());
		assertThat(check("seed", "--help").out()).startsWith("Commands under 'seed':\n");
		assertThat(check("stauts", "--help")).isEqualTo(new Outcome(2, "",
				"parley: unknown command 'stauts' (did you mean 'status'?); run 'help' for the list\n"));
		assertThat(check("history", "--help").out()).startsWith("history ");
	}

	@Test
	void versionNamesParleyNeo4jAndJava() {
		for (String word : List.of("--version", "-V", "version")) {
			Outcome version = check(word);
			assertThat(version.code()).isZero();
			assertThat(version.out()).startsWith("Parley ").contains("\nNeo4j 5.").contains("\nJava " + System.getProperty("java.version").split("\\.")[0]);
		}
	}

	@Test
	void everyUsageLineIsGeneratedFromTheDeclaredOptions() {
		var specs = CommandCatalog.all();
		assertThat(specs.get("seed reset").usage()).isEqualTo("usage: seed reset --yes");
		assertThat(specs.get("report run").usage()).startsWith("usage: report run NAME [--param PARAM]... [--format FORMAT] [--limit N]");
		assertThat(specs.get("chart channels").usage()).contains("[--by month|quarter|year]").contains("[--from DATE]")
			.contains("[--sides CODE,CODE...]");
		assertThat(specs.get("hawks").usage()).as("what --side and --synthetic take")
			.startsWith("usage: hawks [--side CODE] [--at DATE] [--issue ISSUE] [--as-of DATE] [--synthetic only|exclude] ");
		assertThat(specs.get("add person").usage()).contains(" --side CODE ");
		assertThat(specs.get("end-tenure").usage()).contains(" --on DATE ");
		for (CommandSpec spec : specs.values()) {
			assertThat(spec.usage()).as("usage of %s names what each option takes", spec.name())
				.doesNotContain("SYNTHETIC", "SIDE", "--date DATE_", "--published PUBLISHED");
		}
		for (CommandSpec spec : specs.values()) {
			assertThat(spec.help()).as("help of %s is notes, not a typed usage line", spec.name()).doesNotContain("usage:");
		}
	}

	@Test
	void theCatalogListsEveryCommandsClass() throws IOException {
		Path classes = Path.of("target/classes");
		try (Stream<Path> files = Files.walk(classes.resolve("org/parley"))) {
			List<String> found = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
				.filter(n -> n.endsWith("Commands.class") && !n.contains("$"))
				.map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
				.sorted().toList();
			assertThat(CommandCatalog.CLASSES).as("CommandCatalog.CLASSES").containsExactlyInAnyOrderElementsOf(found);
		}
		assertThat(CommandCatalog.commandClasses()).containsExactlyInAnyOrderElementsOf(CommandCatalog.CLASSES);
	}

	@Test
	void theConsoleSaysAUsageErrorInTheOneShotsWords() {
		var parser = new ParleyCommandParser(new CommandCatalog());
		var input = parser.parse("counterpats Bessent");
		assertThat(input.commandName()).isEqualTo(UsageErrorCommand.NAME);
		var status = new UsageErrorCommand().execute(new org.springframework.shell.core.command.CommandContext(input,
				null, null, null));
		assertThat(status.code()).isEqualTo(2);
		// Spring Shell's console prints a failed command as NAME: DESCRIPTION
		assertThat(UsageErrorCommand.NAME + ": " + status.description())
			.isEqualTo("parley: unknown command 'counterpats' (did you mean 'counterparts'?); run 'help' for the list");
		var bad = parser.parse("who X --at 2019-02-30");
		assertThat(new UsageErrorCommand().execute(new org.springframework.shell.core.command.CommandContext(bad,
				null, null, null)).description()).endsWith("\nusage: who POST [--at DATE] [--evidence] [--format FORMAT] [--limit N] [--out OUT] [--force]");
	}

	@Test
	void completionScriptsComeFromTheCatalog() {
		Outcome bash = check("completion", "bash");
		assertThat(bash.code()).isZero();
		assertThat(bash.out()).contains("complete -o default -F _parley parley")
			.contains("    \" chart channels \"*) cmd=\"chart channels\"; opts=\"--between --and --sides --by --from --to --out --force\";;")
			.contains("        seed) COMPREPLY=($(compgen -W \"check load reset\" -- \"$cur\"));;")
			.contains("--format) COMPREPLY=($(compgen -W \"table csv json markdown html\"");
		assertThat(check("completion", "zsh").out()).startsWith("#compdef parley\n").contains("bashcompinit");
		assertThat(check("completion", "fish")).isEqualTo(new Outcome(2, "",
				"parley: invalid value 'fish' for SHELL: expected bash or zsh\nusage: completion SHELL\n"));
	}

	@Test
	void theCommonChecksSayWhatTheyExpect() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.parley.cli.CommonOptions.date("at", "2019-02-30"))
			.isInstanceOf(UsageException.class).hasMessageContaining("for --at: expected a date as YYYY-MM-DD");
	}
}
