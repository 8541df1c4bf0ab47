package org.parley.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stacked bar per period drawn with Unicode block characters, one fill per channel, and a legend: the mix of
 * channels at a glance in a terminal. Each event is the same number of cells, as many as let the longest bar fit.
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
		int cell = (int) Math.max(1, Math.min(4, BAR_WIDTH / longest));
		int label = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
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
				bar.append(fills.get(channel).repeat((int) (n * cell)));
				total += n;
			}
			text.append(String.format("%-" + label + "s │%s %d%n", period, bar, total));
		});
		var legend = new ArrayList<String>();
		fills.forEach((channel, fill) -> legend.add(fill.repeat(2) + " " + channel));
		text.append(wrap(legend, label + 2));
		return text.toString();
	}

	/** The legend's entries on lines of at most 80 columns, indented under the bars. */
	private static String wrap(List<String> entries, int indent) {
		var text = new StringBuilder();
		var line = new StringBuilder(" ".repeat(indent));
		for (String entry : entries) {
			if (line.length() > indent && line.length() + 2 + entry.length() > 80) {
				text.append(line.toString().stripTrailing()).append('\n');
				line = new StringBuilder(" ".repeat(indent));
			}
			line.append(line.length() > indent ? "  " : "").append(entry);
		}
		return text.append(line.toString().stripTrailing()).append('\n').toString();
	}
}
