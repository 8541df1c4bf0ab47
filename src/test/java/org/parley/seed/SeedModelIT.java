package org.parley.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed as a whole: ids and vocabularies follow the model, loading every statement again changes nothing, and
 * the loaded graph has at least the size the checklist tables describe.
 */
class SeedModelIT extends SeedChecklist {

	@Test
	void vocabulariesAndIdsFollowTheModel() {
		var soft = new SoftAssertions();
		soft.assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT n:SeedFile AND n.id IS NULL RETURN count(n)"))
			.as("nodes without id").isZero();
		soft.assertThat(query("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT n:SeedFile
				WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id""")).as("ids shared by two nodes").isEmpty();
		soft.assertThat(query("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT n:SeedFile AND NOT n:Country
				  AND NOT (n:Source AND n.kind = 'article') AND NOT n.id =~ '[a-z0-9]+(-[a-z0-9]+)*'
				RETURN n.id AS id""")).as("ids that are not lower-case slugs").isEmpty();
		soft.assertThat(count("MATCH (c:Country) WHERE NOT c.id =~ '[A-Z]{2}' RETURN count(c)")).isZero();
		soft.assertThat(count("MATCH (s:Source {kind: 'article'}) WHERE NOT s.id =~ '\\\\d{3}_[0-9a-f]{16}' RETURN count(s)")).isZero();
		Map<String, List<String>> vocab = new LinkedHashMap<>();
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.channel AS v", List.of("phone-call", "video-call", "in-person-round",
				"banquet", "visit", "summit-meeting", "public-statement", "social-media-post", "media-interview", "speech",
				"official-readout", "request-for-comment", "press-report", "meeting"));
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.status AS v",
				List.of("happened", "planned", "expected", "threatened", "cancelled"));
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.dateBasis AS v",
				List.of("stated", "derived-from-publication", "public-record", "inferred"));
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.datePrecision AS v", List.of("day", "month", "year", "span"));
		vocab.put("MATCH (t:Tenure) UNWIND [t.startPrecision, t.endPrecision] AS v WITH v WHERE v IS NOT NULL RETURN DISTINCT v",
				List.of("day", "month", "year"));
		vocab.put("MATCH ()-[r:PARTICIPATED_IN]->() RETURN DISTINCT r.role AS v", List.of("initiator", "counterpart",
				"delegation-member", "delegation-lead", "host", "speaker", "author", "reporter", "recipient", "attendee",
				"subject"));
		vocab.put("MATCH (o:Organization) RETURN DISTINCT o.kind AS v", List.of("government-department", "agency",
				"executive-office", "party-body", "central-bank", "ministry", "state-council", "legislature", "military",
				"media-outlet", "company", "international-body", "forum", "analyst-community", "market", "unattributed"));
		vocab.put("MATCH (p:Place) RETURN DISTINCT p.kind AS v", List.of("city", "venue", "region", "port"));
		vocab.put("MATCH (m:Measure) RETURN DISTINCT m.kind AS v", List.of("tariff", "retaliatory-tariff",
				"export-control", "truce", "consensus", "threat", "goodwill-purchase", "legislation", "sales-ban"));
		vocab.put("MATCH (m:Measure) RETURN DISTINCT m.status AS v",
				List.of("in-force", "planned", "threatened", "expired", "proposed", "agreed", "reported"));
		vocab.put("MATCH (s:Stance) RETURN DISTINCT s.label AS v", List.of("hawk", "hardliner",
				"advocate-of-negotiated-solution", "focused-on-purchases", "willing-to-negotiate", "thwart-china-rise",
				"flip-flopping-bullying", "optimist"));
		vocab.put("MATCH (s:Source) RETURN DISTINCT s.kind AS v", List.of("article", "cited-report", "reference"));
		vocab.forEach((cypher, allowed) -> soft.assertThat(query(cypher)).extracting(r -> r.get("v")).as(cypher)
			.doesNotContainNull()
			.isSubsetOf(allowed));
		soft.assertThat(count("""
				MATCH ()-[r:PARTICIPATED_IN]->() WHERE r.post IS NOT NULL AND NOT EXISTS { MATCH (:Post {id: r.post}) }
				RETURN count(r)""")).as("participations naming an unknown post").isZero();
		soft.assertThat(count("MATCH (p:Post) WHERE NOT (p)-[:IN]->(:Organization) RETURN count(p)")).isZero();
		soft.assertAll();
	}

	private static Map<String, Object> counts() {
		var out = new TreeMap<String, Object>();
		query("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') UNWIND labels(n) AS l RETURN l, count(*) AS c")
			.forEach(r -> out.put("label " + r.get("l"), r.get("c")));
		query("MATCH (n)-[r]->() WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN type(r) AS t, count(*) AS c")
			.forEach(r -> out.put("rel " + r.get("t"), r.get("c")));
		query("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT n:SeedFile RETURN sum(size(keys(n))) AS props").forEach(r -> out.put("props", r.get("props")));
		return out;
	}

	@Test
	void runningEveryStatementAgainChangesNoCounts() {
		var before = counts();
		assertThat(before).containsKeys("label Event", "label Evidence", "label Tenure", "rel PARTICIPATED_IN");
		// Forget the recorded checksums so the loader really runs every statement a second time.
		graph().autoCommit("MATCH (f:SeedFile) DELETE f", Map.of());
		var again = loadSeed();
		assertThat(again).isNotEmpty().allMatch(a -> a.changed());
		assertThat(again).extracting(a -> a.nodesCreated()).containsOnly(0);
		assertThat(again).extracting(a -> a.relationshipsCreated()).containsOnly(0);
		assertThat(counts()).isEqualTo(before);
	}

	/** Counts after a real load, printed for the docs; also guards against whole files silently matching nothing. */
	@Test
	void theLoadedGraphHasTheExpectedSize() {
		var c = counts();
		var lines = new ArrayList<String>();
		c.forEach((k, v) -> lines.add(k + " = " + v));
		System.out.println("[negotiator graph] " + String.join(", ", lines));
		var soft = new SoftAssertions();
		soft.assertThat((Long) c.get("label Event")).isGreaterThanOrEqualTo(rows("events.csv"));
		soft.assertThat((Long) c.get("label Measure")).isGreaterThanOrEqualTo(rows("measures.csv"));
		soft.assertThat((Long) c.get("label Stance")).isGreaterThanOrEqualTo(rows("stances.csv"));
		soft.assertThat((Long) c.get("label Evidence")).isGreaterThanOrEqualTo(150);
		soft.assertThat((Long) c.get("rel EVIDENCED_BY")).isGreaterThanOrEqualTo(300);
		soft.assertAll();
	}
}
