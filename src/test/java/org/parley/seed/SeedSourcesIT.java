package org.parley.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's sources and evidence: every event, measure and stance rests on a phrase of at most twenty words found
 * verbatim, at the line and offset it claims, in its article in {@code ../shared/articles} (the evidence test fails
 * with one line naming that directory when it is absent); the articles with their dates and outlets, and the reports
 * they cite.
 */
class SeedSourcesIT extends SeedChecklist {

	private static final Pattern WORDS = Pattern.compile("[\\s\\u00A0]+");

	@Test
	void everyEventMeasureAndStanceHasVerbatimEvidenceOfAtMostTwentyWords() {
		var rows = query("""
				MATCH (n) WHERE n:Event OR n:Measure OR n:Stance
				OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(s:Source {kind: 'article'})
				RETURN n.id AS id, count(ev) AS evidence""");
		assertThat(rows).isNotEmpty();
		assertThat(rows).filteredOn(r -> ((Number) r.get("evidence")).longValue() == 0)
			.as("facts without evidence").isEmpty();

		var evidence = query("""
				MATCH (ev:Evidence) OPTIONAL MATCH (ev)-[:FROM]->(s:Source)
				RETURN ev.id AS id, ev.phrase AS phrase, ev.location AS location, ev.offset AS offset,
				       ev.sourceGrade AS sourceGrade, ev.infoGrade AS infoGrade, ev.anonymous AS anonymous,
				       collect(s.id) AS sources""");
		var soft = new SoftAssertions();
		for (var ev : evidence) {
			String id = (String) ev.get("id");
			List<?> sources = list(ev.get("sources"));
			soft.assertThat(sources).as("%s comes FROM exactly one source", id).hasSize(1);
			if (sources.size() != 1) {
				continue;
			}
			String text = SourceArticles.text((String) sources.get(0));
			String phrase = (String) ev.get("phrase");
			int at = text.indexOf(phrase);
			soft.assertThat(at).as("%s phrase verbatim in %s: %s", id, sources.get(0), phrase).isGreaterThanOrEqualTo(0);
			soft.assertThat(WORDS.split(phrase.strip())).as("%s has at most 20 words", id).hasSizeLessThanOrEqualTo(20);
			if (at >= 0) {
				long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
				soft.assertThat(ev.get("location")).as("%s location", id).isEqualTo("line " + line);
				soft.assertThat(((Number) ev.get("offset")).intValue()).as("%s offset", id).isEqualTo(at);
			}
			soft.assertThat((String) ev.get("sourceGrade")).as("%s source grade", id).matches("[A-F]");
			soft.assertThat(((Number) ev.get("infoGrade")).intValue()).as("%s info grade", id).isBetween(1, 6);
			soft.assertThat(ev.get("anonymous")).as("%s anonymous flag", id).isInstanceOf(Boolean.class);
		}
		soft.assertAll();
		// facts resting on "people familiar with the matter" / "people briefed" are flagged anonymous
		assertThat(query("""
				MATCH (ev:Evidence) WHERE ev.phrase CONTAINS 'people briefed' OR ev.phrase CONTAINS 'people familiar'
				   OR ev.phrase CONTAINS 'People familiar' OR ev.phrase CONTAINS 'the people said'
				RETURN ev.id AS id, ev.anonymous AS anonymous""")).isNotEmpty()
			.allSatisfy(r -> assertThat(r.get("anonymous")).as((String) r.get("id")).isEqualTo(true));
	}

	@Test
	void articleSourcesTheirDatesOutletsAndTheReportsTheyCite() {
		var articles = byId("""
				MATCH (s:Source {kind: 'article'}) OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(o:Organization)
				RETURN s.id AS id, s.published AS published, s.publishedPrecision AS precision,
				       s.publishedBasis AS basis, s.title AS title, o.id AS outlet, o.name AS outletName""");
		assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(ARTICLE_IDS.values());
		var soft = new SoftAssertions();
		Map<String, String> published = Map.of("000", "2018-11-13", "001", "2018-11-01", "002", "2019-09-05",
				"003", "2019-07-24", "004", "2025-10-18");
		published.forEach((code, date) -> {
			var a = articles.get(ARTICLE_IDS.get(code));
			soft.assertThat(a.get("published")).as("published %s", code).isEqualTo(LocalDate.parse(date));
			soft.assertThat((String) a.get("basis")).as("publishedBasis %s", code).isNotBlank();
			soft.assertThat((String) a.get("title")).as("title %s", code).isNotBlank();
		});
		soft.assertThat(articles.get(ARTICLE_IDS.get("001")).get("precision")).isEqualTo("month");
		soft.assertThat(articles.get(ARTICLE_IDS.get("003")).get("outlet")).isEqualTo("business-times");
		for (String code : List.of("000", "001", "002", "004")) {
			soft.assertThat((String) articles.get(ARTICLE_IDS.get(code)).get("outletName")).as("outlet of %s", code)
				.contains("not named");
		}
		var cited = query("""
				MATCH (r:Source {kind: 'cited-report'})-[:CITED_IN]->(a:Source {kind: 'article'})
				OPTIONAL MATCH (r)-[:PUBLISHED_BY]->(o:Organization)
				RETURN r.id + '>' + a.id + '@' + coalesce(o.id, '?') AS link""");
		soft.assertThat(cited).extracting(r -> r.get("link")).contains(
				"wsj-mnuchin-liu-call-2018-11-12>" + ARTICLE_IDS.get("000") + "@wsj",
				"wsj-mnuchin-liu-call-2018-11-12>" + ARTICLE_IDS.get("001") + "@wsj",
				"scmp-liu-expected-visit-2018-11-13>" + ARTICLE_IDS.get("000") + "@scmp",
				"bloomberg-tariff-threat-2018-10>" + ARTICLE_IDS.get("001") + "@bloomberg",
				"xinhua-working-groups-2019-09-05>" + ARTICLE_IDS.get("002") + "@xinhua",
				"peoples-daily-commentary-2019-09>" + ARTICLE_IDS.get("002") + "@peoples-daily",
				"cnbc-mnuchin-interview-2019-07-24>" + ARTICLE_IDS.get("003") + "@cnbc",
				"bloomberg-tv-ross-interview-2019-07-23>" + ARTICLE_IDS.get("003") + "@bloomberg",
				"fox-news-trump-interview-2025-10-17>" + ARTICLE_IDS.get("004") + "@fox-news",
				"cn-state-media-readout-2025-10-18>" + ARTICLE_IDS.get("004") + "@cn-state-media");
		soft.assertAll();
	}
}
