package org.parley.seed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's events: every dated event the articles report with channel, status, date and evidence from the article
 * that first reports it ({@code checklist/events.csv}), who took part in which role and post
 * ({@code participants.csv}), summits, rounds and sideline meetings, and relative dates on the weekday the text
 * names ({@code weekdays.csv}).
 */
class SeedEventsIT extends SeedChecklist {

	record Part(String event, String who, String role, String post) {
	}

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = FIXTURES + "events.csv", numLinesToSkip = 1)
	void everyEventWithChannelStatusDateAndEvidenceFromItsArticle(String id, String article, String channel,
			String status, String date, String precision, String basis) {
		var events = byId("""
				MATCH (e:Event {id: $id})
				OPTIONAL MATCH (e)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(s:Source)
				RETURN e.id AS id, e.channel AS channel, e.status AS status, e.date AS date,
				       e.datePrecision AS precision, e.dateBasis AS basis, e.dateNote AS note, e.cameo AS cameo,
				       e.title AS title, e.summary AS summary, collect(DISTINCT s.id) AS sources""", Map.of("id", id));
		var e = events.get(id);
		assertThat(e).as("event %s", id).isNotNull();
		var soft = new SoftAssertions();
		soft.assertThat(e.get("channel")).as("channel of %s", id).isEqualTo(channel);
		soft.assertThat(e.get("status")).as("status of %s", id).isEqualTo(status);
		soft.assertThat(e.get("date")).as("date of %s", id).isEqualTo(LocalDate.parse(date));
		soft.assertThat(e.get("precision")).as("precision of %s", id).isEqualTo(precision);
		soft.assertThat(e.get("basis")).as("date basis of %s", id).isEqualTo(basis);
		soft.assertThat((String) e.get("note")).as("date note of %s", id).isNotBlank();
		soft.assertThat((String) e.get("cameo")).as("CAMEO code of %s", id).matches("\\d{3,4}");
		soft.assertThat((String) e.get("title")).as("title of %s", id).isNotBlank();
		soft.assertThat((String) e.get("summary")).as("summary of %s", id).isNotBlank();
		soft.assertThat(list(e.get("sources"))).as("evidence of %s from article %s", id, article)
			.contains(ARTICLE_IDS.get(article));
		soft.assertAll();
	}

	/** Who took part in which event, in which role, acting in which post. */
	@ParameterizedTest(name = "{1} as {2} in {0}")
	@CsvFileSource(resources = FIXTURES + "participants.csv", numLinesToSkip = 1)
	void participantsWithRolesAndThePostTheyActedIn(String event, String who, String role, String post) {
		var found = query("""
				MATCH (x)-[r:PARTICIPATED_IN]->(e:Event)
				RETURN e.id AS event, x.id AS who, r.role AS role, r.post AS post, r.side AS side""").stream()
			.map(r -> new Part((String) r.get("event"), (String) r.get("who"), (String) r.get("role"),
					(String) r.get("post")))
			.collect(Collectors.toSet());
		assertThat(found).contains(new Part(event, who, role, post));
	}

	@Test
	void participationsAgreeWithTenuresAndSides() {
		assertThat(query("MATCH (e:Event) WHERE NOT ()-[:PARTICIPATED_IN]->(e) RETURN e.id AS id"))
			.as("events without any participant").isEmpty();
		// A post named on a participation is one the person held on the event's date.
		assertThat(query("""
				MATCH (x:Person)-[r:PARTICIPATED_IN]->(e:Event) WHERE r.post IS NOT NULL
				AND NOT EXISTS {
				  MATCH (x)-[:HELD]->(t:Tenure)-[:OF_POST]->(:Post {id: r.post})
				  WHERE t.start <= e.date AND (t.end IS NULL OR t.end >= e.date)
				}
				RETURN x.id + ' as ' + r.post + ' in ' + e.id AS mismatch""")).isEmpty();
		// Sides on participations agree with the participant's own side.
		assertThat(query("""
				MATCH (x)-[r:PARTICIPATED_IN]->(:Event) WHERE r.side IS NOT NULL AND x.side IS NOT NULL AND r.side <> x.side
				RETURN x.id AS id""")).isEmpty();
	}

	@Test
	void theTreasuryChannelCanBeFollowedAcrossTurnover() {
		var holders = query("""
				MATCH (p:Person)-[r:PARTICIPATED_IN {post: 'us-treasury-secretary'}]->(e:Event)
				WITH p, min(e.date) AS first, max(e.date) AS last
				RETURN p.id AS id, first, last ORDER BY first""");
		assertThat(holders).extracting(r -> r.get("id")).containsExactly("steven-mnuchin", "scott-bessent");
		var counterparts = query("""
				MATCH (:Post {id: 'us-treasury-secretary'})<-[:OF_POST]-(:Tenure)<-[:HELD]-(us:Person)
				MATCH (us)-[r1:PARTICIPATED_IN {post: 'us-treasury-secretary'}]->(e:Event)<-[r2:PARTICIPATED_IN {post: 'cn-vice-premier'}]-(cn:Person)
				RETURN DISTINCT us.id + '/' + cn.id AS pair""");
		assertThat(counterparts).extracting(r -> r.get("pair"))
			.contains("steven-mnuchin/liu-he", "scott-bessent/he-lifeng");
	}

	@Test
	void summitsRoundsAndSidelineMeetings() {
		assertThat(query("MATCH (s:Event:Summit) RETURN s.id AS id")).extracting(r -> r.get("id"))
			.containsExactlyInAnyOrder("g20-buenos-aires-2018", "g20-osaka-2019", "apec-2025");
		assertThat(query("MATCH (r:Event:Round) RETURN r.id + '#' + toString(r.number) AS round"))
			.extracting(r -> r.get("round"))
			.containsExactlyInAnyOrder("round-12-shanghai-2019#12", "round-13-washington-2019-10#13");
		assertThat(query("MATCH (e:Event)-[:DURING]->(s:Summit) RETURN e.id + '>' + s.id AS link"))
			.extracting(r -> r.get("link"))
			.containsExactlyInAnyOrder("meeting-trump-xi-buenos-aires-2018>g20-buenos-aires-2018",
					"meeting-trump-xi-osaka-2019>g20-osaka-2019", "meeting-trump-xi-apec-2025>apec-2025");
		assertThat(query("MATCH (e:Event {id: 'banquet-shanghai-2019-07-30'})-[:DURING]->(r:Round) RETURN r.id AS id"))
			.extracting(r -> r.get("id")).containsExactly("round-12-shanghai-2019");
		assertThat(query("MATCH (e:Event {id: 'banquet-shanghai-2019-07-30'})-[:AT]->(p:Place)-[:IN]->(c:Place) RETURN p.id + '>' + c.id AS at"))
			.extracting(r -> r.get("at")).containsExactly("peace-hotel>shanghai");
		assertThat(query("""
				MATCH (e:Event {id: 'round-12-shanghai-2019'}) RETURN e.endDate AS end"""))
			.extracting(r -> r.get("end")).containsExactly(LocalDate.of(2019, 7, 31));
		assertThat(query("""
				MATCH (e:Event {id: 'g20-buenos-aires-2018'}) RETURN e.date AS start, e.endDate AS end"""))
			.containsExactly(Map.of("start", LocalDate.of(2018, 11, 30), "end", LocalDate.of(2018, 12, 1)));
	}

	/** Relative dates ("on Friday", "Tuesday") must land on the weekday the text names. */
	@ParameterizedTest(name = "{0} on a {1}")
	@CsvFileSource(resources = FIXTURES + "weekdays.csv", numLinesToSkip = 1)
	void relativeDatesFallOnTheWeekdayTheTextNames(String id, DayOfWeek day) {
		var dates = byId("MATCH (e:Event) RETURN e.id AS id, e.date AS date");
		assertThat(((LocalDate) dates.get(id).get("date")).getDayOfWeek()).as("weekday of %s", id).isEqualTo(day);
	}

	@Test
	void articlesArePublishedOnTheWeekdayTheirTextNames() {
		var published = byId("MATCH (s:Source {kind: 'article'}) RETURN s.id AS id, s.published AS date");
		var soft = new SoftAssertions();
		soft.assertThat(((LocalDate) published.get(ARTICLE_IDS.get("000")).get("date")).getDayOfWeek())
			.isEqualTo(DayOfWeek.TUESDAY);
		soft.assertThat(((LocalDate) published.get(ARTICLE_IDS.get("002")).get("date")).getDayOfWeek())
			.isEqualTo(DayOfWeek.THURSDAY);
		soft.assertThat(((LocalDate) published.get(ARTICLE_IDS.get("003")).get("date")).getDayOfWeek())
			.isEqualTo(DayOfWeek.WEDNESDAY);
		soft.assertAll();
	}
}
