package org.parley.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.testing.SeededTestBase;

/**
 * Base of the seed's checklist against the five source articles in {@code ../shared/articles} and the public-record
 * tenures, split by fact kind ({@link SeedPeopleIT}, {@link SeedEventsIT}, {@link SeedMeasuresIT},
 * {@link SeedStancesIT}, {@link SeedSourcesIT}, {@link SeedTenuresIT}, {@link SeedModelIT}): each fails when a fact the
 * articles support goes missing or changes. The expectation tables are the CSV files in {@value #FIXTURES}.
 */
abstract class SeedChecklist extends SeededTestBase {

	/** Where the expectation tables are, on the test classpath. */
	static final String FIXTURES = "/org/parley/seed/checklist/";

	static final Map<String, String> ARTICLE_IDS = Map.of(
			"000", "000_4f605919d46dec3e",
			"001", "001_4874d1d3777de1bd",
			"002", "002_49812e43c2240187",
			"003", "003_3e9800d906cc811f",
			"004", "004_ca7bab2cb521082e");

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return (List<Object>) value;
	}

	/** A list cell of a fixture: items separated by spaces, {@code -} (or an empty cell) for none. */
	static Set<String> items(String cell) {
		if (cell == null || cell.isBlank() || cell.strip().equals("-")) {
			return Set.of();
		}
		return Arrays.stream(cell.strip().split("\\s+")).collect(Collectors.toSet());
	}

	/** The rows of a fixture table, without its header line. */
	static int rows(String fixture) {
		try (InputStream in = SeedChecklist.class.getResourceAsStream(FIXTURES + fixture)) {
			if (in == null) {
				throw new IllegalStateException("no fixture " + FIXTURES + fixture + " on the test classpath");
			}
			return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
				.filter(line -> !line.isBlank()).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, Map<String, Object>> byId(String cypher) {
		return byId(cypher, Map.of());
	}

	/** The rows of a query by their {@code id} column. */
	static Map<String, Map<String, Object>> byId(String cypher, Map<String, Object> params) {
		var out = new LinkedHashMap<String, Map<String, Object>>();
		query(cypher, params).forEach(row -> out.put((String) row.get("id"), row));
		return out;
	}
}
