package org.parley.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.report.format.TerminalWidth;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal bar chart of {@code channels}: stacked fills per channel, a scale that fits, and a legend. */
class BarChartTests {

	@AfterEach
	void noConsole() {
		TerminalWidth.useConsole(null);
	}

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

	@Test
	void thousandsOfEventsAreScaledToTheWidthAndTheLegendSaysHowMany() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		counts.put("2020-Q1", Map.of("phone-call", 1000L, "video-call", 500L));
		counts.put("2020-Q2", Map.of("video-call", 20L));
		String chart = BarChart.draw(counts, List.of("phone-call", "video-call"));
		assertThat(chart.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
		// 80 - "2020-Q1" - " │" - " 1500" leaves 66 cells: a cell is 23 events, the bar 65 cells
		assertThat(chart.lines().findFirst().orElseThrow())
			.isEqualTo("2020-Q1 │" + "█".repeat(43) + "▓".repeat(22) + " 1500");
		assertThat(chart.lines().skip(1).findFirst().orElseThrow()).isEqualTo("2020-Q2 │▓ 20");
		assertThat(chart).contains("(a cell is 23 events)");
	}

	@Test
	void aWiderConsoleGetsLongerBarsAndTwelveChannelsNeverOverflow() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		Map<String, Long> mix = new LinkedHashMap<>();
		List<String> channels = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			channels.add("channel-" + i);
			mix.put("channel-" + i, 1_000L + 7 * i); // each rounds up when scaled alone
		}
		counts.put("2021-Q1", mix);
		for (int width : new int[] { 40, 80, 200 }) {
			TerminalWidth.useConsole(() -> width);
			String chart = BarChart.draw(counts, channels);
			assertThat(chart.lines()).as("width " + width)
				.allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
			assertThat(chart.lines().findFirst().orElseThrow().length()).as("width " + width).isGreaterThan(width - 12);
		}
	}
}
