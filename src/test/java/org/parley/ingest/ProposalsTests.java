package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The proposals file: written so any text reads back the same, and an invalid edit named by FILE:LINE. */
class ProposalsTests {

	private static Proposals sample() {
		var person = Proposal.of("p1", "person", 0.95, "'Scott Bessent' is the name of Scott Bessent", 26, 39, "Scott Bessent",
				Map.of("person", "scott-bessent"));
		var event = Proposal.of("p2", "event", 0.8, "a \"quoted\" reason\nwith a new line and a \u2028 separator", 0, 40,
				"held a video call with \u202Eevil", new java.util.LinkedHashMap<>(Map.of("channel", "video-call", "participants",
						List.of("scott-bessent", "p1"), "precision", "day")));
		return new Proposals("004_ca7bab2cb521082e", "a.txt", LocalDate.of(2025, 10, 18), null, null, "en", null, List.of(person, event));
	}

	@Test
	void everyStringReadsBackTheSameWhateverItHolds() {
		String yaml = ProposalsFile.write(sample());
		assertThat(yaml).doesNotContain("\u2028").doesNotContain("\u202E").contains("\\u2028").contains("\\u202E");
		assertThat(yaml.lines().filter(l -> l.startsWith("#")).count()).isGreaterThan(3);
		Proposals back = ProposalsFile.read(yaml, "x.yaml");
		assertThat(back.article()).isEqualTo("004_ca7bab2cb521082e");
		assertThat(back.published()).isEqualTo(LocalDate.of(2025, 10, 18));
		assertThat(back.proposals()).hasSize(2);
		Proposal event = back.proposals().get(1);
		assertThat(event.reason()).isEqualTo(sample().proposals().get(1).reason());
		assertThat(event.phrase()).isEqualTo("held a video call with \u202Eevil");
		assertThat(event.fields().get("participants")).isEqualTo(List.of("scott-bessent", "p1"));
		assertThat(event.decision()).isEqualTo("pending");
		assertThat(event.start()).isZero();
		assertThat(event.end()).isEqualTo(40);
		assertThat(yaml.lines().toList().get(event.lineOf("channel") - 1)).contains("channel: \"video-call\"");
	}

	@Test
	void anInvalidEditIsNamedByFileAndLine() {
		String yaml = ProposalsFile.write(sample());
		String badDecision = yaml.replaceFirst("decision: pending", "decision: maybe");
		int line = lineOf(badDecision, "decision: maybe");
		assertThatThrownBy(() -> ProposalsFile.read(badDecision, "x.yaml")).isInstanceOf(ParleyException.class)
			.hasMessage("x.yaml:" + line + ": decision: 'maybe' is not one of pending, accept, reject");
		String badSpan = yaml.replaceFirst("span: \\[26, 39\\]", "span: [39, 26]");
		assertThatThrownBy(() -> ProposalsFile.read(badSpan, "x.yaml"))
			.hasMessage("x.yaml:" + lineOf(badSpan, "span: [39, 26]") + ": span: expected [start, end] character offsets, start before end");
		String broken = yaml.replaceFirst("    kind: event", "    kind: [event");
		assertThatThrownBy(() -> ProposalsFile.read(broken, "x.yaml")).hasMessageStartingWith("x.yaml:").hasMessageContaining("not valid YAML");
		String twice = yaml.replaceFirst("id: \"p2\"", "id: \"p1\"");
		assertThatThrownBy(() -> ProposalsFile.read(twice, "x.yaml")).hasMessageContaining(": proposal id 'p1' is used twice");
		String longPhrase = yaml.replaceFirst("phrase: \"Scott Bessent\"", "phrase: \"" + "word ".repeat(21) + "\"");
		assertThatThrownBy(() -> ProposalsFile.read(longPhrase, "x.yaml")).hasMessageContaining("the phrase has more than 20 words");
		assertThatThrownBy(() -> ProposalsFile.read("just text", "x.yaml")).hasMessageStartingWith("x.yaml:1: not a proposals file");
	}

	@Test
	void spansAreVerbatimAndAtMostTwentyWords() {
		String text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
				+ "seventeen eighteen nineteen twenty twentyone twentytwo Scott Bessent twentyfive.";
		var span = Spans.phrase(text, text.indexOf("Scott"), text.indexOf("Scott") + 13);
		assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text()).contains("Scott Bessent");
		assertThat(span.text().split(" ")).hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void englishIsToldFromOtherLanguages() {
		assertThat(Article.notEnglish("The two officials spoke by phone on Friday, according to people briefed on the matter.")).isNull();
		assertThat(Article.notEnglish("Der US-Finanzminister und der chinesische Vizepremier haben am Freitag in einer "
				+ "Videokonferenz über den Handelsstreit gesprochen, teilte das Ministerium mit.")).startsWith("too few common English words");
		assertThat(Article.notEnglish("美国财政部长贝森特与中国国务院副总理何立峰举行视频通话。")).isEqualTo("most of it is in Han script");
	}

	@Test
	void htmlIsStrippedToItsText() {
		assertThat(Article.htmlText("<html><head><script>alert(1)</script></head><body><nav>Home</nav><h1>Talks</h1>"
				+ "<p>Bessent <b>met</b> He Lifeng.</p><p>More.</p></body></html>")).isEqualTo("Talks\nBessent met He Lifeng.\nMore.");
	}

	private static int lineOf(String text, String what) {
		var lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(what)) {
				return i + 1;
			}
		}
		return -1;
	}
}
