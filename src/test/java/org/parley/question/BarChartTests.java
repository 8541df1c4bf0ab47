package org.parley.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal bar chart of {@code channels}: stacked fills per channel, a scale that fits, and a legend. */
class BarChartTests {

	@Test
	void eachPeriodIsAStackedBarWithItsTotalAndTheLegendNamesTheFills() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		counts.put("2019-Q3", Map.of("phone-call", 2L, "banquet", 1L));
		counts.put("2019-Q4", Map.of("video-call", 1L));
		assertThat(BarChart.draw(counts, List.of("phone-call", "banquet", "video-call"))).isEqualTo("""
				2019-Q3 │████████▓▓▓▓ 3
				2019-Q4 │▒▒▒▒ 1
				         ██ phone-call  ▓▓ banquet  ▒▒ video-call
				""");
	}

	@Test
	void manyEventsShrinkTheCellsSoTheLongestBarFits() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		counts.put("2019", Map.of("phone-call", 60L));
		String chart = BarChart.draw(counts, List.of("phone-call"));
		assertThat(chart.lines().findFirst().orElseThrow()).isEqualTo("2019 │" + "█".repeat(60) + " 60");
		assertThat(BarChart.draw(new LinkedHashMap<>(), List.of())).isEmpty();
	}

	@Test
	void theLegendWrapsAtEightyColumns() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		List<String> channels = List.of("phone-call", "meeting", "press-report", "summit-meeting", "in-person-round",
				"public-statement", "banquet", "video-call");
		Map<String, Long> mix = new LinkedHashMap<>();
		channels.forEach(c -> mix.put(c, 1L));
		counts.put("2018-Q4", mix);
		String chart = BarChart.draw(counts, channels);
		assertThat(chart.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
		assertThat(chart.lines().skip(1)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("         "));
	}
}
