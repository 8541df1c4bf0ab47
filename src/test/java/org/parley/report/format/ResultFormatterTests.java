package org.parley.report.format;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalIsoDuration;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFormatterTests {

	private static final Node XI = node(1, "4:x:1", List.of("Person"), Map.of("id", "xi-jinping", "name", "Xi Jinping",
			"side", "CN", "aliases", List.of("Xi", "President Xi")));

	private static final Node TENURE = node(2, "4:x:2", List.of("Tenure"), Map.of("id", "xi-president",
			"start", LocalDate.of(2013, 3, 14)));

	private static final Relationship HELD = new InternalRelationship(7, "5:x:7", 1, "4:x:1", 2, "4:x:2", "HELD",
			Map.of("basis", Values.value("background")));

	private static Node node(long id, String elementId, List<String> labels, Map<String, Object> properties) {
		var values = new LinkedHashMap<String, Value>();
		properties.forEach((k, v) -> values.put(k, Values.value(v)));
		return new InternalNode(id, elementId, labels, values);
	}

	private static List<Object> row(Object... values) {
		return new ArrayList<>(Arrays.asList(values));
	}

	/** Values of every kind a query can return, including awkward text. */
	private static QueryResult mixed() {
		return new QueryResult(List.of("name", "n", "share", "ok", "day", "at", "took", "tags", "person", "rel", "path", "map"),
				List.of(row("Liu He, \"the\" negotiator\nline two", 42L, 0.25, true, LocalDate.of(2019, 7, 30),
						ZonedDateTime.of(2019, 7, 30, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")),
						new InternalIsoDuration(14, 3, 3723, 500_000_000), List.of("a", "b, c"), XI, HELD,
						new InternalPath(XI, HELD, TENURE), Map.of("k", 1L)),
						row(null, null, null, null, null, ZonedDateTime.of(2019, 7, 30, 1, 2, 3, 0, ZoneOffset.UTC), null,
								List.of(), null, null, null, null)),
				12, "");
	}

	@Test
	void cellsRenderEveryKindOfValue() {
		assertThat(CellText.text(XI)).isEqualTo("(:Person {id: \"xi-jinping\", name: \"Xi Jinping\"})");
		assertThat(CellText.text(TENURE)).isEqualTo("(:Tenure {id: \"xi-president\"})");
		assertThat(CellText.text(node(3, "4:x:3", List.of("B", "A"), Map.of("z", 1L, "y", "t")))).isEqualTo("(:A:B {y: \"t\", z: 1})");
		assertThat(CellText.text(HELD)).isEqualTo("[:HELD {basis: \"background\"}]");
		assertThat(CellText.text(new InternalPath(XI, HELD, TENURE)))
			.isEqualTo("(:Person {id: \"xi-jinping\", name: \"Xi Jinping\"})-[:HELD {basis: \"background\"}]->(:Tenure {id: \"xi-president\"})");
		assertThat(CellText.text(new InternalPath(TENURE, HELD, XI)))
			.isEqualTo("(:Tenure {id: \"xi-president\"})<-[:HELD {basis: \"background\"}]-(:Person {id: \"xi-jinping\", name: \"Xi Jinping\"})");
		assertThat(CellText.text(List.of("Xi", "President Xi"))).isEqualTo("Xi, President Xi");
		assertThat(CellText.text(List.of(1L, List.of("a")))).isEqualTo("1, [\"a\"]");
		assertThat(CellText.text(LocalDate.of(2019, 7, 30))).isEqualTo("2019-07-30");
		assertThat(CellText.text(ZonedDateTime.of(2019, 7, 30, 0, 0, 0, 0, ZoneOffset.UTC))).isEqualTo("2019-07-30T00:00:00Z");
		assertThat(CellText.text(LocalDateTime.of(2019, 7, 30, 9, 5))).isEqualTo("2019-07-30T09:05:00");
		assertThat(CellText.text(LocalTime.of(9, 5))).isEqualTo("09:05:00");
		assertThat(CellText.text(new InternalIsoDuration(14, 3, 3723, 500_000_000))).isEqualTo("P1Y2M3DT1H2M3.5S");
		assertThat(CellText.text(new InternalIsoDuration(0, 0, 0, 0))).isEqualTo("PT0S");
		assertThat(CellText.text(new InternalIsoDuration(0, 7, 0, 0))).isEqualTo("P7D");
		assertThat(CellText.text(null)).isEmpty();
		assertThat(CellText.text(Values.point(4326, 1.5, 2.5).asObject())).isEqualTo("point({srid: 4326, x: 1.5, y: 2.5})");
	}

	@Test
	void csvIsRfc4180WithAHeaderAndParsesBackToTheSameValues() throws IOException {
		QueryResult result = mixed();
		String csv = OutputFormat.CSV.formatter().format(result);
		assertThat(csv).startsWith("name,n,share,ok,day,at,took,tags,person,rel,path,map\r\n\"Liu He, \"\"the\"\" negotiator\nline two\",42,0.25,true,2019-07-30,");
		try (var parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getHeaderNames()).isEqualTo(result.columns());
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(2);
			for (int r = 0; r < records.size(); r++) {
				assertThat(records.get(r).toList()).isEqualTo(result.rows().get(r).stream().map(CellText::text).toList());
			}
			assertThat(records.get(0).get("at")).isEqualTo("2019-07-30T09:00:00+08:00[Asia/Shanghai]");
			assertThat(records.get(0).get("took")).isEqualTo("P1Y2M3DT1H2M3.5S");
			assertThat(records.get(0).get("tags")).isEqualTo("a, b, c");
			assertThat(records.get(1).get("name")).isEmpty();
		}
	}

	@Test
	void jsonIsAnArrayOfObjectsThatParsesBackToTheSameValues() throws IOException {
		String json = OutputFormat.JSON.formatter().format(mixed());
		List<Map<String, Object>> rows = new ObjectMapper().readValue(json, new TypeReference<>() {
		});
		assertThat(rows).hasSize(2);
		Map<String, Object> first = rows.get(0);
		assertThat(first.keySet()).containsExactly("name", "n", "share", "ok", "day", "at", "took", "tags", "person", "rel", "path", "map");
		assertThat(first.get("name")).isEqualTo("Liu He, \"the\" negotiator\nline two");
		assertThat(first.get("n")).isEqualTo(42);
		assertThat(first.get("share")).isEqualTo(0.25);
		assertThat(first.get("ok")).isEqualTo(true);
		assertThat(first.get("day")).isEqualTo("2019-07-30");
		assertThat(first.get("at")).isEqualTo("2019-07-30T09:00:00+08:00[Asia/Shanghai]");
		assertThat(ZonedDateTime.parse((String) first.get("at"))).isEqualTo(mixed().rows().get(0).get(5));
		assertThat(first.get("took")).isEqualTo("P1Y2M3DT1H2M3.5S");
		assertThat(first.get("tags")).isEqualTo(List.of("a", "b, c"));
		assertThat(first.get("person")).isEqualTo(Map.of("elementId", "4:x:1", "labels", List.of("Person"), "properties",
				Map.of("aliases", List.of("Xi", "President Xi"), "id", "xi-jinping", "name", "Xi Jinping", "side", "CN")));
		assertThat(first.get("rel")).isEqualTo(Map.of("elementId", "5:x:7", "type", "HELD", "start", "4:x:1", "end", "4:x:2",
				"properties", Map.of("basis", "background")));
		@SuppressWarnings("unchecked")
		Map<String, List<Map<String, Object>>> path = (Map<String, List<Map<String, Object>>>) first.get("path");
		assertThat(path.get("nodes")).extracting(n -> n.get("elementId")).containsExactly("4:x:1", "4:x:2");
		assertThat(path.get("relationships")).extracting(r -> r.get("type")).containsExactly("HELD");
		assertThat(first.get("map")).isEqualTo(Map.of("k", 1));
		Map<String, Object> second = rows.get(1);
		assertThat(second.get("name")).isNull();
		assertThat(second.containsKey("name")).isTrue();
		assertThat(second.get("at")).isEqualTo("2019-07-30T01:02:03Z");
		assertThat(second.get("tags")).isEqualTo(List.of());
	}

	@Test
	void jsonOfNoRowsIsAnEmptyArray() throws IOException {
		String json = OutputFormat.JSON.formatter().format(new QueryResult(List.of("a"), List.of(), 1, ""));
		assertThat(new ObjectMapper().readValue(json, List.class)).isEmpty();
	}

	@Test
	void tableAlignsColumnsRightAlignsNumbersAndShowsTheFooter() {
		var result = new QueryResult(List.of("label", "nodes"), List.of(row("Country", 2L), row("SeedFile", 12L)), 5, "");
		assertThat(OutputFormat.TABLE.formatter().format(result)).isEqualTo("""
				label     nodes
				--------  -----
				Country       2
				SeedFile     12

				2 rows in 5 ms
				""");
		assertThat(OutputFormat.TABLE.formatter().format(new QueryResult(List.of("x"), List.of(row("a")), 0, "")))
			.endsWith("\n1 row in 0 ms\n");
	}

	@Test
	void tableFitsEightyColumnsWrappingLongTextAndCuttingTheRest() {
		String quote = "We have agreed to a very large Phase One Deal with China. They have agreed to many structural "
				+ "changes and massive purchases of Agricultural Product, Energy, and Manufactured Goods, plus much "
				+ "more. The 25% Tariffs will remain as is, with 7 1/2% put on much of the remainder. China's Vice Premier "
				+ "Liu He said the two sides had reached agreement on the text after many rounds of talks.";
		var result = new QueryResult(List.of("who", "said", "on"),
				List.of(row("Donald Trump", quote, LocalDate.of(2019, 12, 13)), row("习近平 Xi Jinping", "短", LocalDate.of(2019, 6, 29))),
				3, "");
		String table = OutputFormat.TABLE.formatter().format(result);
		List<String> lines = table.lines().toList();
		assertThat(lines).allSatisfy(line -> assertThat(AlignedColumns.width(line)).isLessThanOrEqualTo(80));
		assertThat(lines.get(0)).startsWith("who").contains("said").contains("on");
		assertThat(table).contains("Donald Trump").contains("We have agreed").contains("…").contains("2019-12-13");
		int widthOfFirstColumn = lines.get(1).indexOf(' ');
		assertThat(lines.get(1).substring(0, widthOfFirstColumn)).isEqualTo("-".repeat(AlignedColumns.width("习近平 Xi Jinping")));
		assertThat(lines.stream().filter(l -> l.contains("习近平"))).singleElement()
			.satisfies(l -> assertThat(l).contains("短"));
		assertThat(lines.subList(2, 2 + AlignedColumns.MAX_LINES)).allSatisfy(l -> assertThat(l).isNotBlank());
		assertThat(table).endsWith("\n" + TableFormatter.CUT_NOTE + "\n\n2 rows in 3 ms\n");
	}

	@Test
	void wrappingAndCuttingKeepWholeWordsAndMarkWhatIsLeftOut() {
		assertThat(AlignedColumns.wrap("one two three", 8)).containsExactly("one two", "three");
		assertThat(AlignedColumns.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
		assertThat(AlignedColumns.wrap("a b c d e f g h i j", 1)).hasSize(AlignedColumns.MAX_LINES).last().isEqualTo("…");
		assertThat(AlignedColumns.cut("Phase One", 6)).isEqualTo("Phase…");
		assertThat(AlignedColumns.cut("Phase One Deal", 12)).isEqualTo("Phase One…");
		assertThat(AlignedColumns.cut("Deal", 3)).isEqualTo("De…");
		assertThat(AlignedColumns.fit(new int[] { 5, 200, 100 }, 76)).containsExactly(5, 35, 36);
	}

	@Test
	void narrowedColumnsKeepTheirWordsWholeWhenTheWidthAllows() {
		// four columns of prose and two of dates: fair shares alone cut the dates
		int[] natural = { 30, 30, 30, 30, 10, 10 };
		int[] words = { 5, 5, 5, 5, 10, 10 };
		assertThat(AlignedColumns.fit(natural, 54)).containsExactly(9, 9, 9, 9, 9, 9);
		assertThat(AlignedColumns.fit(natural, words, 54)).containsExactly(8, 8, 9, 9, 10, 10);
		assertThat(AlignedColumns.fit(natural, words, 40)).as("words that cannot fit change nothing")
			.containsExactly(AlignedColumns.fit(natural, 40));
	}

	@Test
	void markdownEscapesPipesAndLineBreaks() {
		var result = new QueryResult(List.of("a|b", "n"), List.of(row("x | y\nz", 1L), row(null, 2.5)), 1, "");
		assertThat(OutputFormat.MARKDOWN.formatter().format(result)).isEqualTo("""
				| a\\|b | n |
				| --- | ---: |
				| x \\| y<br>z | 1 |
				|  | 2.5 |
				""");
	}

	@Test
	void aWriteWithoutColumnsShowsOnlyWhatChanged() {
		var result = new QueryResult(List.of(), List.of(), 4, "1 node created, 2 properties set");
		assertThat(OutputFormat.TABLE.formatter().format(result)).isEqualTo("0 rows in 4 ms; 1 node created, 2 properties set\n");
		assertThat(OutputFormat.CSV.formatter().format(result)).isEmpty();
		assertThat(OutputFormat.MARKDOWN.formatter().format(result)).isEmpty();
	}
}
