package org.parley.cypher;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one Cypher-literal writer: its script style here; the report cells' style in report's tests. */
class CypherLiteralsTests {

	private static final CypherLiterals.Style SHOWN = new CypherLiterals.Style(s -> '"' + s + '"', k -> k, false,
			String::valueOf);

	@Test
	void scriptStyleIsExactAndOneLine() {
		assertThat(CypherLiterals.literal("O'Brien\n\\", CypherLiterals.SCRIPT)).isEqualTo("'O\\'Brien\\u000A\\\\'");
		assertThat(CypherLiterals.literal(Arrays.asList(1L, null, 2.5, true, LocalDate.of(2019, 7, 30)),
				CypherLiterals.SCRIPT)).isEqualTo("[1, null, 2.5, true, date('2019-07-30')]");
		assertThat(CypherLiterals.literal(Map.of("b", 1L, "a", List.of("x")), CypherLiterals.SCRIPT))
			.isEqualTo("{a: ['x'], b: 1}");
		assertThat(CypherLiterals.literal(Double.POSITIVE_INFINITY, CypherLiterals.SCRIPT)).isEqualTo("(1.0 / 0.0)");
	}

	@Test
	void scriptStyleRefusesWhatItCannotWriteSafely() {
		assertThatThrownBy(() -> CypherLiterals.literal(Map.of("a b", 1L), CypherLiterals.SCRIPT))
			.isInstanceOf(ParleyException.class).hasMessageContaining("property key 'a b'");
		assertThatThrownBy(() -> CypherLiterals.literal(new Object(), CypherLiterals.SCRIPT))
			.isInstanceOf(ParleyException.class).hasMessageContaining("cannot export a value of type Object");
	}

	@Test
	void anotherStyleKeepsTheMapsOrderAndItsOwnText() {
		var map = new LinkedHashMap<String, Object>();
		map.put("z", "last");
		map.put("a", List.of(1, "b"));
		assertThat(CypherLiterals.literal(map, SHOWN)).isEqualTo("{z: \"last\", a: [1, \"b\"]}");
		assertThat(CypherLiterals.literal(null, SHOWN)).isEqualTo("null");
	}

	@Test
	void commentsStayOnOneLine() {
		assertThat(CypherLiterals.comment("a\u2028b\u0000")).isEqualTo("a\\u2028b\\u0000");
		assertThat(CypherLiterals.unsafe('\u0085')).isTrue();
		assertThat(CypherLiterals.unsafe('a')).isFalse();
	}
}
