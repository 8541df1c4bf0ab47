package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Cli;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ingest apply} of a reviewed proposals file writes stances and measures as {@code assess} does: the assessor, the issue, the evidence from the
 * article with its offset and who recorded it, in the same transaction as the people and events; twice changes nothing;
 * a bad field names FILE:LINE and writes nothing.
 */
class IngestApplyStancesIT extends SeededTestBase {

	private static final Path LABELLED = Path.of("src/test/resources/ingest/labelled");

	@TempDir
	Path dir;

	private long nodes() {
		return count("MATCH (n) RETURN count(n)");
	}

	private long relationships() {
		return count("MATCH ()-[r]->() RETURN count(r)");
	}

	/**
	 * The analyst article's proposals as `ingest` wrote them, all accepted and edited by a reviewer (the new analyst's
	 * side, the measure's title, country and effective day): IngestCommandsIT runs `ingest` itself.
	 */
	private static final Path REVIEWED = Path.of("src/test/resources/ingest/analyst.proposals.yaml");

	private void failsWritingNothing(String message, Path file) {
		long n = nodes();
		long r = relationships();
		Cli.Result result = run("ingest", "apply", file.toString());
		assertThat(result.code()).as(result.toString()).isEqualTo(1);
		assertThat(result.err()).as(result.toString()).startsWith("parley: ").contains(message).hasLineCount(1);
		assertThat(nodes()).isEqualTo(n);
		assertThat(relationships()).isEqualTo(r);
	}

	@Test
	void writesTheStanceWithItsAnalystAndTheMeasureOnceAndNothingForABadField() throws IOException {
		Path article = LABELLED.resolve("04_analyst.txt");
		Path proposals = dir.resolve("analyst.yaml");
		String yaml = Files.readString(REVIEWED);
		// a bad field names its FILE:LINE and writes nothing
		Path bad = dir.resolve("bad.yaml");
		// (every field's check is in ApplierTests; here, that a failed apply writes nothing)
		Files.writeString(bad, yaml.replace("score: 0.8", "score: 3"));
		int line = (int) yaml.lines().takeWhile(l -> !l.contains("score: 0.8")).count() + 1;
		failsWritingNothing(bad + ":" + line + ": score: 3 is not from -1 (dove) to 1 (hawk)", bad);
		Files.writeString(bad, yaml.replace("issue: \"trade-negotiations\"", "issue: \"no-such-topic\""));
		failsWritingNothing("'no-such-topic'; nothing written", bad);
		// the file as accepted
		Files.writeString(proposals, yaml);
		String applied = out("ingest", "apply", proposals.toString(), "--by", "analyst-9");
		assertThat(applied).contains("added person maria-okafor: Maria Okafor (US)")
			.contains("added stance stance-howard-lutnick-hawk-2025: Howard Lutnick hawk (0.8) on trade-negotiations from 2025-06-12, "
					+ "assessed by maria-okafor")
			.contains("added measure tariff-us-tariff-of-25-on-imported-steel: US tariff of 25% on imported steel (tariff, in-force, by US)")
			.doesNotContain("Not written");
		Map<String, Object> stance = query("""
				MATCH (s:Stance {id: 'stance-howard-lutnick-hawk-2025'})-[:OF]->(p:Person), (s)-[:ASSESSED_BY]->(a), (s)-[:ON_ISSUE]->(t:Topic),
				      (s)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(src:Source)
				RETURN p.id AS person, s.label AS label, s.score AS score, toString(s.validFrom) AS validFrom, a.id AS assessor,
				       t.id AS issue, ev.phrase AS phrase, ev.offset AS offset, ev.recordedBy AS by, s.recordedBy AS stanceBy,
				       src.id AS source, s.personSide AS side
				""").get(0);
		assertThat(stance).containsEntry("person", "howard-lutnick").containsEntry("label", "hawk").containsEntry("score", 0.8)
			.containsEntry("validFrom", "2025-06-12").containsEntry("assessor", "maria-okafor").containsEntry("issue", "trade-negotiations")
			.containsEntry("by", "analyst-9").containsEntry("stanceBy", "analyst-9").containsEntry("source", "04_analyst")
			.containsEntry("side", "US");
		assertThat(Files.readString(article).substring(((Number) stance.get("offset")).intValue())).startsWith((String) stance.get("phrase"));
		assertThat((String) stance.get("phrase")).contains("most hawkish voice");
		Map<String, Object> measure = query("""
				MATCH (c:Country)-[:IMPOSED]->(m:Measure {id: 'tariff-us-tariff-of-25-on-imported-steel'})-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(:Source {id: '04_analyst'})
				RETURN c.id AS by, m.kind AS kind, m.rateTo AS rate, m.status AS status, m.title AS title, ev.recordedBy AS recordedBy, ev.phrase AS phrase
				""").get(0);
		assertThat(measure).containsEntry("kind", "tariff").containsEntry("rate", 25L).containsEntry("status", "in-force")
			.containsEntry("by", "US").containsEntry("recordedBy", "analyst-9");
		assertThat((String) measure.get("phrase")).contains("tariffs of 25 percent");

		long n = nodes();
		long r = relationships();
		assertThat(out("ingest", "apply", proposals.toString())).startsWith("Nothing changed: ");
		assertThat(nodes()).isEqualTo(n);
		assertThat(relationships()).isEqualTo(r);
		assertThat(count("MATCH (s:Stance)-[:OF]->(:Person {id: 'howard-lutnick'}) WHERE s.id STARTS WITH 'stance-howard-lutnick-hawk-2025' "
				+ "RETURN count(s)")).isEqualTo(1);
	}

}
