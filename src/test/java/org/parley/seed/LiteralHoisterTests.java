package org.parley.seed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralHoisterTests {

	@Test
	void leadingLiteralRowsBecomeAParameterAndLinesAreKept() {
		var hoisted = LiteralHoister.hoist("""
				UNWIND [
				  {id: 'us', name: 'United States', since: date('1776-07-04'), n: -3, share: 0.25, ok: true, gone: null},
				  {id: 'cn', `odd key`: "it's \\u00A0here", tags: ['a', "b"], nested: {x: [1, 2.5e3]}}
				] AS row
				MERGE (c:Country {id: row.id})""");
		assertThat(hoisted.text()).isEqualTo("UNWIND $seedRows\n\n\n AS row\nMERGE (c:Country {id: row.id})");
		@SuppressWarnings("unchecked")
		var rows = (List<Map<String, Object>>) hoisted.parameters().get(LiteralHoister.PARAMETER);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("id", "us")
			.containsEntry("since", LocalDate.of(1776, 7, 4))
			.containsEntry("n", -3L)
			.containsEntry("share", 0.25)
			.containsEntry("ok", true)
			.containsEntry("gone", null);
		assertThat(rows.get(1)).containsEntry("odd key", "it's \u00A0here")
			.containsEntry("tags", List.of("a", "b"))
			.containsEntry("nested", Map.of("x", List.of(1L, 2500.0)));
	}

	@Test
	void commentsAndNullsInsideListsAreUnderstood() {
		var hoisted = LiteralHoister.hoist("UNWIND [ // first\n 1, /* two */ null, 'x'] AS v RETURN v");
		assertThat(hoisted.text()).isEqualTo("UNWIND $seedRows\n AS v RETURN v");
		assertThat((List<?>) hoisted.parameters().get(LiteralHoister.PARAMETER)).isEqualTo(Arrays.asList(1L, null, "x"));
	}

	@Test
	void anythingButPlainLiteralsIsLeftAsWritten() {
		for (String statement : List.of("MERGE (n:Country {id: 'US'})", "UNWIND range(1, 3) AS x RETURN x",
				"UNWIND [x IN range(1, 3) | x] AS y RETURN y", "UNWIND [{id: toUpper('a')}] AS row RETURN row",
				"UNWIND [date('not a date')] AS d RETURN d", "UNWIND [{id: 'a'} AS row RETURN row")) {
			assertThat(LiteralHoister.hoist(statement)).isEqualTo(new LiteralHoister.Hoisted(statement, Map.of()));
		}
	}
}
