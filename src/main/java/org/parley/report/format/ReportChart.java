package org.parley.report.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The chart a report declares in its header, drawn in its HTML page: {@code // chart: bars x=period series=channel
 * value=events} stacks, per value of column {@code x} (in the rows' order), the numbers of column {@code value}
 * per value of column {@code series}.
 */
public record ReportChart(String x, String series, String value) {

	private static final Pattern DECLARATION = Pattern
		.compile("bars\\s+x=([A-Za-z_][A-Za-z0-9_]*)\\s+series=([A-Za-z_][A-Za-z0-9_]*)\\s+value=([A-Za-z_][A-Za-z0-9_]*)");

	/** The {@code channels} answer: contacts per period, stacked by channel. */
	public static final ReportChart CHANNELS = new ReportChart("period", "channel", "events");

	/** @return {@code null} when the text is not a chart declaration */
	public static ReportChart parse(String text) {
		var matcher = DECLARATION.matcher(text.strip());
		return matcher.matches() ? new ReportChart(matcher.group(1), matcher.group(2), matcher.group(3)) : null;
	}

	/** Per x (in row order), the sum of value per series; empty when a column is missing or a value is not a number. */
	Map<String, Map<String, Long>> counts(QueryResult result) {
		int xColumn = result.column(x);
		int seriesColumn = result.column(series);
		int valueColumn = result.column(value);
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		if (xColumn < 0 || seriesColumn < 0 || valueColumn < 0) {
			return counts;
		}
		for (List<Object> row : result.rows()) {
			if (!(row.get(valueColumn) instanceof Number n)) {
				return new LinkedHashMap<>();
			}
			counts.computeIfAbsent(CellText.text(row.get(xColumn)), k -> new LinkedHashMap<>())
				.merge(CellText.text(row.get(seriesColumn)), n.longValue(), Long::sum);
		}
		return counts;
	}
}
