package org.parley.ingest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The day a measure takes effect is the one the sentence says it takes effect on, not the day of what it tells. */
class MeasuresTests {

	private static final LocalDate TUESDAY = LocalDate.of(2018, 11, 13);

	private static String effective(String sentence, boolean future) {
		int rate = sentence.indexOf('%') >= 0 ? sentence.indexOf('%') + 1 : sentence.indexOf(" percent") + " percent".length();
		return Measures.effective(sentence, rate, TUESDAY, future);
	}

	@Test
	void theDayAfterWordsOfTakingEffect() {
		assertThat(effective("Trump threatened 100% tariffs on Chinese imports starting on December 1 unless Beijing relents.", true))
			.isEqualTo("2018-12-01");
		assertThat(effective("On Friday the ministry said tariffs of 10% take effect on Dec. 1.", true)).isEqualTo("2018-12-01");
		assertThat(effective("$200 billion of goods are set to increase from 10% to 25% on January 1 if Trump decides.", true))
			.isEqualTo("2019-01-01");
	}

	@Test
	void notTheDayOfTheSpeechOrAnnouncement() {
		assertThat(effective("Howard Lutnick gave a speech in New York on Tuesday defending tariffs of 25 percent on imported steel.", false))
			.isNull();
		assertThat(effective("On November 9 Trump announced tariffs of 25% on steel.", false)).isNull();
		assertThat(effective("Tariffs of 25% were defended by him on Friday.", false)).isNull();
	}
}
