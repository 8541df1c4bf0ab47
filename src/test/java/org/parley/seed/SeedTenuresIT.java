package org.parley.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's tenures and names: who held each post on a date ({@code checklist/post-holders.csv}), tenures as
 * background that cite their public-record sources and flag what is unconfirmed, and aliases (misspellings included)
 * that find people, posts and organizations ({@code aliases.csv}).
 */
class SeedTenuresIT extends SeedChecklist {

	private static List<Object> holders(String post, String date) {
		return query("""
				MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(:Post {id: $post})
				WHERE t.start <= $date AND (t.end IS NULL OR t.end >= $date)
				RETURN p.id AS id ORDER BY id""", Map.of("post", post, "date", LocalDate.parse(date)))
			.stream().map(r -> r.get("id")).toList();
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@CsvFileSource(resources = FIXTURES + "post-holders.csv", numLinesToSkip = 1)
	void whoHeldEachPostOnADate(String post, String date, String person) {
		assertThat(holders(post, date)).as("%s on %s", post, date).containsExactly(person);
	}

	/** Before Trump's first term and between his terms the record holds nobody (Biden is not in the corpus). */
	@Test
	void nobodyHoldsAPostTheRecordDoesNotCover() {
		var soft = new SoftAssertions();
		soft.assertThat(holders("us-president", "2022-06-01")).isEmpty();
		soft.assertThat(holders("us-treasury-secretary", "2016-06-01")).isEmpty();
		soft.assertAll();
	}

	@Test
	void tenuresAreBackgroundCiteTheirSourcesAndFlagWhatIsUnconfirmed() {
		var tenures = byId("""
				MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
				RETURN t.id AS id, p.id AS person, post.id AS post, t.basis AS basis, t.confirmed AS confirmed,
				       t.note AS note, t.ordinal AS ordinal, t.startPrecision AS startPrecision, t.start AS start,
				       [(t)-[:CITES]->(s:Source {kind: 'reference'}) WHERE s.url STARTS WITH 'http' | s.id] AS cites""");
		assertThat(tenures).hasSizeGreaterThanOrEqualTo(36);
		assertThat(count("MATCH (t:Tenure) WHERE NOT (:Person)-[:HELD]->(t) OR NOT (t)-[:OF_POST]->(:Post) RETURN count(t)"))
			.isZero();
		var soft = new SoftAssertions();
		tenures.forEach((id, t) -> {
			soft.assertThat(t.get("basis")).as("basis of %s", id)
				.isEqualTo(t.get("post").equals("cn-trade-talks-lead") ? "article" : "background");
			soft.assertThat(list(t.get("cites"))).as("reference sources of %s", id).isNotEmpty();
			soft.assertThat(t.get("start")).as("start of %s", id).isInstanceOf(LocalDate.class);
			if (Boolean.FALSE.equals(t.get("confirmed"))) {
				soft.assertThat((String) t.get("note")).as("why %s is unconfirmed", id).isNotBlank();
			}
		});
		var unconfirmed = tenures.entrySet().stream().filter(e -> Boolean.FALSE.equals(e.getValue().get("confirmed")))
			.map(Map.Entry::getKey).toList();
		soft.assertThat(unconfirmed).containsExactlyInAnyOrder(
				"tenure-janet-yellen-us-treasury-secretary",
				"tenure-jamieson-greer-us-trade-representative",
				"tenure-wilbur-ross-us-commerce-secretary",
				"tenure-gina-raimondo-us-commerce-secretary",
				"tenure-liu-he-ccp-politburo-member",
				"tenure-liu-he-cn-cfeac-office-director",
				"tenure-he-lifeng-cn-cfeac-office-director",
				"tenure-liu-he-cn-trade-talks-lead",
				"tenure-he-lifeng-cn-trade-talks-lead",
				"tenure-valdis-dombrovskis-eu-trade-commissioner");
		soft.assertThat(tenures.get("tenure-steven-mnuchin-us-treasury-secretary").get("ordinal")).isEqualTo(77L);
		soft.assertThat(tenures.get("tenure-janet-yellen-us-treasury-secretary").get("ordinal")).isEqualTo(78L);
		soft.assertThat(tenures.get("tenure-scott-bessent-us-treasury-secretary").get("ordinal")).isEqualTo(79L);
		soft.assertThat(tenures.get("tenure-donald-trump-us-president-45").get("ordinal")).isEqualTo(45L);
		soft.assertThat(tenures.get("tenure-donald-trump-us-president-47").get("ordinal")).isEqualTo(47L);
		soft.assertThat(tenures.get("tenure-liu-he-ccp-politburo-member").get("startPrecision")).isEqualTo("month");
		// one reference Source per URL
		soft.assertThat(count("MATCH (s:Source {kind: 'reference'}) RETURN count(DISTINCT s.url)"))
			.isEqualTo(count("MATCH (s:Source {kind: 'reference'}) RETURN count(s)"))
			.isGreaterThanOrEqualTo(50);
		soft.assertAll();
	}

	private static List<Object> lookup(String label, String name) {
		return query("MATCH (n:" + label + ") WHERE toLower(n.name) = $q OR any(a IN n.aliases WHERE toLower(a) = $q) "
				+ "RETURN n.id AS id ORDER BY id", Map.of("q", name.toLowerCase())).stream().map(r -> r.get("id")).toList();
	}

	@ParameterizedTest(name = "{0} \"{1}\": {2}")
	@CsvFileSource(resources = FIXTURES + "aliases.csv", numLinesToSkip = 1)
	void aliasesFindPeopleAndPostsIncludingMisspellings(String label, String name, String id) {
		assertThat(List.of("Person", "Post", "Organization")).as("fixture label").contains(label);
		assertThat(lookup(label, name)).containsExactly(id);
	}
}
