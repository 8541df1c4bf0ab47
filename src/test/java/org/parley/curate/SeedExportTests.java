package org.parley.curate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.errors.ParleyException;
import org.parley.graph.Schema;
import org.parley.cypher.CypherScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code export seed} writes values: nothing it writes can end a comment or a string, or name a label of its own. */
class SeedExportTests {

	private static final String WIPE = "MATCH (n) DETACH DELETE n;";

	/** Every character that ends a line for some reader, or that nobody sees. */
	private static final List<String> BREAKERS = List.of("\n", "\r", "\r\n", "\u0000", "\u000B", "\u000C", "\u001B",
			"\u007F", "\u0085", "\u009B", "\u2028", "\u2029", "\u200E", "\u202E", "\uFEFF");

	@Test
	void stringsEscapeQuotesBackslashesAndEveryLineBreakingOrInvisibleCharacter() {
		assertThat(SeedExport.literal("O'Brien \\ `x`")).isEqualTo("'O\\'Brien \\\\ `x`'");
		assertThat(SeedExport.literal("a\nb\rc\u2028d\u2029e\u0085f\u0000g")).isEqualTo(
				"'a\\u000Ab\\u000Dc\\u2028d\\u2029e\\u0085f\\u0000g'");
		assertThat(SeedExport.literal("刘鹤 — Liu He\u00A0")).isEqualTo("'刘鹤 — Liu He\u00A0'");
		for (String breaker : BREAKERS) {
			String written = SeedExport.literal("x" + breaker + WIPE);
			assertThat(written.chars()).as("raw U+%04X", (int) breaker.charAt(0)).noneMatch(c -> SeedExport.unsafe(c));
		}
	}

	@Test
	void commentsStayOneLineWhateverTheyHold() {
		for (String breaker : BREAKERS) {
			String comment = SeedExport.comment("alice" + breaker + WIPE + breaker + "// x");
			assertThat(comment.lines()).as("U+%04X", (int) breaker.charAt(0)).hasSize(1);
			assertThat(comment.chars()).noneMatch(c -> SeedExport.unsafe(c));
		}
		assertThat(SeedExport.comment("alice\nMATCH")).isEqualTo("alice\\u000AMATCH");
	}

	@Test
	void aScriptWithPoisonedValuesIsStillOneStatementPerParagraph() {
		var script = new StringBuilder();
		for (String breaker : BREAKERS) {
			script.append("// ").append(SeedExport.comment("alice" + breaker + WIPE + breaker + "// x")).append('\n')
				.append("MATCH (n:Person {id: 'liu-he'})\nSET n.aliases = coalesce(n.aliases, []) + ")
				.append(SeedExport.literal("VP Liu';" + breaker + WIPE + breaker + "//")).append(";\n\n");
		}
		var statements = CypherScript.split("90_curated.cypher", script.toString());
		assertThat(statements).hasSize(BREAKERS.size());
		assertThat(statements).allSatisfy(s -> assertThat(s.text()).startsWith("MATCH (n:Person").contains("SET n.aliases")
			.doesNotContain("\n" + WIPE));
	}

	@Test
	void otherValuesAreWrittenExactlyOrRefused() {
		assertThat(SeedExport.literal(LocalDate.of(2019, 7, 30))).isEqualTo("date('2019-07-30')");
		assertThat(SeedExport.literal(Double.NaN)).isEqualTo("(0.0 / 0.0)");
		assertThat(SeedExport.literal(Double.NEGATIVE_INFINITY)).isEqualTo("(-1.0 / 0.0)");
		assertThat(SeedExport.literal(List.of(1L, true, "a"))).isEqualTo("[1, true, 'a']");
		assertThat(SeedExport.literal(Map.of("b", 1L, "a", "x"))).isEqualTo("{a: 'x', b: 1}");
		assertThatThrownBy(() -> SeedExport.literal(new byte[] { 1 })).isInstanceOf(ParleyException.class)
			.hasMessageContaining("cannot export a value of type byte[]");
		assertThatThrownBy(() -> SeedExport.literal(Map.of("evil` DETACH DELETE n //", 1L)))
			.isInstanceOf(ParleyException.class).hasMessageContaining("cannot export the property key 'evil`");
		assertThatThrownBy(() -> SeedExport.literal(Map.of("a\nb", 1L))).isInstanceOf(ParleyException.class)
			.hasMessageContaining("'a\\u000Ab'");
	}

	@Test
	void labelsAndTypesAreTheModelsOnly() {
		assertThat(SeedExport.name("Person", Schema.LABELS, "label")).isEqualTo("Person");
		assertThat(SeedExport.name("PARTICIPATED_IN", Schema.TYPES, "relationship type")).isEqualTo("PARTICIPATED_IN");
		for (String label : List.of("Backdoor", "__Neo4jMigration", "Person {id: 'x'}) DETACH DELETE n //", "Person\n")) {
			assertThatThrownBy(() -> SeedExport.name(label, Schema.LABELS, "label")).isInstanceOf(ParleyException.class)
				.hasMessageContaining("which is not in Parley's model").message().doesNotContain("\n");
		}
		assertThatThrownBy(() -> SeedExport.name("OWNS", Schema.TYPES, "relationship type"))
			.hasMessage("cannot export: a recorded relationship type has the relationship type 'OWNS', which is not in Parley's model");
	}
}
