package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How sentences become interactions, on a small hand-made gazetteer (no database): one meeting told in several
 * sentences is one event, a delegation's members join the round told before, "we" and "the two sides" are the people
 * of the interaction told before, quoted words do not date the event, and a threat is a press report that happened.
 */
class ExtractorTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2030, 3, 14);

	private static Gazetteer gazetteer() {
		return new Gazetteer(List.of(person("ann-smith", "Ann Smith", "US"), person("bo-chen", "Bo Chen", "CN"),
				person("cy-wang", "Cy Wang", "CN"), person("dee-jones", "Dee Jones", "US")), List.of(), List.of(), List.of(), List.of(),
				List.of());
	}

	private static Gazetteer.PersonEntry person(String id, String name, String side) {
		return new Gazetteer.PersonEntry(id, name, side, List.of(name.substring(name.indexOf(' ') + 1)), List.of());
	}

	/** Two presidents: Ann Smith holds us-president from 2029, Bo Chen cn-president from 2025. */
	private static Gazetteer leaders() {
		return new Gazetteer(List.of(
				new Gazetteer.PersonEntry("ann-smith", "Ann Smith", "US", List.of("Smith"),
						List.of(new Gazetteer.TenureEntry("us-president", LocalDate.of(2029, 1, 20), null))),
				new Gazetteer.PersonEntry("bo-chen", "Bo Chen", "CN", List.of("Chen"),
						List.of(new Gazetteer.TenureEntry("cn-president", LocalDate.of(2025, 3, 1), null))),
				new Gazetteer.PersonEntry("ed-old", "Ed Old", "US", List.of("Old"),
						List.of(new Gazetteer.TenureEntry("us-president", LocalDate.of(2025, 1, 20), LocalDate.of(2029, 1, 20))))),
				List.of(), List.of(), List.of(), List.of(), List.of());
	}

	private static List<Proposal> events(String text) {
		var article = new Article("t", "t.txt", text, PUBLISHED, null, null, false);
		return new Extractor(gazetteer(), Cues.get()).extract(article).proposals().stream().filter(p -> p.kind().equals("event")).toList();
	}

	@Test
	void oneMeetingToldInTwoSentencesIsOneEventWithEveryoneNamed() {
		var events = events("Ann Smith and Dee Jones met with Bo Chen in Geneva on Tuesday. Smith met with Chen again to close the day.");
		assertThat(events).hasSize(1);
		assertThat(events.get(0).fields().get("participants")).asList().containsExactlyInAnyOrder("ann-smith", "dee-jones", "bo-chen");
		assertThat(events.get(0).text("date")).isEqualTo("2030-03-12");
	}

	@Test
	void theTwoSidesAndADelegationsMembersJoinTheRoundToldBefore() {
		var events = events("""
				Ann Smith spoke by phone with Bo Chen on Monday.
				The two sides will hold the 3rd round of trade talks in early April.
				Chen's delegation will include Cy Wang.""");
		assertThat(events).extracting(p -> p.text("channel")).containsExactly("phone-call", "in-person-round");
		assertThat(events.get(0).fields().get("participants")).asList().containsExactlyInAnyOrder("ann-smith", "bo-chen");
		assertThat(events.get(1).fields().get("participants")).asList().containsExactlyInAnyOrder("ann-smith", "bo-chen", "cy-wang");
		assertThat(events.get(1).text("status")).isEqualTo("expected");
		assertThat(events.get(1).text("date")).isEqualTo("2030-04-01");
	}

	@Test
	void aQuotedTonightDoesNotDateThePostAndAThreatHappened() {
		var events = events("""
				Ann Smith posted on X, saying, "Tonight Bo Chen and I had a long and useful talk."
				Dee Jones threatened to cancel the visit to Beijing starting on April 2.""");
		assertThat(events).extracting(p -> p.text("channel")).containsExactly("social-media-post", "press-report");
		assertThat(events.get(0).text("precision")).isEqualTo("month");
		assertThat(events.get(1).text("status")).isEqualTo("happened");
		assertThat(events.get(1).text("precision")).isEqualTo("month");
	}

	@Test
	void theTwoLeadersAreTheHoldersOfTheLeadersPostsThatDay() {
		var article = new Article("t", "t.txt", "The leaders of the world's two largest economies held a phone conversation on Monday.",
				PUBLISHED, null, null, false);
		var events = new Extractor(leaders(), Cues.get()).extract(article).proposals().stream().filter(p -> p.kind().equals("event")).toList();
		assertThat(events).hasSize(1);
		assertThat(events.get(0).text("channel")).isEqualTo("phone-call");
		assertThat(events.get(0).fields().get("participants")).asList().containsExactly("ann-smith", "bo-chen");
		// "the leaders" alone could be anyone's: nobody
		article = new Article("t", "t.txt", "The leaders held a phone conversation on Monday.", PUBLISHED, null, null, false);
		assertThat(new Extractor(leaders(), Cues.get()).extract(article).proposals()).noneMatch(p -> p.kind().equals("event"));
	}

	@Test
	void aRelativeClauseTellsOfThePersonNamedBeforeIt() {
		var events = events("Hours earlier, a network aired an interview with Ann Smith, where she said she would still meet Bo Chen at the summit.");
		assertThat(events).extracting(p -> p.text("channel")).containsExactly("media-interview", "summit-meeting");
		assertThat(events.get(0).fields().get("participants")).asList().containsExactly("ann-smith");
		assertThat(events.get(0).text("status")).isEqualTo("happened");
		assertThat(events.get(1).fields().get("participants")).asList().containsExactly("ann-smith", "bo-chen");
		assertThat(events.get(1).text("status")).isEqualTo("expected");
	}

	@Test
	void meetingsOverThePastYearsAreOneSpanAndARetreatIsAMeeting() {
		var events = events("""
				Ann Smith has met Bo Chen several times over the past two years at summits.
				Bo Chen will gather party elders for an annual policy retreat next week.""");
		assertThat(events).extracting(p -> p.text("channel")).containsExactly("meeting", "meeting");
		assertThat(events.get(0).text("precision")).isEqualTo("span");
		assertThat(events.get(0).text("date")).isEqualTo("2028-03-14");
		assertThat(events.get(0).text("endDate")).isEqualTo("2030-03-14");
		assertThat(events.get(1).text("status")).isEqualTo("expected");
	}
}
