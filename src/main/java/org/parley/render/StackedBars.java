package org.parley.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A stacked bar per period, one colour per series (channel), drawn by JFreeChart: the channel mix at a glance.
 * Periods keep the order given; series are stacked most frequent first.
 */
public final class StackedBars {

	/** More bars than this do not read: the latest ones are drawn and the subtitle says how many were left out. */
	public static final int MAX_BARS = 60;

	public static final int WIDTH = 1000;

	public static final int HEIGHT = 560;

	private StackedBars() {
	}

	/**
	 * @param counts per period (in order), the count per series
	 * @param note   a line under the title (what is counted, what was left out), or {@code null}
	 */
	public static JFreeChart chart(String title, String periodLabel, String valueLabel,
			Map<String, Map<String, Long>> counts, String note) {
		Map<String, Long> totals = new LinkedHashMap<>();
		counts.values().forEach(mix -> mix.forEach((series, n) -> totals.merge(series, n, Long::sum)));
		var order = new ArrayList<>(totals.keySet());
		order.sort((x, y) -> Long.compare(totals.get(y), totals.get(x)));
		var dataset = new DefaultCategoryDataset();
		var periods = new ArrayList<>(counts.keySet());
		List<String> shown = periods.subList(Math.max(0, periods.size() - MAX_BARS), periods.size());
		for (String series : order) {
			for (String period : shown) {
				dataset.addValue(counts.get(period).getOrDefault(series, 0L), series, period);
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(title, periodLabel, valueLabel, dataset);
		chart.setBackgroundPaint(Color.WHITE);
		String left = periods.size() > shown.size() ? "left out the " + (periods.size() - shown.size())
				+ " earliest periods (at most " + MAX_BARS + " bars; narrow with --from or use a longer period)" : null;
		String subtitle = note == null ? left : left == null ? note : note + "; " + left;
		if (subtitle != null) {
			chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		var renderer = (StackedBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.08);
		for (int i = 0; i < order.size(); i++) {
			renderer.setSeriesPaint(i, Palette.channel(order.get(i)));
		}
		CategoryAxis axis = plot.getDomainAxis();
		if (shown.size() > 8) {
			axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return chart;
	}

	/** The chart as an SVG document or PNG image of {@link #WIDTH} by {@link #HEIGHT}. */
	public static byte[] encode(JFreeChart chart, ImageFormat format) {
		return format.paint(WIDTH, HEIGHT, g -> chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT)));
	}

	/** The chart as an {@code <svg>} element to put inside an HTML page (no XML declaration). */
	public static String svgElement(JFreeChart chart) {
		String svg = new String(encode(chart, ImageFormat.SVG), java.nio.charset.StandardCharsets.UTF_8);
		int start = svg.indexOf("<svg");
		return start < 0 ? svg : svg.substring(start);
	}
}
