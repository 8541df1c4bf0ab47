package org.parley.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Every runnable query of the Parley guide answers on the seed graph, and the graph ones draw something. */
class GuideIT extends SeededTestBase {

	private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"runnable\">(.*?)</pre>", Pattern.DOTALL);

	static List<String> snippets() throws IOException {
		String html;
		try (InputStream in = GuideIT.class.getClassLoader().getResourceAsStream(BrowserServer.PARLEY_ROOT + "guide.html")) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		var found = new ArrayList<String>();
		Matcher m = RUNNABLE.matcher(html);
		while (m.find()) {
			found.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
		}
		return found;
	}

	@Test
	void everySnippetReturnsRowsOnTheSeedAndTheGraphOnesReturnNodes() throws IOException {
		List<String> snippets = snippets();
		assertThat(snippets).hasSizeGreaterThanOrEqualTo(10);
		for (String cypher : snippets) {
			List<Map<String, Object>> rows = graph().read(cypher, Map.of(), r -> r.asMap());
			assertThat(rows).as(cypher).isNotEmpty();
			int ret = cypher.lastIndexOf("RETURN");
			boolean table = ret >= 0 && cypher.substring(ret).contains(" AS ");
			if (!table) {
				long drawn = rows.stream().flatMap(row -> row.values().stream()).filter(GuideIT::drawable).count();
				assertThat(drawn).as("nodes or paths from " + cypher).isPositive();
			}
		}
	}

	@Test
	void theSnippetsNameThePeopleTheyAreAbout() throws IOException {
		String channels = snippets().stream().filter(s -> s.contains("'liu-he'") && !s.contains(" AS ")).findFirst().orElseThrow();
		var names = graph().read(channels, Map.of(), r -> r.get("both").asPath())
			.stream()
			.flatMap(p -> java.util.stream.StreamSupport.stream(p.nodes().spliterator(), false))
			.filter(n -> n.hasLabel("Person"))
			.map(n -> n.get("name").asString())
			.distinct()
			.sorted()
			.toList();
		assertThat(names).containsExactly("Liu He", "Steven Mnuchin");
	}

	private static boolean drawable(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().anyMatch(GuideIT::drawable);
		}
		return value instanceof Node || value instanceof Path;
	}
}
