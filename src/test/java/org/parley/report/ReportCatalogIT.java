package org.parley.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import org.parley.testing.GraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import org.parley.report.catalog.PackagedReports;
import org.parley.report.catalog.ParameterValues;
import org.parley.report.catalog.QueryRunner;
import org.parley.report.catalog.ReportFile;
import org.parley.report.format.CellText;
import org.parley.report.format.OutputFormat;
import org.parley.report.format.QueryResult;

/**
 * Every report shipped in {@code cypher/} parses, plans as read-only, runs on the seed graph with its defaults and
 * returns what it should; its CSV and JSON parse back to the same values. A new report needs its expected content
 * in {@link #expectations}.
 */
class ReportCatalogIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

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
		Map<String, Object> params = ParameterValues.resolve(report, Map.of(), Map.of(), Clock.systemDefaultZone());

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
			case "who" -> {
				assertThat(result.columns()).containsExactly("person", "post", "since", "until", "held", "note", "fact");
				assertThat(result.rows()).singleElement().satisfies(row -> {
					assertThat(row.get(0)).isEqualTo("Scott Bessent");
					assertThat(row.get(2)).isEqualTo(LocalDate.of(2025, 1, 28));
					assertThat(row.get(4)).isEqualTo("yes");
					assertThat(row.get(6)).isEqualTo("tenure-scott-bessent-us-treasury-secretary");
				});
			}
			case "holders" -> assertThat(column(result, "person")).containsExactly("Steven Mnuchin", "Janet Yellen", "Scott Bessent");
			case "roles" -> assertThat(column(result, "post")).containsExactly(
					"Deputy Assistant to the President and Director, White House National Trade Council",
					"Assistant to the President and Director, Office of Trade and Manufacturing Policy",
					"Senior Counselor to the President for Trade and Manufacturing");
			case "hawks" -> {
				assertThat(result.columns()).containsExactly("rank", "person", "side", "score", "stance", "compared", "assessed by",
						"since", "age", "fact");
				assertThat(column(result, "person")).containsExactly("Peter Navarro", "Zhong Shan", "Wilbur Ross", "Li Keqiang",
						"Steven Mnuchin", "Donald Trump", "Larry Kudlow", "Liu He");
				assertThat(column(result, "score")).containsExactly(0.9, 0.6, -0.3, -0.5, -0.5, null, null, null);
				assertThat(column(result, "rank")).containsExactly(1L, 2L, 3L, 4L, 4L, 6L, 6L, 6L);
			}
			case "stance" -> {
				assertThat(column(result, "stance")).containsExactly("hardliner", "hawk");
				assertThat(column(result, "assessed by")).containsExactly(List.of("The Business Times (Singapore)"), List.of("China watchers"));
			}
			case "counterparts" -> {
				assertThat(column(result, "counterpart")).containsExactly("Liu He", "Zhong Shan", "Yi Gang");
				assertThat(column(result, "contacts")).containsExactly(8L, 4L, 1L);
				assertThat(column(result, "first")).containsExactly("2018-05", "2018-05..2019-05", "2018-05..2019-05");
			}
			case "post-channels" -> {
				assertThat(result.rows()).extracting(row -> row.get(1) + ": " + row.get(2) + " ↔ " + row.get(3)).containsExactly(
						"Governor of the People's Bank of China: Steven Mnuchin ↔ Yi Gang",
						"Minister of Commerce: Steven Mnuchin ↔ Zhong Shan",
						"Vice Premier of the State Council: Steven Mnuchin ↔ Liu He",
						"Vice Premier of the State Council: Scott Bessent ↔ He Lifeng");
			}
			case "channels" -> {
				assertThat(result.columns()).containsExactly("period", "channel", "events", "share", "count", "fact");
				assertThat(result.rows()).extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(2)).startsWith(
						"2017-Q3..2019-Q3 meeting 2", "2018-Q2 in-person-round 1", "2018-Q2 phone-call 1")
					.contains("2019-Q3 in-person-round 1", "2025-Q4 video-call 1");
				// one id per event; an event of several contacts counts more than once, and says 'at least'
				assertThat(result.rows()).allSatisfy(row -> assertThat((List<?>) row.get(5)).isNotEmpty()
					.hasSizeLessThanOrEqualTo(((Long) row.get(2)).intValue()));
				assertThat(result.rows()).filteredOn(row -> ((List<?>) row.get(5)).size() < (Long) row.get(2))
					.allSatisfy(row -> assertThat(row.get(4)).isEqualTo("at least"));
				assertThat(result.rows().get(2).get(5)).isEqualTo(List.of("call-trump-xi-before-2018-05"));
				QueryResult counts = new PackagedReports(graph()).run("channels", Map.of("facts", false));
				assertThat(counts.rows()).extracting(row -> row.subList(0, 5)).isEqualTo(result.rows().stream().map(row -> row.subList(0, 5)).toList());
				assertThat(counts.rows()).allSatisfy(row -> assertThat((List<?>) row.get(5)).isEmpty());
			}
			case "timeline" -> {
				assertThat(result.rows()).hasSize((int) count("MATCH (e:Event) RETURN count(e)"));
				// events sort by their latest possible day: the span 2017-07..2019-07 is not the first event
				assertThat(result.rows().get(0)).startsWith("2018-05", "Earlier publicly disclosed Trump-Xi call (inferred)");
			}
			case "delegation" -> assertThat(result.rows()).extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(2))
				.containsExactly("US Robert Lighthizer host", "US Steven Mnuchin host", "CN Liu He delegation-lead",
						"CN National Development and Reform Commission delegation-member", "CN Yi Gang delegation-member",
						"CN Zhong Shan delegation-member");
			case "evidence" -> {
				assertThat(result.columns()).containsExactly("fact", "source", "published", "location", "grade", "phrase");
				assertThat(column(result, "source")).containsExactly("001_4874d1d3777de1bd", "001_4874d1d3777de1bd",
						"001_4874d1d3777de1bd", "000_4f605919d46dec3e", "000_4f605919d46dec3e", "000_4f605919d46dec3e");
				assertThat(column(result, "phrase")).contains("The two officials spoke by phone on Friday, according to people briefed on the matter");
			}
			case "path" -> {
				assertThat(column(result, "path")).containsExactly(1L, 1L, 1L, 2L, 2L, 2L, 3L, 3L, 3L, 4L, 4L, 4L, 5L, 5L, 5L);
				assertThat((String) result.rows().get(0).get(2)).isEqualTo("Peter Navarro (speaker) and Steven Mnuchin "
						+ "(subject) are both in the speech of 2018-11-09: Navarro warns Wall Street against shuttle diplomacy with Beijing");
				assertThat(column(result, "explanation")).anySatisfy(text -> assertThat((String) text).endsWith("as He Lifeng did (from 2023-03-12)"));
			}
			case "person-summary" -> assertThat(result.rows()).singleElement().satisfies(row -> assertThat(row)
				.startsWith("Liu He", "liu-he", "China", List.of("Liu", "Mr Liu", "Vice Premier Liu He"), 13L, 4L));
			case "person-channels" -> assertThat(result.rows()).extracting(row -> row.get(0) + " " + row.get(1))
				.containsExactly("in-person-round 4", "phone-call 4", "press-report 2", "visit 2", "banquet 1");
			case "person-sources" -> assertThat(column(result, "source")).containsExactly("001_4874d1d3777de1bd",
					"000_4f605919d46dec3e", "003_3e9800d906cc811f", "002_49812e43c2240187");
			default -> fail("cypher/" + name + ".cypher has no expected content: add what it returns on the seed graph "
					+ "with its defaults to ReportCatalogIT.expectations");
		}
	}

	private static List<Object> column(QueryResult result, String name) {
		int index = result.column(name);
		assertThat(index).as("column %s of %s", name, result.columns()).isNotNegative();
		return result.rows().stream().map(row -> row.get(index)).toList();
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
				.isEqualTo(result.rows().stream().map(row -> row.stream().map(CellText::text).toList()).toList());
		}
		var mapper = new ObjectMapper();
		List<?> parsed = mapper.readValue(OutputFormat.JSON.formatter().format(result), List.class);
		var expected = new ArrayList<Object>();
		for (List<Object> row : result.rows()) {
			var object = new LinkedHashMap<String, Object>();
			for (int i = 0; i < result.columns().size(); i++) {
				object.put(result.columns().get(i), CellText.json(row.get(i)));
			}
			expected.add(object);
		}
		assertThat(parsed).isEqualTo(mapper.readValue(mapper.writeValueAsString(expected), List.class));
	}
}
