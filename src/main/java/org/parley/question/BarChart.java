package org.parley.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.report.format.TerminalWidth;

/**
 * A stacked bar per period drawn with Unicode block characters, one fill per channel, and a legend: the mix of
 * channels at a glance in a terminal. Each event is the same number of cells, as many as let the longest bar fit in
 * the terminal's width ({@link TerminalWidth}); where even one cell an event is too wide (a large synthetic network), a
 * cell stands for several events, as the legend says, and no line is wider than the terminal.
 */
final class BarChart {

	private static final String[] FILLS = { "█", "▓", "▒", "░", "▞", "▚", "▌", "▐", "▄", "▀", "▖", "▝" };

	private static final int BAR_WIDTH = 48;

	private BarChart() {
	}

	/**
	 * @param counts per period (in order), the events per channel
	 * @param order  the channels, most frequent first: they take the fills in this order
	 */
	static String draw(Map<String, Map<String, Long>> counts, List<String> order) {
		long longest = counts.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
			.max().orElse(0);
		if (longest == 0) {
			return "";
		}
		int width = TerminalWidth.columns();
		int label = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
		// a line is the label, " │", the bar, " " and the total
		int room = Math.max(10, width - label - 3 - String.valueOf(longest).length());
		int cell = (int) Math.max(1, Math.min(4, Math.min(BAR_WIDTH, room) / longest));
		long per = longest <= room ? 1 : (longest + room - 1) / room; // events a cell stands for
		Map<String, String> fills = new LinkedHashMap<>();
		for (int i = 0; i < order.size(); i++) {
			fills.put(order.get(i), FILLS[i % FILLS.length]);
		}
		var text = new StringBuilder();
		counts.forEach((period, mix) -> {
			var bar = new StringBuilder();
			long total = 0;
			for (String channel : order) {
				long n = mix.getOrDefault(channel, 0L);
				// scaled: rounding the running total, so that the bar is round(total / per) cells at most
				int cells = per == 1 ? (int) (n * cell)
						: (int) (Math.round((double) (total + n) / per) - Math.round((double) total / per));
				bar.append(fills.get(channel).repeat(cells));
				total += n;
			}
			text.append(String.format("%-" + label + "s │%s %d%n", period, bar, total));
		});
		var legend = new ArrayList<String>();
		fills.forEach((channel, fill) -> legend.add(fill.repeat(2) + " " + channel));
		if (per > 1) {
			legend.add("(a cell is " + per + " events)");
		}
		text.append(wrap(legend, label + 2, width));
		return text.toString();
	}

	/** The legend's entries on lines as wide as the terminal at most, indented under the bars. */
	private static String wrap(List<String> entries, int indent, int width) {
		var text = new StringBuilder();
		var line = new StringBuilder(" ".repeat(indent));
		for (String entry : entries) {
			if (line.length() > indent && line.length() + 2 + entry.length() > width) {
				text.append(line.toString().stripTrailing()).append('\n');
				line = new StringBuilder(" ".repeat(indent));
			}
			line.append(line.length() > indent ? "  " : "").append(entry);
		}
		return text.append(line.toString().stripTrailing()).append('\n').toString();
	}
}
