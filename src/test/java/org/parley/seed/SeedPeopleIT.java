package org.parley.seed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's people, organizations and places: every one the articles or the tenure record name, with side, kind
 * and containment, and each mentioned in an article evidenced from that article ({@code checklist/people.csv},
 * {@code organizations.csv}, {@code places.csv}, {@code mentions.csv}).
 */
class SeedPeopleIT extends SeedChecklist {

	/** Named in the articles, or background successors and predecessors from the tenure record. */
	@ParameterizedTest(name = "{0} ({1})")
	@CsvFileSource(resources = FIXTURES + "people.csv", numLinesToSkip = 1)
	void everyPersonOfTheArticlesAndOfTheTenureRecordWithSide(String id, String side) {
		var people = query("""
				MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)-[:REPRESENTS]->(c:Country)
				RETURN p.id AS id, p.name AS name, p.side AS side, c.id AS country, p.aliases AS aliases""",
				Map.of("id", id)).stream().collect(Collectors.toMap(r -> (String) r.get("id"), r -> r));
		assertThat(people).as("person %s", id).containsKey(id);
		var soft = new SoftAssertions();
		soft.assertThat(people.get(id).get("side")).as("side of %s", id).isEqualTo(side);
		soft.assertThat(people.get(id).get("country")).as("%s REPRESENTS", id).isEqualTo(side);
		soft.assertThat((String) people.get(id).get("name")).as("name of %s", id).isNotBlank();
		soft.assertThat(people.get(id).get("aliases")).as("aliases of %s", id).isInstanceOf(List.class);
		soft.assertAll();
	}

	@Test
	void onlyVerifiedWikidataIdsAreSet() {
		var people = byId("MATCH (p:Person) RETURN p.id AS id, p.qid AS qid");
		var soft = new SoftAssertions();
		soft.assertThat(people.get("donald-trump").get("qid")).isEqualTo("Q22686");
		soft.assertThat(people.get("xi-jinping").get("qid")).isEqualTo("Q15031");
		people.forEach((id, p) -> {
			if (!id.equals("donald-trump") && !id.equals("xi-jinping")) {
				soft.assertThat(p.get("qid")).as("unverified QID must stay null for %s", id).isNull();
			}
		});
		soft.assertAll();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvFileSource(resources = FIXTURES + "organizations.csv", numLinesToSkip = 1)
	void organizationsOfTheArticlesWithKind(String id, String kind) {
		var orgs = byId("MATCH (o:Organization) RETURN o.id AS id, o.kind AS kind");
		assertThat(orgs.containsKey(id) ? orgs.get(id).get("kind") : "missing").as("kind of organization %s", id)
			.isEqualTo(kind);
	}

	@Test
	void organizationsWithCountryAndParent() {
		var soft = new SoftAssertions();
		soft.assertThat(query("""
				MATCH (o:Organization)-[:OF_COUNTRY]->(c:Country)
				RETURN o.id + '>' + c.id AS link""")).extracting(r -> r.get("link"))
			.contains("cn-mofcom>CN", "ustr-office>US", "scmp>HK", "business-times>SG", "european-commission>EU",
					"de-finance-ministry>DE");
		soft.assertThat(query("MATCH (o:Organization)-[:PART_OF]->(p:Organization) RETURN o.id + '>' + p.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("cn-mofcom>cn-state-council", "pboc>cn-state-council", "ustr-office>white-house",
					"us-nec>white-house", "ccp-politburo>ccp-central-committee", "g7-finance-ministers>g7");
		soft.assertAll();
	}

	@ParameterizedTest(name = "{0} ({1} in {2})")
	@CsvFileSource(resources = FIXTURES + "places.csv", numLinesToSkip = 1)
	void placesWithKindAndContainment(String id, String kind, String in) {
		var places = byId("""
				MATCH (pl:Place) OPTIONAL MATCH (pl)-[:IN]->(parent)
				RETURN pl.id AS id, pl.kind + '>' + coalesce(parent.id, '') AS where""");
		assertThat(places.containsKey(id) ? places.get(id).get("where") : "missing").as("place %s", id)
			.isEqualTo(kind + ">" + in);
	}

	@Test
	void theSeaAndTheCountriesOfTheArticles() {
		var soft = new SoftAssertions();
		soft.assertThat(byId("MATCH (pl:Place) RETURN pl.id AS id")).containsKey("yellow-sea");
		soft.assertThat(count("MATCH (c:Country) WHERE c.id IN ['US','CN','AR','JP','SG','HK','DE','EU'] RETURN count(c)"))
			.isEqualTo(8);
		soft.assertAll();
	}

	/** Entities each article mentions: each needs evidence drawn from that article. */
	@ParameterizedTest(name = "article {0}")
	@CsvFileSource(resources = FIXTURES + "mentions.csv", numLinesToSkip = 1)
	void mentionsOfPeopleOrganizationsAndPlacesAreEvidencedInEachArticle(String article, String mentioned) {
		var ids = List.copyOf(items(mentioned));
		var evidenced = query("""
				MATCH (x)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Source {id: $source})
				WHERE x.id IN $ids RETURN collect(DISTINCT x.id) AS ids""",
				Map.of("source", ARTICLE_IDS.get(article), "ids", ids)).get(0).get("ids");
		assertThat(list(evidenced)).as("mentions evidenced in article %s", article).containsExactlyInAnyOrderElementsOf(ids);
	}
}
