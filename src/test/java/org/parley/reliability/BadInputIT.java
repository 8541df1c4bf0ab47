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

		// beyond the list: names of another kind, names that are ids, duplicate and oversized names, odd ids for
		// every question, option repetition, bounds of the scale commands, command files, procedures and comments
		String art = "000_4f605919d46dec3e";
		String tooLong = "A".repeat(300);
		bad("new person named like another's id", 1, "'steven-mnuchin' already names Steven Mnuchin (steven-mnuchin)",
				"add", "person", "steven-mnuchin", "--side", "US", "--source", art);
		bad("new person named like an existing person", 1, "'Liu He' already names Liu He (liu-he)", "add", "person",
				"Liu He", "--side", "CN", "--source", art);
		bad("new post named like another post's alias", 1, "'Treasury Secretary' already names Secretary of the Treasury",
				"add", "post", "Treasury Secretary", "--org", "us-treasury", "--source", art);
		bad("new person with a name too long to look up", 1, "a person name of 300 characters is too long", "add",
				"person", tooLong, "--side", "US", "--source", art);
		bad("new person with an alias too long to look up", 1, "a person alias of 300 characters is too long", "add",
				"person", "Jane Roe", "--side", "US", "--alias", tooLong, "--source", art);
		bad("alias too long to look up", 1, "a person alias of 300 characters is too long", "alias", "Liu He", tooLong);
		bad("new person with its side twice", 2, "'--side' is given twice", "add", "person", "Jane Roe", "--side", "US",
				"--side", "CN", "--source", art);
		bad("new person of an unknown side", 1, "no side named 'Atlantis'", "add", "person", "Jane Roe", "--side",
				"Atlantis", "--source", art);
		bad("new person with an empty alias", 1, "an alias cannot be empty", "add", "person", "Jane Roe", "--side", "US",
				"--alias", " ", "--source", art);
		bad("new post in an unknown organization", 1, "no organization named 'Nowhere Org'", "add", "post", "Chief",
				"--org", "Nowhere Org", "--source", art);
		bad("new post in a person", 1, "no organization named 'Steven Mnuchin'", "add", "post", "Chief", "--org",
				"Steven Mnuchin", "--source", art);
		bad("new source published on an impossible day", 2, "2019-02-30", "add", "source", "--title", "T", "--outlet",
				"Xinhua", "--published", "2019-02-30");
		bad("new source of an empty outlet", 1, "no organization given", "add", "source", "--title", "T", "--outlet",
				" ", "--published", "2019-01-01");
		bad("appoint a post to a post", 1, "no person named 'Treasury Secretary'", "appoint", "Treasury Secretary",
				"Treasury Secretary", "--from", "2025-01-01", "--source", art);
		bad("appoint citing two sources", 2, "'--source' is given twice", "appoint", "Steven Mnuchin", "Trade Rep",
				"--from", "2025-01-01", "--source", art, "--source", art);
		bad("end a tenure that is over", 1, "has no open tenure", "end-tenure", "Steven Mnuchin", "Treasury Secretary",
				"--on", "2020-01-01", "--source", art);
		bad("event of commas only", 2, "--participants needs at least one name", "add", "event", "--channel",
				"phone-call", "--date", "2025-01-01", "--participants", " , ,", "--source", art);
		bad("event with a topic as participant", 1, "no person or organization named 'tariffs'", "add", "event",
				"--channel", "phone-call", "--date", "2025-01-01", "--participants", "tariffs", "--source", art);
		bad("event at a person", 1, "no place named 'Steven Mnuchin'", "add", "event", "--channel", "phone-call",
				"--date", "2025-01-01", "--participants", "Liu He", "--place", "Steven Mnuchin", "--source", art);
		bad("event about a person", 1, "no topic named 'Steven Mnuchin'", "add", "event", "--channel", "phone-call",
				"--date", "2025-01-01", "--participants", "Liu He", "--topic", "Steven Mnuchin", "--source", art);
		bad("event of an unknown precision", 2, "week", "add", "event", "--channel", "phone-call", "--date",
				"2025-01-01", "--precision", "week", "--participants", "Liu He", "--source", art);
		bad("event of an unknown status", 2, "maybe", "add", "event", "--channel", "phone-call", "--date",
				"2025-01-01", "--status", "maybe", "--participants", "Liu He", "--source", art);
		bad("stance above hawk", 2, "1.5", "assess", "Liu He", "--stance", "1.5", "--issue", "tariffs", "--from",
				"2025-01-01", "--source", art);
		bad("stance not a number", 2, "NaN", "assess", "Liu He", "--stance", "NaN", "--issue", "tariffs", "--from",
				"2025-01-01", "--source", art);
		bad("stance by two assessors", 2, "'--by' is given twice", "assess", "Liu He", "--stance", "hawk", "--issue",
				"tariffs", "--from", "2025-01-01", "--source", art, "--by", "Xinhua", "--by", "Reuters");
		bad("stance on a person", 1, "no topic named 'Steven Mnuchin'", "assess", "Liu He", "--stance", "hawk",
				"--issue", "Steven Mnuchin", "--from", "2025-01-01", "--source", art);
		bad("alias for a post", 1, "no person named 'Treasury Secretary'", "alias", "Treasury Secretary", "Treasurer");
		bad("merge a post into a person", 1, "no person named 'Treasury Secretary'", "merge", "Steven Mnuchin",
				"Treasury Secretary");
		bad("retract a person", 1, "no event, tenure or stance with id 'steven-mnuchin'", "retract", "steven-mnuchin",
				"--reason", "test");
		bad("retract without a reason", 1, "give a reason", "retract", "call-mnuchin-liu-2018-11-09", "--reason", " ");
		bad("evidence of a post", 1, "no event, person, organization or place named 'us-treasury-secretary'",
				"evidence", "us-treasury-secretary");
		bad("evidence of a source", 1, "named '" + art + "'", "evidence", art);
		bad("delegation of a person", 1, "no event named 'steven-mnuchin'", "delegation", "steven-mnuchin");
		bad("delegation of a word in many titles", 1, "'round' is ambiguous", "delegation", "round");
		bad("path to a post", 1, "no person named 'Treasury Secretary'", "path", "Steven Mnuchin", "Treasury Secretary");
		bad("profile as csv", 2, "person prints a profile", "person", "Liu He", "--format", "csv");
		bad("hawks of a person's side", 1, "no side named 'steven-mnuchin'", "hawks", "--side", "steven-mnuchin");
		bad("hawks on a person", 1, "no topic named 'Steven Mnuchin'", "hawks", "--issue", "Steven Mnuchin");
		bad("counterparts of a post", 1, "no person named 'Treasury Secretary'", "counterparts", "Treasury Secretary");
		bad("timeline of two subjects", 2, "unexpected argument", "timeline", "Liu He", "tariffs");
		bad("timeline with another command's option", 2, "unknown option '--by' for 'timeline'", "timeline", "--by", "month");
		bad("channels --and without --between", 2, "--and needs --between", "channels", "--and", "Liu He");
		bad("channels between a topic", 1, "no person named 'tariffs'", "channels", "--between", "tariffs");
		bad("report name that is a path", 1, "no report named '../../etc/passwd'", "report", "show", "../../etc/passwd");
		bad("reports directory that is a file", 1, "is not a directory", "report", "list", "--reports",
				SEED_DIR.resolve("00_reference.cypher").toAbsolutePath().toString());
		bad("report format twice", 2, "'--format' is given twice", "report", "run", "labels", "--format", "csv",
				"--format", "json");
		bad("session list with one bracket", 2, "both brackets or none", "param", "set", "ids", "[a, b", "--type", "list");
		bad("session list of lists", 2, "list<list<integer>>", "param", "set", "ids", "1", "--type", "list<list<integer>>");
		bad("session name in backticks", 2, "'`x`' is not a parameter name", "param", "set", "`x`", "1");
		bad("query of comments only", 2, "the query is empty (only comments)", "cypher", "// MATCH (n) DETACH DELETE n");
		bad("unknown procedure", 1, "no procedure with the name `apoc.help`", "cypher", "CALL apoc.help('x')");
		bad("write procedure without --write", 1, "read-only", "cypher", "CALL db.createLabel('Evil')");
		bad("profile of a write", 1, "read-only", "cypher", "PROFILE MATCH (n) DETACH DELETE n");
		bad("writes in transactions without --write", 1, "read-only", "cypher", "CALL { CREATE (:Evil) } IN TRANSACTIONS");
		bad("administration command", 1, "CREATE DATABASE", "cypher", "CREATE DATABASE evil");
		bad("full-text query that does not parse", 1, "Failed to invoke procedure", "cypher",
				"CALL db.index.fulltext.queryNodes('parley_names', 'x~~((') YIELD node RETURN node");
		bad("query with --write twice", 2, "'--write' is given twice", "cypher", "RETURN 1", "--write", "--write");
		bad("generate on no threads", 2, "invalid value '0' for --threads", "generate", "--threads", "0");
		bad("load on too many threads", 2, "expected 1 to 64", "load", SEED_DIR.toAbsolutePath().toString(),
				"--threads", "100000");
		bad("load in batches of nothing", 2, "invalid value '0' for --batch", "load", SEED_DIR.toAbsolutePath().toString(),
				"--batch", "0");
		bad("load a file", 2, "load needs a directory", "load", SEED_DIR.resolve("00_reference.cypher").toAbsolutePath().toString());
		bad("load by an unknown path", 2, "--via must be loader or load-csv", "load", SEED_DIR.toAbsolutePath().toString(),
				"--via", "magic");
		bad("unload without --yes", 2, "add --yes", "unload");
		bad("unload --yes twice", 2, "'--yes' is given twice", "unload", "--yes", "--yes");
		bad("bench of an impossible size", 2, "invalid size", "bench", "--interactions", "1");
		bad("seed load with an argument", 2, "unexpected argument 'extra'", "seed", "load", "extra");
		Path seedId = network("net-seed-id", "people.csv", lines -> lines.set(lines.size() - 1,
				lines.get(lines.size() - 1).replaceFirst("^[^,]+,", "steven-mnuchin,")));
		String seedIdLine = "people.csv:" + Files.readAllLines(seedId.resolve("people.csv")).size()
				+ ": id 'steven-mnuchin' is already a Person in the graph";
		bad("bulk load of a seed id", 1, seedIdLine, "load", seedId.toString());
		bad("LOAD CSV of a seed id", 1, seedIdLine, "load", seedId.toString(), "--via", "load-csv");
		Path hostileReports = Files.createDirectories(files.resolve("hostile-reports"));
		Files.writeString(hostileReports.resolve("labels.cypher"), "// title: Nodes per label\nMATCH (n) DETACH DELETE n\n");
		Files.writeString(hostileReports.resolve("undeclared.cypher"), "// title: Undeclared\nRETURN $secret AS s\n");
		bad("saved report that writes, in place of a packaged one", 1, "reports are read-only", "report", "run", "labels",
				"--reports", hostileReports.toString());
		bad("saved report with an undeclared parameter", 1, "does not declare", "report", "run", "undeclared",
				"--reports", hostileReports.toString());
		Path nested = Files.writeString(files.resolve("nested.txt"), "# a script that runs a script\n--file nested.txt\n");
		bad("command file naming --file", 2, "nested.txt:2: unknown command '--file", "--file", nested.toString());
		Path hugeLine = Files.writeString(files.resolve("huge-line.txt"), "roles " + "x".repeat(200_000) + "\n");
		bad("command file with a huge line", 1, "huge-line.txt:1: a person name of 200000 characters is too long",
				"--file", hugeLine.toString());
		bad("command file that is a directory", 1, "cannot read", "--file", files.toString());
		bad("command file and a command", 2, "usage: parley --file FILE", "--file", nested.toString(), "status");

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

		assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
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
