package org.parley.picture;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.parley.render.Palette;

/**
 * A person's events on a time axis, one row per channel, drawn by JFreeChart; the person's tenures are bands behind
 * them, labelled with the post, so a change of post shows where it happened.
 */
final class TimelineChart {

	static final int WIDTH = 1200;

	static final int HEIGHT = 520;

	record Event(LocalDate date, String channel, String status, String title) {
	}

	record Tenure(String post, LocalDate start, LocalDate until) {
	}

	private static final Color[] BANDS = { new Color(0xeef3fb), new Color(0xfbf1e6), new Color(0xeef8ee),
			new Color(0xf6eefa) };

	private TimelineChart() {
	}

	static JFreeChart chart(String title, String note, List<Event> events, List<Tenure> tenures, LocalDate today) {
		Map<String, XYSeries> byChannel = new LinkedHashMap<>();
		var channels = new ArrayList<String>();
		events.stream().map(Event::channel).distinct().sorted().forEach(channels::add);
		for (String channel : channels) {
			byChannel.put(channel, new XYSeries(channel, false, true));
		}
		for (Event event : events) {
			byChannel.get(event.channel()).add(millis(event.date()), channels.indexOf(event.channel()));
		}
		var dataset = new XYSeriesCollection();
		byChannel.values().forEach(dataset::addSeries);
		var time = new DateAxis("date");
		time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
		var rows = new SymbolAxis("channel", channels.toArray(String[]::new));
		rows.setGridBandsVisible(false);
		var renderer = new XYLineAndShapeRenderer(false, true);
		for (int i = 0; i < channels.size(); i++) {
			renderer.setSeriesPaint(i, Palette.channel(channels.get(i)));
			renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
		}
		var plot = new XYPlot(dataset, time, rows, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		for (int i = 0; i < tenures.size(); i++) {
			Tenure tenure = tenures.get(i);
			LocalDate end = tenure.until() == null ? today : tenure.until();
			var band = new IntervalMarker(millis(tenure.start()), millis(end), BANDS[i % BANDS.length]);
			band.setLabel(tenure.post() + " (" + tenure.start() + " to " + (tenure.until() == null ? "now" : tenure.until()) + ")");
			band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
			band.setLabelAnchor(i % 2 == 0 ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
			band.setLabelTextAnchor(i % 2 == 0 ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
			plot.addDomainMarker(band, Layer.BACKGROUND);
		}
		var chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		if (note != null) {
			chart.addSubtitle(new TextTitle(note, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
		}
		return chart;
	}

	private static double millis(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}
}
