package org.parley.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.neo4j.driver.exceptions.Neo4jException;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

/** {@code cypher} and {@code param set|list|clear} one-shot, in-process against the test database. */
class CypherCommandsIT extends GraphTestBase {

	@TempDir
	Path home;

	private List<String> settings;

	@BeforeEach
	void settings() {
		settings = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.home=" + home);
		twoCountries();
	}

	private Cli.Result run(String... command) {
		return Cli.run(settings, command);
	}

	@Test
	void aReadQueryPrintsATableAndCsvOnStdoutIsClean() throws IOException {
		var table = run("cypher", "MATCH (c:Country) RETURN c.id AS id, c.name AS name, c ORDER BY id");
		assertThat(table.code()).as(table.toString()).isZero();
		assertThat(table.err()).isEmpty();
		assertThat(table.out().replaceAll("in \\d+ ms", "in X ms")).isEqualTo("""
				id  name           c
				--  -------------  --------------------------------------------
				CN  China          (:Country {id: "CN", name: "China"})
				US  United States  (:Country {id: "US", name: "United States"})

				2 rows in X ms
				""");
		var csv = run("cypher", "MATCH (c:Country) RETURN c.id AS id, c.name AS name, [c.id, c.name] AS both ORDER BY id",
				"--format", "csv");
		assertThat(csv.err()).isEmpty();
		try (var parser = CSVParser.parse(new StringReader(csv.out()), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getRecords()).extracting(CSVRecord::toList).containsExactly(List.of("CN", "China", "CN, China"),
					List.of("US", "United States", "US, United States"));
		}
	}

	@Test
	void valuesOfEveryKindRenderInJsonAndTable() throws IOException {
		var none = run("cypher", "MATCH (c:Country {id: 'XX'}) RETURN c", "--format", "json");
		assertThat(none.code()).as(none.toString()).isZero();
		assertThat(new ObjectMapper().readValue(none.out(), List.class)).isEmpty();

		graph().write("MATCH (us:Country {id: 'US'}), (cn:Country {id: 'CN'}) CREATE (us)-[:NEGOTIATES_WITH {since: date('2018-05-03')}]->(cn)",
				Map.of(), r -> r);
		var rich = run("cypher", """
				MATCH p = (c:Country {id: 'US'})-[r:NEGOTIATES_WITH]->(x)
				RETURN c, r, p, date('2019-07-30') AS d, datetime('2019-07-30T09:00:00+08:00') AS dt,
				       duration('P1DT2H') AS took, {a: 1, b: [true, null]} AS m, 1.5 AS f, null AS nothing""", "--format", "json");
		List<Map<String, Object>> rows = new ObjectMapper().readValue(rich.out(), new TypeReference<>() {
		});
		Map<String, Object> row = rows.get(0);
		assertThat(row).containsEntry("d", "2019-07-30").containsEntry("dt", "2019-07-30T09:00:00+08:00")
			.containsEntry("took", "P1DT2H").containsEntry("m", Map.of("a", 1, "b", Arrays.asList(true, null)))
			.containsEntry("f", 1.5).containsEntry("nothing", null);
		assertThat(row.get("c")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("labels", List.of("Country")).containsEntry("properties", Map.of("id", "US", "name", "United States"));
		assertThat(row.get("r")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("type", "NEGOTIATES_WITH").containsEntry("properties", Map.of("since", "2018-05-03"));
		assertThat(row.get("p")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKeys("nodes", "relationships");

		var table = run("cypher", "MATCH p = (:Country {id: 'CN'})<-[:NEGOTIATES_WITH]-(:Country) RETURN p");
		assertThat(table.out().lines().toList()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
		assertThat(table.out().replace("\n", " ")).contains("(:Country {id: \"CN\", name: \"China\"})<-[:NEGOTIATES_WITH "
				+ "{since: 2018-05-03}]-(:Country {id: \"US\", name: \"United States\"})");
	}

	@Test
	void writesAreRejectedUnlessWriteIsGivenAndRejectedWritesChangeNothing() {
		long nodes = count("MATCH (n) RETURN count(n)");
		for (String write : List.of("CREATE (:Country {id: 'JP'})", "MATCH (c:Country) SET c.name = 'x' RETURN c",
				"MATCH (n) DETACH DELETE n", "CREATE INDEX country_name IF NOT EXISTS FOR (c:Country) ON (c.name)",
				"CALL db.createLabel('Sneaky')")) {
			var result = run("cypher", write);
			assertThat(result.code()).as(write + "\n" + result).isEqualTo(1);
			assertThat(result.out()).isEmpty();
			assertThat(result.err()).as(write).isIn("parley: the query writes to the graph, and cypher is read-only: writes are "
					+ "rejected and nothing was changed (add --write to allow writes)\n", "parley: the query calls procedure "
					+ "db.createLabel, which is not a plain read of the graph, and cypher is read-only: it runs only plain reads "
					+ "of the graph, so nothing was run (add --write to allow it)\n");
		}
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH (c:Country) WHERE c.name = 'x' RETURN count(c)")).isZero();

		var allowed = run("cypher", "CREATE (c:Country {id: $id, name: $name}) RETURN c.id AS id", "--param", "id=JP",
				"--param", "name=Japan", "--write");
		assertThat(allowed.code()).as(allowed.toString()).isZero();
		assertThat(allowed.out()).containsPattern("1 row in \\d+ ms; 1 node created, 2 properties set, 1 label added\n$");
		assertThat(count("MATCH (c:Country {id: 'JP', name: 'Japan'}) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesAWriteInAReadTransactionToo() {
		// the second line of defence behind EXPLAIN: Parley's reads run in READ access mode
		var refused = catchRuntimeException(
				() -> graph().inRead(tx -> tx.run("CREATE (:Country {id: 'ZZ'})").consume()));
		assertThat(((Neo4jException) refused.getCause()).code())
			.isEqualTo("Neo.ClientError.Statement.AccessMode");
		assertThat(count("MATCH (c:Country {id: 'ZZ'}) RETURN count(c)")).isZero();
	}

	@Test
	void parametersAreTypedByTheirFormOrExplicitly() throws IOException {
		var result = run("cypher", "RETURN $n + 1 AS n, $at + duration('P1D') AS next, $ids AS ids, $name AS name, $code AS code",
				"--param", "n=41", "--param", "at:date=2019-07-30", "--param", "ids=[1, 2]", "--param", "name=Liu He",
				"--param", "code='007'", "--format", "json");
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(new ObjectMapper().readValue(result.out(), List.class)).containsExactly(
				Map.of("n", 42, "next", "2019-07-31", "ids", List.of(1, 2), "name", "Liu He", "code", "007"));
		var injection = run("cypher", "MATCH (c:Country) WHERE c.id = $id RETURN c.id AS id", "--param", "id=US' OR 1=1 //",
				"--format", "csv");
		assertThat(injection.out()).isEqualTo("id\r\n");
	}

	@Test
	void badAndMissingParametersAreClearErrors() {
		var bad = run("cypher", "RETURN $at AS at", "--param", "at=2019-13-45");
		assertThat(bad.code()).isEqualTo(2);
		assertThat(bad.err()).isEqualTo("parley: invalid value '2019-13-45' for parameter 'at': expected a date as "
				+ "YYYY-MM-DD, e.g. 2019-07-30, or today\nusage: cypher QUERY [--param PARAM]... [--format FORMAT] [--limit N] [--out OUT] [--force] [--write]\n");
		var missing = run("cypher", "RETURN $at AS at");
		assertThat(missing.code()).isEqualTo(1);
		assertThat(missing.err()).isEqualTo("parley: Expected parameter(s): at; give it with --param NAME=VALUE or "
				+ "'param set NAME VALUE'\n");
		var twice = run("cypher", "RETURN $at", "--param", "at=1", "--param", "at=2");
		assertThat(twice.code()).isEqualTo(2);
		assertThat(twice.err()).isEqualTo("parley: parameter 'at' is given twice\n"
				+ "usage: cypher QUERY [--param PARAM]... [--format FORMAT] [--limit N] [--out OUT] [--force] [--write]\n");
	}

	@Test
	void sessionParametersServeLaterCommands(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("reports.cypher"), "// title: Countries\n// param: country string = 'CN'\n"
				+ "MATCH (c:Country {id: $country}) RETURN c.name AS name\n");
		Path commands = dir.resolve("session.txt");
		Files.writeString(commands, """
				param set country US
				param set at 2019-07-30
				param set n 5 --type string
				param list
				cypher "RETURN $country AS country, $at AS at, $n AS n" --format csv
				report run reports --reports %s --format csv
				param clear at
				param list
				""".formatted(dir));
		var result = run("--file", commands.toString());
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out()).isEqualTo("""
				$country = "US" (string)
				$at = 2019-07-30 (date)
				$n = "5" (string)
				name      type    value
				--------  ------  ----------
				$at       date    2019-07-30
				$country  string  "US"
				$n        string  "5"
				country,at,n\r
				US,2019-07-30,5\r
				name\r
				United States\r
				Removed 1 session parameter.
				name      type    value
				--------  ------  -----
				$country  string  "US"
				$n        string  "5"
				""");
	}

	@Test
	void aRunawayQueryIsStoppedByTheTimeoutWithAClearMessage() {
		var result = Cli.run(List.of("--parley.neo4j.uri=" + boltUri(), "--parley.home=" + home, "--parley.query-timeout=1s"),
				"cypher", "UNWIND range(1, 100000000) AS x WITH x WHERE x = -1 RETURN x");
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).isEqualTo("parley: query stopped after 1 s (raise parley.query-timeout to allow longer queries)\n");
	}

	@Test
	void exitCodesOfOneShotCypher() {
		var syntax = run("cypher", "MATCH (n RETURN n");
		assertThat(syntax.code()).isEqualTo(1);
		assertThat(syntax.err()).startsWith("parley: Invalid input").doesNotContain("\n\n");
		assertThat(syntax.err().lines()).hasSize(1);
		var noQuery = run("cypher");
		assertThat(noQuery.code()).isEqualTo(2);
		assertThat(noQuery.err()).startsWith("parley: missing QUERY for 'cypher'\nusage: cypher QUERY");
		var format = run("cypher", "RETURN 1", "--format", "yaml");
		assertThat(format.code()).isEqualTo(2);
		assertThat(format.err()).isEqualTo("parley: invalid value 'yaml' for --format: expected one of table, csv, json, markdown, html\nusage: cypher QUERY [--param PARAM]... [--format FORMAT] [--limit N] [--out OUT] [--force] [--write]\n");
		// a 1 s retry instead of the default 10 s: the retry itself is ExternalOutageIT's
		var unreachable = Cli.run(List.of("--parley.neo4j.uri=bolt://127.0.0.1:9", "--parley.home=" + home,
				"--parley.retry-time=1s"), "cypher", "RETURN 1");
		assertThat(unreachable.code()).isEqualTo(3);
		assertThat(unreachable.out()).isEmpty();
		assertThat(unreachable.err()).as(unreachable.toString())
			.startsWith("The database at bolt://127.0.0.1:9 does not answer; retrying for up to 1 s...\n"
					+ "parley: cannot connect to bolt://127.0.0.1:9 (tried for 1 s): ");
		var empty = run("cypher", "MATCH (n:Nothing) RETURN n.id AS id");
		assertThat(empty.code()).isZero();
		assertThat(empty.out()).matches("id\n--\n\n0 rows in \\d+ ms\n");
	}

	/** The two sides as bare countries: these tests are about the engine, not the seed graph. */
	private static void twoCountries() {
		graph().autoCommit("MERGE (:Country {id: 'US', name: 'United States'}) MERGE (:Country {id: 'CN', name: 'China'})",
				java.util.Map.of());
	}
}
