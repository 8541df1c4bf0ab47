package org.parley.report.format;

import java.util.List;
import java.util.Map;

import org.parley.render.HtmlPage;
import org.parley.render.StackedBars;

/**
 * One self-contained HTML page: the table, and the chart a report declares ({@code // chart: ...}) drawn from its
 * rows as an inline SVG. Nothing is fetched when the page opens.
 */
public final class HtmlFormatter implements ResultFormatter {

	@Override
	public String format(QueryResult result) {
		return page("Parley", null, result, null);
	}

	/**
	 * @param note  a line under the title (the report's description), or {@code null}
	 * @param chart the chart to draw from the rows, or {@code null}
	 */
	public static String page(String title, String note, QueryResult result, ReportChart chart) {
		String svg = null;
		if (chart != null && !result.rows().isEmpty()) {
			Map<String, Map<String, Long>> counts = chart.counts(result);
			if (!counts.isEmpty()) {
				svg = StackedBars.svgElement(StackedBars.chart(title, chart.x(), chart.value(), counts, null));
			}
		}
		boolean[] numeric = new boolean[result.columns().size()];
		for (int i = 0; i < numeric.length; i++) {
			numeric[i] = TableFormatter.numeric(result, i);
		}
		List<List<String>> rows = result.rows().stream().map(row -> row.stream().map(CellText::text).toList()).toList();
		return HtmlPage.page(title, note, svg, result.columns(), rows, numeric);
	}
}
