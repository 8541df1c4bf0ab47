package org.parley.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report list|show|run} one-shot, in-process against the test database: output, files and exit codes. */
class ReportCommandsIT extends GraphTestBase {

	private static final String WHO_HELD = """
			// title: Who held a post on a date
			// description: The people of one side holding a post on a day.
			// param: post string = 'us-treasury-secretary'  -- id, name or alias of the post
			// param: at date = today  -- the date to ask about
			// param: side string = US in [US, CN]
			// example: report run who-held --param post=USTR --param at=2019-07-30
			MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
			WHERE (post.id = $post OR post.name = $post OR $post IN coalesce(post.aliases, []))
			  AND p.side = $side
			  AND t.start <= $at AND (t.end IS NULL OR t.end >= $at)
			RETURN p.name AS person, post.name AS post, t.start AS since, t.end AS until
			ORDER BY since
			""";

	@TempDir
	Path home;

	private Path reports;

	private List<String> settings;

	@BeforeEach
	void settings() throws IOException {
		reports = Files.createDirectories(home.resolve("reports"));
		Files.writeString(reports.resolve("who-held.cypher"), WHO_HELD);
		settings = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.home=" + home);
	}

	private Cli.Result run(String... command) {
		return Cli.run(settings, command);
	}

	private static void tenures() {
		graph().write("""
				UNWIND $rows AS row
				MERGE (p:Person {id: row.person}) SET p.name = row.name, p.side = row.side
				MERGE (post:Post {id: row.post}) SET post.name = row.postName, post.aliases = row.aliases
				CREATE (p)-[:HELD]->(t:Tenure {id: row.person + '@' + row.post, start: date(row.start),
				        end: CASE WHEN row.end IS NULL THEN null ELSE date(row.end) END})-[:OF_POST]->(post)
				""", Map.of("rows", List.of(
				Map.of("person", "steven-mnuchin", "name", "Steven Mnuchin", "side", "US", "post", "us-treasury-secretary",
						"postName", "Secretary of the Treasury", "aliases", List.of(), "start", "2017-02-13", "end", "2021-01-20"),
				Map.of("person", "janet-yellen", "name", "Janet Yellen", "side", "US", "post", "us-treasury-secretary",
						"postName", "Secretary of the Treasury", "aliases", List.of(), "start", "2021-01-26"),
				Map.of("person", "robert-lighthizer", "name", "Robert Lighthizer", "side", "US", "post", "ustr",
						"postName", "United States Trade Representative", "aliases", List.of("USTR"), "start", "2017-05-15",
						"end", "2021-01-20"),
				Map.of("person", "liu-he", "name", "Liu He", "side", "CN", "post", "cn-vice-premier",
						"postName", "Vice Premier", "aliases", List.of(), "start", "2018-03-19", "end", "2023-03-12"))),
				r -> r);
	}

	@Test
	void runPrintsAnAlignedTableWithTheRowCountAndTime() {
		tenures();
		var result = run("report", "run", "who-held", "--param", "post=USTR", "--param", "at=2019-07-30");
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.err()).isEmpty();
		assertThat(result.out().replaceAll("in \\d+ ms", "in X ms")).isEqualTo("""
				person             post                                since       until
				-----------------  ----------------------------------  ----------  ----------
				Robert Lighthizer  United States Trade Representative  2017-05-15  2021-01-20

				1 row in X ms
				""");
	}

	@Test
	void parametersAreConvertedCheckedAndDefaulted() {
		tenures();
		assertThat(run("report", "run", "who-held", "--param", "at=2019-07-30", "--format", "csv").out())
			.as("defaults post and side")
			.isEqualTo("person,post,since,until\r\nSteven Mnuchin,Secretary of the Treasury,2017-02-13,2021-01-20\r\n");
		assertThat(run("report", "run", "who-held", "--format", "csv").out()).as("at defaults to today")
			.contains("Janet Yellen").doesNotContain("Mnuchin");
		assertThat(run("report", "run", "who-held", "--param", "side=cn", "--param", "post=Vice Premier", "--param",
				"at=2019-07-30", "--format", "csv").out()).contains("Liu He");
		assertThat(run("report", "run", "who-held", "--param", "post=' OR 1=1 //", "--param", "at=2019-07-30",
				"--format", "csv").out()).as("a value is only ever a parameter").isEqualTo("person,post,since,until\r\n");
	}

	@Test
	void badUnknownAndMissingParametersAreUsageErrorsNamingWhatIsExpected() throws IOException {
		var bad = run("report", "run", "who-held", "--param", "at=2019-13-45");
		assertThat(bad.code()).isEqualTo(2);
		assertThat(bad.out()).isEmpty();
		assertThat(bad.err()).isEqualTo("parley: invalid value '2019-13-45' for parameter 'at' of report 'who-held': "
				+ "expected a date as YYYY-MM-DD, e.g. 2019-07-30, or today\n"
				+ "usage: report run who-held [--param post=STRING] [--param at=DATE] [--param side=STRING]\n");

		var notAllowed = run("report", "run", "who-held", "--param", "side=JP");
		assertThat(notAllowed.code()).isEqualTo(2);
		assertThat(notAllowed.err()).startsWith("parley: invalid value 'JP' for parameter 'side' of report 'who-held': "
				+ "expected one of US, CN\n");

		var unknown = run("report", "run", "who-held", "--param", "date=2019-07-30");
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err()).startsWith("parley: unknown parameter 'date' for report 'who-held'; expected: post "
				+ "(string, default 'us-treasury-secretary'), at (date, default today), side (string, default US, one of US, CN)\n");

		Files.writeString(reports.resolve("needs.cypher"), "// title: Needs\n// param: who string\n// param: n integer = 1\nRETURN $who, $n\n");
		var missing = run("report", "run", "needs");
		assertThat(missing.code()).isEqualTo(2);
		assertThat(missing.err()).isEqualTo("parley: missing parameter who for report 'needs'; expected: who (string, "
				+ "required), n (integer, default 1)\n" + "usage: report run needs --param who=STRING [--param n=INTEGER]\n");

		var malformed = run("report", "run", "needs", "--param", "who");
		assertThat(malformed.code()).isEqualTo(2);
		assertThat(malformed.err()).startsWith("parley: invalid --param 'who': expected NAME=VALUE\n");
	}

	@Test
	void csvOnStdoutIsACleanFileThatParsesBackToTheGraphsValues() throws IOException {
		loadSeed();
		var result = run("report", "run", "labels", "--format", "csv");
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.err()).isEmpty();
		List<Map<String, Object>> expected = query("""
				MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS nodes
				WHERE NOT label STARTS WITH '__' RETURN label, nodes ORDER BY nodes DESC, label""");
		try (var parser = CSVParser.parse(new StringReader(result.out()), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getHeaderNames()).containsExactly("label", "nodes");
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).extracting(r -> r.get("label")).containsExactlyElementsOf(expected.stream().map(m -> (String) m.get("label")).toList());
			assertThat(records).extracting(r -> Long.parseLong(r.get("nodes"))).containsExactlyElementsOf(expected.stream().map(m -> (Long) m.get("nodes")).toList());
			assertThat(records).extracting(r -> r.get("label")).contains("Country", "SeedFile").doesNotContain("__Neo4jMigration");
		}
	}

	@Test
	void jsonIsAnArrayOfObjectsWithNodesAndIsoDates() throws IOException {
		tenures();
		var result = run("report", "run", "who-held", "--param", "at=2019-07-30", "--format", "json");
		assertThat(result.code()).as(result.toString()).isZero();
		List<Map<String, Object>> rows = new ObjectMapper().readValue(result.out(), new TypeReference<>() {
		});
		assertThat(rows).containsExactly(Map.of("person", "Steven Mnuchin", "post", "Secretary of the Treasury",
				"since", "2017-02-13", "until", "2021-01-20"));

		twoCountries();
		var found = run("report", "run", "find", "--param", "text=chin", "--format", "json");
		List<Map<String, Object>> nodes = new ObjectMapper().readValue(found.out(), new TypeReference<>() {
		});
		assertThat(nodes).singleElement().satisfies(row -> {
			assertThat(row.get("name")).isEqualTo("China");
			assertThat(row.get("labels")).isEqualTo(List.of("Country"));
			assertThat(row.get("node")).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("labels", List.of("Country"))
				.hasEntrySatisfying("properties", properties -> assertThat(properties)
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
					.containsEntry("id", "CN").containsEntry("name", "China"))
				.containsKey("elementId");
		});
	}

	@Test
	void outWritesTheFileAndSaysSo() throws IOException {
		tenures();
		Path out = home.resolve("who.md");
		var result = run("report", "run", "who-held", "--param", "at=2019-07-30", "--format", "markdown", "--out", out.toString());
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out()).as("stdout stays the data or nothing").isEmpty();
		assertThat(result.err()).isEqualTo("1 row written to " + out + " (markdown)\n");
		assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("""
				| person | post | since | until |
				| --- | --- | --- | --- |
				| Steven Mnuchin | Secretary of the Treasury | 2017-02-13 | 2021-01-20 |
				""");
		var created = run("report", "run", "who-held", "--out", home.resolve("no/such/dir.csv").toString());
		assertThat(created.code()).as("missing directories are created, as export seed does").isZero();
		assertThat(home.resolve("no/such/dir.csv")).content().startsWith("person");
		Files.writeString(home.resolve("plain.txt"), "x");
		var underAFile = run("report", "run", "who-held", "--out", home.resolve("plain.txt/dir.csv").toString());
		assertThat(underAFile.code()).isEqualTo(1);
		assertThat(underAFile.err()).isEqualTo("parley: cannot write " + home.resolve("plain.txt/dir.csv") + ": "
				+ home.resolve("plain.txt") + " is not a directory\n");
	}

	@Test
	void aReportThatWritesIsRejectedAndChangesNothing() throws IOException {
		twoCountries();
		long nodes = count("MATCH (n) RETURN count(n)");
		Files.writeString(reports.resolve("sneaky.cypher"), "// title: Sneaky\nMATCH (c:Country)\nSET c.name = 'changed'\nCREATE (:Country {id: 'XX'})\nRETURN c\n");
		Files.writeString(reports.resolve("wipe.cypher"), "// title: Wipe\nMATCH (n) DETACH DELETE n\n");
		for (String name : List.of("sneaky", "wipe")) {
			var result = run("report", "run", name);
			assertThat(result.code()).as(result.toString()).isEqualTo(1);
			assertThat(result.out()).isEmpty();
			assertThat(result.err()).isEqualTo("parley: report '" + name + "' writes to the graph, but reports are "
					+ "read-only: writes are rejected and nothing was changed\n");
		}
		// an analyst's file under a packaged report's name is theirs, planned and checked like any other (the packaged
		// reports are checked by the build instead): a read the database would run, but not a plain read of the graph
		Files.writeString(reports.resolve("labels.cypher"), "// title: Labels\nLOAD CSV FROM 'file:///x.csv' AS row RETURN row\n");
		var loadCsv = run("report", "run", "labels");
		assertThat(loadCsv.code()).as(loadCsv.toString()).isEqualTo(1);
		assertThat(loadCsv.out()).isEmpty();
		assertThat(loadCsv.err()).startsWith("parley: ").endsWith("labels.cypher: the query reads a file or URL with LOAD CSV,"
				+ " but reports are read-only: they run only plain reads of the graph, so nothing was run\n");
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH (c:Country) WHERE c.name = 'changed' RETURN count(c)")).isZero();
	}

	@Test
	void listShowsEachReportsSourceAndWhatItOverrides() throws IOException {
		Files.writeString(reports.resolve("labels.cypher"), "// title: My own labels\nRETURN 1 AS one\n");
		Files.writeString(reports.resolve("broken.cypher"), "// title: Broken\n// param: at dat\nRETURN $at\n");
		var result = run("report", "list");
		assertThat(result.code()).as(result.toString()).isZero();
		long shipped;
		try (var files = Files.list(Path.of("cypher"))) {
			shipped = files.filter(f -> f.toString().endsWith(".cypher")).count();
		}
		// every shipped report is listed (see ReportCatalogIT); these are the lines about sources and overrides
		assertThat(result.out()).startsWith("""
				name             title                parameters            source
				---------------  -------------------  --------------------  --------------------
				broken           (broken, see below)                        reports
				""")
			.contains("""
				find             Find nodes by label  label, text, limit    cypher/
				                 and text
				""")
			.contains("""
				labels           My own labels                              reports (overrides
				                                                            cypher/)
				""")
			.contains("""
				seed-files       Seed files loaded    since                 cypher/
				""")
			.contains("""
				who-held         Who held a post on   post, at, side        reports
				                 a date
				""")
			.contains("""

				broken: %s:2: parameter 'at' has an unknown type 'dat' (expected string, integer, float, boolean, date, datetime, person, post, topic, event, side, list, or list<TYPE>)

				%d reports; a later source overrides an earlier one of the same name:
				  packaged  in parley.jar
				  cypher/   %s
				  reports   %s
				""".formatted(reports.resolve("broken.cypher"), shipped + 2, Path.of("cypher").toAbsolutePath(), reports));
		assertThat(result.out().lines().filter(line -> !line.startsWith("broken:")))
			.allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

		var own = run("report", "run", "labels", "--format", "csv");
		assertThat(own.out()).isEqualTo("one\r\n1\r\n");
		var broken = run("report", "run", "broken");
		assertThat(broken.code()).isEqualTo(1);
		assertThat(broken.err()).startsWith("parley: " + reports.resolve("broken.cypher") + ":2: parameter 'at' has an unknown type 'dat'");
	}

	@Test
	void reportsOptionReplacesTheHomeDirectory(@TempDir Path other) throws IOException {
		Files.writeString(other.resolve("labels.cypher"), "// title: Other labels\nRETURN 2 AS two\n");
		var list = run("report", "list", "--reports", other.toString());
		assertThat(list.out()).contains("Other labels").doesNotContain("who-held");
		assertThat(run("report", "run", "labels", "--reports", other.toString(), "--format", "csv").out()).isEqualTo("two\r\n2\r\n");
		var missing = run("report", "list", "--reports", other.resolve("missing").toString());
		assertThat(missing.code()).isEqualTo(1);
		assertThat(missing.err()).isEqualTo("parley: reports directory " + other.resolve("missing") + " does not exist\n");
	}

	@Test
	void showPrintsTheHeaderParametersAndQuery() {
		var result = run("report", "show", "who-held");
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out()).isEqualTo("""
				who-held: Who held a post on a date
				File:        %s
				Description: The people of one side holding a post on a day.
				Parameters:
				  post (string, default 'us-treasury-secretary')  -- id, name or alias of the post
				  at (date, default today)  -- the date to ask about
				  side (string, default US, one of US, CN)
				Usage:       report run who-held [--param post=STRING] [--param at=DATE] [--param side=STRING]
				Example:     report run who-held --param post=USTR --param at=2019-07-30

				MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
				WHERE (post.id = $post OR post.name = $post OR $post IN coalesce(post.aliases, []))
				  AND p.side = $side
				  AND t.start <= $at AND (t.end IS NULL OR t.end >= $at)
				RETURN p.name AS person, post.name AS post, t.start AS since, t.end AS until
				ORDER BY since
				""".formatted(reports.resolve("who-held.cypher")));
	}

	@Test
	void exitCodesOfOneShotReportCommands() throws IOException {
		var unknown = run("report", "run", "who-hled");
		assertThat(unknown.code()).isEqualTo(1);
		assertThat(unknown.err()).startsWith("parley: no report named 'who-hled' (did you mean 'who-held'?); run 'report list'");
		var noName = run("report", "run");
		assertThat(noName.code()).isEqualTo(2);
		assertThat(noName.err()).startsWith("parley: missing NAME for 'report run'\nusage: report run NAME [--param PARAM]...");
		var format = run("report", "run", "labels", "--format", "xml");
		assertThat(format.code()).isEqualTo(2);
		assertThat(format.err()).startsWith("parley: invalid value 'xml' for --format: expected one of table, csv, json, markdown, html\n");
		Files.writeString(reports.resolve("typo.cypher"), "// title: Typo\nMATCH (n)\nRETRUN n\n");
		var typo = run("report", "run", "typo");
		assertThat(typo.code()).isEqualTo(1);
		assertThat(typo.err()).startsWith("parley: " + reports.resolve("typo.cypher") + ":3: Invalid input 'RETRUN'");
		assertThat(typo.err().lines()).hasSize(1);
		// a 1 s retry instead of the default 10 s: the retry itself is ExternalOutageIT's
		var unreachable = Cli.run(List.of("--parley.neo4j.uri=bolt://127.0.0.1:9", "--parley.home=" + home,
				"--parley.retry-time=1s"), "report", "run", "labels");
		assertThat(unreachable.code()).isEqualTo(3);
		assertThat(unreachable.out()).isEmpty();
		assertThat(unreachable.err()).as(unreachable.toString())
			.startsWith("The database at bolt://127.0.0.1:9 does not answer; retrying for up to 1 s...\n"
					+ "parley: cannot connect to bolt://127.0.0.1:9 (tried for 1 s): ");
		var listWithoutDatabase = Cli.run(List.of("--parley.neo4j.uri=bolt://127.0.0.1:9", "--parley.home=" + home), "report", "list");
		assertThat(listWithoutDatabase.code()).as("listing needs no database").isZero();
	}

	/** The two sides as bare countries: these tests are about the engine, not the seed graph. */
	private static void twoCountries() {
		graph().autoCommit("MERGE (:Country {id: 'US', name: 'United States'}) MERGE (:Country {id: 'CN', name: 'China'})",
				java.util.Map.of());
	}
}
