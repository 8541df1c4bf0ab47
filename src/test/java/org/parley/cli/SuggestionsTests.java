package org.parley.cli;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTests {

	@Test
	void distanceCountsSingleCharacterEdits() {
		assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
		assertThat(Suggestions.distance("who", "who")).isZero();
		// plain Levenshtein: a transposition is two edits, as in the three copies this replaces
		assertThat(Suggestions.distance("hwo", "who")).isEqualTo(2);
	}

	@Test
	void suggestsTheNearestNameWithinAThirdOfTheWord() {
		var commands = List.of("who", "roles", "report", "seed", "hawks");
		assertThat(Suggestions.didYouMean(commands, "reprot", false)).isEqualTo(" (did you mean 'report'?)");
		assertThat(Suggestions.didYouMean(commands, "hwks", false)).isEqualTo(" (did you mean 'hawks'?)");
		// short words still get one edit
		assertThat(Suggestions.didYouMean(commands, "wh", false)).isEqualTo(" (did you mean 'who'?)");
		assertThat(Suggestions.didYouMean(commands, "xyzzy", false)).isEmpty();
	}

	@Test
	void containingMakesAPartOfTheNameNearToo() {
		var reports = List.of("counterparts-by-year", "hawks");
		assertThat(Suggestions.didYouMean(reports, "counterparts", false)).isEmpty();
		assertThat(Suggestions.didYouMean(reports, "counterparts", true))
			.isEqualTo(" (did you mean 'counterparts-by-year'?)");
		assertThat(Suggestions.closest(reports, "hawks-2019", true)).contains("hawks");
	}

	@Test
	void theNearestWinsOverAFartherOneThatContainsTheWord() {
		assertThat(Suggestions.closest(List.of("timeline-long", "timelines"), "timeline", true)).contains("timelines");
	}
}
