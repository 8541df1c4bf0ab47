package org.parley.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.generate.SyntheticNetwork;
import org.parley.graph.GraphTestBase;
import org.parley.shell.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suite: malformed and impossible values, unknown and ambiguous names, hostile strings (quotes,
 * backticks, {@code ;}, {@code //}, Cypher injection) in every kind of parameter, broken seed and report files,
 * wrong types and huge limits. Each gets one clear line on stderr (plus the usage line for usage errors), the
 * documented exit code, no stack trace, nothing on stdout, and an unchanged graph.
 */
class BadInputIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	/** One bad input: the command, its exit code and a fragment its error line must contain. */
	record Case(String name, int exit, String message, List<String> settings, List<String> command) {

		@Override
		public String toString() {
			return name;
		}
	}

	@TempDir
	static Path files;

	private final List<Case> cases = new ArrayList<>();

	private List<String> base;

	private void bad(String name, int exit, String message, String... command) {
		cases.add(new Case(name, exit, message, base, List.of(command)));
	}

	private void badWith(List<String> extra, String name, int exit, String message, String... command) {
		var settings = new ArrayList<>(base.subList(0, 1));
		settings.addAll(extra);
		cases.add(new Case(name, exit, message, settings, List.of(command)));
	}

	@TestFactory
	Stream<DynamicTest> everyBadInputIsOneClearLineWithTheRightExitCodeAndChangesNothing() throws IOException {
		loadSeed();
		base = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.seed-dir=" + SEED_DIR.toAbsolutePath());
		String injection = "x') DETACH DELETE n //";
		String longName = "Mnuchin".repeat(2000);

		// dates: impossible, malformed, reversed
		bad("impossible day", 2, "2019-02-30", "who", "treasury", "--at", "2019-02-30");
		bad("month 13", 2, "2019-13-01", "who", "treasury", "--at", "2019-13-01");
		bad("day first", 2, "30/07/2019", "who", "treasury", "--at", "30/07/2019");
		bad("single-digit month", 2, "2019-7-30", "counterparts", "mnuchin", "--at", "2019-7-30");
		bad("empty date", 2, "date", "hawks", "--at", "");
		bad("five-digit year", 2, "99999-01-01", "hawks", "--at", "99999-01-01");
		bad("a word as date", 2, "tomorrow", "person", "Liu He", "--as-of", "tomorrow");
		bad("injection as date", 2, "2019-07-30' OR 1=1", "timeline", "--from", "2019-07-30' OR 1=1");
		bad("reversed channel range", 2, "--from 2020-01-01 is after --to 2019-01-01", "channels", "--from", "2020-01-01", "--to", "2019-01-01");
		bad("reversed timeline range", 2, "--from 2025-01-01 is after --to 2018-01-01", "timeline", "--from", "2025-01-01", "--to", "2018-01-01");

		// names: unknown, ambiguous, empty, long, Unicode, quotes, backticks, injection
		bad("unknown post", 1, "no post", "who", "Minister of Fun");
		bad("misspelled person", 1, "Mnuchn", "roles", "Mnuchn");
		bad("ambiguous person", 1, "ambiguous", "person", "Li");
		bad("unknown second person", 1, "Nobody Here", "path", "Mnuchin", "Nobody Here");
		bad("empty person", 1, "no person given", "roles", "");
		bad("blank person", 1, "no person given", "stance", "   ");
		bad("very long name", 1, "Mnuchin", "stance", longName);
		bad("Unicode post", 1, "刘鹤办公室", "who", "刘鹤办公室");
		bad("apostrophe", 1, "O'Brien", "roles", "O'Brien");
		bad("double quotes", 1, "\"Lighthizer\"", "roles", "\"Lighthizer\"");
		bad("backticks", 1, "`Person`", "roles", "`Person`");
		bad("semicolon", 1, "Mnuchin; MATCH (n) DETACH DELETE n", "person", "Mnuchin; MATCH (n) DETACH DELETE n");
		bad("line comment", 1, "// Ross", "counterparts", "// Ross");
		bad("injection in person", 1, injection, "roles", injection);
		bad("injection in post", 1, "treasury' OR 1=1 //", "who", "treasury' OR 1=1 //");
		bad("injection in event", 1, injection, "delegation", injection);
		bad("injection in fact id", 1, injection, "evidence", injection);
		bad("injection in topic", 1, injection, "timeline", injection);
		bad("injection in side", 1, injection, "hawks", "--side", injection);
		bad("injection in issue", 1, injection, "hawks", "--issue", injection);
		bad("injection in between", 1, injection, "channels", "--between", injection);
		bad("unknown side", 1, "Atlantis", "hawks", "--side", "Atlantis");
		bad("unknown fact", 1, "no-such-fact", "evidence", "no-such-fact");
		bad("newline in a name", 1, "Mnuchin", "roles", "Mnuchin\nMATCH (n) DETACH DELETE n");

		// ad-hoc Cypher and parameters
		bad("write without --write", 1, "read-only", "cypher", "MATCH (n) DETACH DELETE n");
		bad("schema change without --write", 1, "read-only", "cypher", "DROP CONSTRAINT person_id IF EXISTS");
		bad("two statements", 1, "exactly one statement", "cypher", "RETURN 1; MATCH (n) DETACH DELETE n");
		bad("syntax error", 1, "Invalid input", "cypher", "MATCH (n RETURN n");
		bad("missing parameter", 1, "missing", "cypher", "RETURN $missing");
		bad("malformed parameter", 2, "NAME=VALUE", "cypher", "RETURN 1", "--param", "oops");
		bad("parameter of wrong type", 2, "abc", "cypher", "RETURN $n", "--param", "n:integer=abc");
		bad("unknown parameter type", 2, "money", "cypher", "RETURN $n", "--param", "n:money=5");
		bad("runaway result", 1, "more than 500000 rows", "cypher", "UNWIND range(1, 10000000000) AS i RETURN i");
		bad("unknown session type", 2, "integerx", "param", "set", "n", "5", "--type", "integerx");
		bad("session name with a space", 2, "bad name", "param", "set", "bad name", "5");

		// channels between sides (issue 17)
		bad("one side only", 2, "at least two different sides", "channels", "--sides", "US");
		bad("the same side twice", 2, "at least two different sides", "channels", "--sides", "US,United States");
		bad("an empty side", 2, "--sides", "channels", "--sides", "US,,CN");
		bad("an unknown side", 1, "Atlantis", "channels", "--sides", "US,Atlantis");

		// saved reports
		bad("unknown report", 1, "no report named 'no-such-report'", "report", "run", "no-such-report");
		bad("report date not a date", 2, "notadate", "report", "run", "who", "--param", "at=notadate");
		bad("report integer not a number", 2, "lots", "report", "run", "labels", "--param", "min=lots");
		bad("report integer overflow", 2, "99999999999999999999", "report", "run", "find", "--param", "limit=99999999999999999999");
		bad("report unknown parameter", 2, "nosuch", "report", "run", "labels", "--param", "nosuch=1");
		bad("report parameter without value", 2, "at", "report", "run", "holders", "--param", "at");
		bad("report choice not allowed", 2, "fortnight", "report", "run", "channels", "--param", "by=fortnight`) DETACH DELETE n //");
		Path reports = Files.createDirectories(files.resolve("reports"));
		Files.writeString(reports.resolve("broken-type.cypher"), "// title: Broken\n// param: when moment = now\nRETURN $when\n");
		Files.writeString(reports.resolve("broken-query.cypher"), "// title: Broken query\n\nMATCH (n RETURN n\n");
		bad("report header with an unknown type", 1, "broken-type.cypher:2", "report", "run", "broken-type", "--reports", reports.toString());
		bad("report query that does not parse", 1, "broken-query.cypher:3", "report", "run", "broken-query", "--reports", reports.toString());

		// output
		bad("unknown format", 2, "xml", "hawks", "--format", "xml");
		bad("unknown period", 2, "fortnight", "channels", "--by", "fortnight");
		bad("output into a missing directory", 1, "/no/such/dir/out.csv", "who", "Treasury Secretary", "--out", "/no/such/dir/out.csv");

		// seed scripts
		Path brokenSeed = Files.createDirectories(files.resolve("seed-syntax"));
		Files.writeString(brokenSeed.resolve("00_ok.cypher"), "MERGE (c:Country {id: 'ZZ'}) SET c.name = 'Zedland';\n");
		Files.writeString(brokenSeed.resolve("01_broken.cypher"), "MERGE (c:Country {id: 'ZY'});\n\nMERGE (c:Country {id: 'ZX', name: 'unterminated});\n");
		badWith(List.of("--parley.seed-dir=" + brokenSeed), "seed script that does not split", 1, "01_broken.cypher:3", "seed", "load");
		Path failingSeed = Files.createDirectories(files.resolve("seed-runtime"));
		Files.writeString(failingSeed.resolve("00_ok.cypher"), "MERGE (c:Country {id: 'ZZ'}) SET c.name = 'Zedland';\n");
		Files.writeString(failingSeed.resolve("01_fails.cypher"), "MERGE (c:Country {id: 'ZY'});\nMERGE (c:Country {id: 'ZW'}) SET c.rank = 1 / 0;\n");
		badWith(List.of("--parley.seed-dir=" + failingSeed), "seed script failing at run time", 1, "01_fails.cypher:2", "seed", "load");
		Path duplicateSeed = Files.createDirectories(files.resolve("seed-duplicate"));
		Files.writeString(duplicateSeed.resolve("00_dup.cypher"), "CREATE (:Person {id: 'steven-mnuchin', name: 'Another'});\n");
		badWith(List.of("--parley.seed-dir=" + duplicateSeed), "seed script breaking a uniqueness rule", 1, "00_dup.cypher:1", "seed", "load");
		// bulk loads: a malformed file anywhere fails the load before anything is written
		Path badScore = network("net-bad-score", "stances.csv", lines -> {
			String[] fields = lines.get(lines.size() - 1).split(",");
			fields[3] = "very hawkish";
			lines.set(lines.size() - 1, String.join(",", fields));
		});
		String badLine = "stances.csv:" + Files.readAllLines(badScore.resolve("stances.csv")).size()
				+ ": column score: 'very hawkish' is not a float";
		bad("bulk load with a bad number in its last file", 1, badLine, "load", badScore.toString());
		bad("LOAD CSV with a bad number in its last file", 1, badLine, "load", badScore.toString(), "--via", "load-csv");
		Path badDate = network("net-bad-date", "events.csv",
				lines -> lines.set(2, lines.get(2).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2019-02-30,")));
		bad("bulk load with an impossible date", 1, "events.csv:3: column date: '2019-02-30' is not a date", "load", badDate.toString());
		Path noColumn = network("net-no-column", "people.csv", lines -> lines.set(0, lines.get(0).replace("side", "country")));
		bad("bulk load with a missing column", 1, "people.csv:1: no column 'side' in the header", "load", noColumn.toString());
		Path missingFile = network("net-missing-file", "topics.csv", List::clear);
		Files.delete(missingFile.resolve("topics.csv"));
		bad("bulk load without one of its files", 1, "topics.csv", "load", missingFile.toString());

		bad("missing command file", 1, "does not exist", "--file", files.resolve("no-such-script.txt").toString());

		// curation: every write needs valid names, dates, vocabularies and a source, or writes nothing
		String article = "000_4f605919d46dec3e";
		bad("tenure ending before it starts", 1, "a tenure cannot end before it starts", "appoint", "Mnuchin",
				"Treasury Secretary", "--from", "2025-01-01", "--to", "2024-01-01", "--source", article);
		bad("appoint an unknown person", 1, "no person named 'Mnuchn'", "appoint", "Mnuchn", "Treasury Secretary",
				"--from", "2025-01-01", "--source", article);
		bad("assess an ambiguous person", 1, "'Li' is ambiguous", "assess", "Li", "--stance", "hawk", "--issue",
				"tariffs", "--from", "2025-01-01", "--source", article, "--by", "Reuters");
		bad("write without a source", 2, "missing option '--source'", "add", "person", "Jane Roe", "--side", "US");
		bad("unknown source id", 1, "no source with id 'no-such-source'", "add", "person", "Jane Roe", "--side", "US",
				"--source", "no-such-source");
		bad("unknown channel", 2, "telegram", "add", "event", "--channel", "telegram", "--date", "2025-01-01",
				"--participants", "Mnuchin, Liu He", "--source", article);
		bad("injection in participants", 1, "no person or organization named", "add", "event", "--channel",
				"phone-call", "--date", "2025-01-01", "--participants", "Mnuchin, x') DETACH DELETE n //", "--source", article);
		bad("stance out of range", 2, "hawkish", "assess", "Mnuchin", "--stance", "hawkish", "--issue", "tariffs",
				"--from", "2025-01-01", "--source", article);
		bad("duplicate alias", 1, "duplicate alias", "alias", "Wilbur Ross", "Wibur Ross");
		bad("merge a person into itself", 1, "into itself", "merge", "Liu He", "Liu He");
		bad("retract an unknown fact", 1, "no event, tenure or stance with id", "retract", "x' OR 1=1 //", "--reason", "test");
		Path plainFile = Files.writeString(files.resolve("plain-file"), "not a directory\n");
		bad("export under a file", 1, plainFile.toString(), "export", "seed", "--out", plainFile.resolve("curated.cypher").toString());

		// usage
		bad("missing argument", 2, "POST", "who");
		bad("missing option value", 2, "--at", "who", "treasury", "--at");
		bad("unknown option", 2, "--bogus", "who", "treasury", "--bogus");
		bad("repeated option", 2, "--at", "who", "treasury", "--at", "2019-07-30", "--at", "2019-07-31");
		bad("one person for path", 2, "PERSON", "path", "Mnuchin");
		bad("reset without --yes", 2, "--yes", "seed", "reset");
		bad("restore without a directory", 2, "DIR", "restore");
		bad("backup without --out", 2, "--out", "backup");
		bad("unknown command", 2, "unknown command 'stauts'", "stauts");
		bad("backup over a file", 1, "will not overwrite", "backup", "--out", SEED_DIR.toAbsolutePath().toString());

		assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
		assertThat(cases.stream().map(Case::name).distinct().count()).isEqualTo(cases.size());
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
	}

	/** A small generated network in a new directory, one of its files edited line by line. */
	private static Path network(String name, String file, java.util.function.Consumer<List<String>> edit) throws IOException {
		Path dir = files.resolve(name);
		SyntheticNetwork.write(60, 400, 2, 1, dir);
		List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
		edit.accept(lines);
		Files.write(dir.resolve(file), lines);
		return dir;
	}

	private static void check(Case c) {
		var before = counts();
		var result = Cli.run(c.settings(), c.command().toArray(String[]::new));
		assertThat(result.code()).as("exit code of %s\n%s", c, result).isEqualTo(c.exit());
		assertThat(result.out()).as("stdout of %s", c).isEmpty();
		var lines = result.err().lines().toList();
		assertThat(lines).as("stderr of %s", c).isNotEmpty();
		assertThat(lines.get(0)).as("error of %s", c).contains(c.message());
		assertThat(lines.size()).as("one line (and a usage line) for %s:\n%s", c, result.err()).isLessThanOrEqualTo(c.exit() == 2 ? 2 : 1);
		if (lines.size() == 2) {
			assertThat(lines.get(1)).startsWith("usage: ");
		}
		assertThat(result.err()).as("no stack trace for %s", c).doesNotContain("\tat ").doesNotContain("Exception");
		assertThat(counts()).as("graph unchanged by %s", c).isEqualTo(before);
	}

	private static Map<String, Object> counts() {
		return query("""
				MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS nodeProperties
				MATCH ()-[r]->() RETURN nodes, nodeProperties, count(r) AS relationships, sum(size(keys(r))) AS relProperties
				""").get(0);
	}
}
