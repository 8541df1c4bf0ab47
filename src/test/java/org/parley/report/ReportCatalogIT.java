package org.parley.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.parley.graph.GraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every report shipped in {@code cypher/} parses, plans as read-only, runs on the seed graph with its defaults and
 * returns what it should; its CSV and JSON parse back to the same values. A new report needs its expected content
 * in {@link #expectations}.
 */
class ReportCatalogIT extends GraphTestBase {

	private static final Path SHIPPED = Path.of("cypher");

	static Stream<Path> shippedReports() throws IOException {
		try (Stream<Path> files = Files.list(SHIPPED)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".cypher")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shippedReports")
	void runsOnTheSeedGraphWithItsDefaults(Path file) throws IOException {
		loadSeed();
		String name = file.getFileName().toString().replaceFirst("\\.cypher$", "");
		ReportFile report = ReportFile.parse(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		assertThat(report.title()).isNotBlank();
		Map<String, Object> params = ReportParameters.resolve(report, Map.of(), Map.of(), Clock.systemDefaultZone());

		QueryType type = graph().inRead(tx -> tx.run("EXPLAIN " + report.query(), params).consume().queryType());
		assertThat(type).as("%s plans as read-only", file).isEqualTo(QueryType.READ_ONLY);

		QueryResult result = new QueryRunner(graph()).read(report.query(), params,
				new QueryRunner.Purpose("read-only", "declare it", report.origin(), report.queryLine()));
		expectations(name, result);
		csvAndJsonParseBack(result);
	}

	/** What each shipped report returns on the seed graph with its defaults. */
	private static void expectations(String name, QueryResult result) {
		switch (name) {
			case "labels" -> {
				assertThat(result.columns()).containsExactly("label", "nodes");
				List<Map<String, Object>> expected = query("""
						MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS nodes
						WHERE NOT label STARTS WITH '__' RETURN label, nodes ORDER BY nodes DESC, label""");
				assertThat(result.rows()).containsExactlyElementsOf(expected.stream()
					.map(m -> List.<Object>of(m.get("label"), m.get("nodes")))
					.toList());
				assertThat(result.rows()).extracting(row -> row.get(0)).contains("Country", "SeedFile");
			}
			case "seed-files" -> {
				assertThat(result.columns()).containsExactly("file", "statements", "applied", "checksum");
				assertThat(result.rows()).extracting(row -> row.get(0)).containsExactlyElementsOf(seedFileNames());
				assertThat(result.rows()).allSatisfy(row -> {
					assertThat((Long) row.get(1)).isPositive();
					assertThat(row.get(2)).isInstanceOf(ZonedDateTime.class);
					assertThat((String) row.get(3)).matches("[0-9a-f]{12}");
				});
			}
			case "find" -> {
				assertThat(result.columns()).containsExactly("node", "name", "labels");
				List<Object> countries = query("MATCH (c:Country) RETURN c.name AS name ORDER BY coalesce(c.name, c.id) LIMIT 25")
					.stream().map(m -> m.get("name")).toList();
				assertThat(result.rows()).extracting(row -> row.get(1)).containsExactlyElementsOf(countries)
					.contains("China", "United States");
				assertThat(result.rows()).allSatisfy(row -> {
					assertThat(((Node) row.get(0)).hasLabel("Country")).isTrue();
					assertThat(row.get(2)).asInstanceOf(InstanceOfAssertFactories.LIST).contains("Country");
				});
			}
			default -> fail("cypher/" + name + ".cypher has no expected content: add what it returns on the seed graph "
					+ "with its defaults to ReportCatalogIT.expectations");
		}
	}

	private static List<String> seedFileNames() {
		try (Stream<Path> files = Files.list(SEED_DIR)) {
			return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher")).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void csvAndJsonParseBack(QueryResult result) throws IOException {
		String csv = OutputFormat.CSV.formatter().format(result);
		try (var parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getHeaderNames()).isEqualTo(result.columns());
			assertThat(parser.getRecords()).extracting(CSVRecord::toList)
				.isEqualTo(result.rows().stream().map(row -> row.stream().map(Cells::text).toList()).toList());
		}
		var mapper = new ObjectMapper();
		List<?> parsed = mapper.readValue(OutputFormat.JSON.formatter().format(result), List.class);
		var expected = new ArrayList<Object>();
		for (List<Object> row : result.rows()) {
			var object = new LinkedHashMap<String, Object>();
			for (int i = 0; i < result.columns().size(); i++) {
				object.put(result.columns().get(i), Cells.json(row.get(i)));
			}
			expected.add(object);
		}
		assertThat(parsed).isEqualTo(mapper.readValue(mapper.writeValueAsString(expected), List.class));
	}
}
