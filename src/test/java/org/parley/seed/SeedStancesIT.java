package org.parley.seed;

import java.time.LocalDate;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's stances: label, score, assessor, issue and date of each stance the articles ascribe
 * ({@code checklist/stances.csv}); scores within [-1, 1] and never a property of the person.
 */
class SeedStancesIT extends SeedChecklist {

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = FIXTURES + "stances.csv", numLinesToSkip = 1)
	void stancesWithLabelScoreAssessorIssueAndDate(String id, String person, String label, Double score,
			String assessedBy) {
		var stances = byId("""
				MATCH (s:Stance {id: $id})-[:OF]->(p:Person)
				RETURN s.id AS id, p.id AS person, s.label AS label, s.score AS score, s.validFrom AS validFrom,
				       s.validFromPrecision AS precision, s.note AS note,
				       [(s)-[:ASSESSED_BY]->(a) | a.id] AS assessedBy, [(s)-[:ON_ISSUE]->(t:Topic) | t.id] AS issues""",
				Map.of("id", id));
		var s = stances.get(id);
		assertThat(s).as("stance %s", id).isNotNull();
		var soft = new SoftAssertions();
		soft.assertThat(s.get("person")).as("person of %s", id).isEqualTo(person);
		soft.assertThat(s.get("label")).as("label of %s", id).isEqualTo(label);
		soft.assertThat(s.get("score") == null ? null : ((Number) s.get("score")).doubleValue()).as("score of %s", id)
			.isEqualTo(score);
		soft.assertThat(list(s.get("assessedBy"))).as("assessors of %s", id)
			.containsExactlyInAnyOrderElementsOf(items(assessedBy));
		soft.assertThat(list(s.get("issues"))).as("issues of %s", id).isNotEmpty();
		soft.assertThat(s.get("validFrom")).as("validFrom of %s", id).isInstanceOf(LocalDate.class);
		soft.assertThat((String) s.get("note")).as("note of %s", id).isNotBlank();
		soft.assertAll();
	}

	/** Hawks score above doves; stances are never Person properties. */
	@Test
	void scoresStayInRangeAndOffThePerson() {
		var soft = new SoftAssertions();
		soft.assertThat(count("MATCH (s:Stance) WHERE s.score < -1 OR s.score > 1 RETURN count(s)")).isZero();
		soft.assertThat(count("""
				MATCH (p:Person) WHERE p.stance IS NOT NULL OR p.label IS NOT NULL OR p.score IS NOT NULL
				RETURN count(p)""")).isZero();
		soft.assertThat(query("""
				MATCH (hard:Stance)-[:OF]->(:Person {id: 'zhong-shan'}), (soft:Stance)-[:OF]->(:Person {id: 'liu-he'})
				WHERE hard.score <= soft.score RETURN hard.id AS id""")).as("Zhong is more hawkish than Liu").isEmpty();
		soft.assertAll();
	}
}
