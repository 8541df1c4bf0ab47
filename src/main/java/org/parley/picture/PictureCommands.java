package org.parley.picture;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Value;
import org.parley.report.format.Plural;
import org.parley.errors.UsageException;
import org.parley.files.OutputFiles;
import org.parley.graph.Graph;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.render.ImageFormat;
import org.parley.render.StackedBars;
import org.parley.report.format.QueryResult;
import org.parley.report.catalog.PackagedReports;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code draw}, {@code chart channels} and {@code chart timeline}: pictures written to an SVG or PNG file. */
@Component
class PictureCommands {




	/** More events than this on one timeline do not read: the first ones are drawn and the chart says so. */
	static final int MAX_EVENTS = 400;

	private final Graph graph;

	private final Names names;

	private final PackagedReports reports;

	PictureCommands(@Lazy Graph graph, Names names, PackagedReports reports) {
		this.graph = graph;
		this.names = names;
		this.reports = reports;
	}

	@Command(name = "draw", group = "Pictures",
			description = "Draw a person's network of contacts to an SVG or PNG file: people by side, lines by channel.",
			help = "Draws at most " + EgoNetwork.MAX_PEOPLE + " people and " + EgoNetwork.MAX_LINKS
					+ " links (those with the most contacts) and says what it left out.\nExample: draw Mnuchin --depth 2 --out mnuchin.svg",
			completionProvider = "questionCompletion")
	void draw(@Argument(index = 0, description = "PERSON: a person's name, alias or id") String person,
			@Option(longName = "depth", description = "1: the person's contacts; 2: also their contacts' contacts. Default: 1.") String depth,
			@Option(longName = "at", description = "The day whose posts are shown, as YYYY-MM-DD. Default: --to, else today.") @Accepts(Accepts.Value.DATE) String at,
			@Option(longName = "from", description = "First day of contacts to count, as YYYY-MM-DD. Default: the start of the records.") @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = "Last day of contacts to count, as YYYY-MM-DD. Default: the end of the records.") @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "out", description = "The picture's file, ending in .svg or .png.") String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		long start = System.nanoTime();
		ImageFormat format = ImageFormat.ofFile(out);
		int levels = depth(depth);
		LocalDate fromDay = reports.date("from", from);
		LocalDate toDay = reports.date("to", to);
		range(fromDay, toDay);
		LocalDate atDay = reports.date("at", at);
		OutputFiles.checkTarget(out, Boolean.TRUE.equals(force));
		ResolvedName center = names.resolve(person, Kind.PERSON);
		LocalDate day = atDay != null ? atDay : toDay != null ? toDay : reports.today();
		EgoNetwork.Ego ego = new EgoNetwork(graph).of(center, levels, fromDay, toDay, day);
		String drawn = ego.people().size() + " people, " + ego.links().size() + (ego.links().size() == 1 ? " link" : " links");
		var left = new ArrayList<String>();
		if (ego.peopleFound() > ego.people().size()) {
			left.add((ego.peopleFound() - ego.people().size()) + " of " + ego.peopleFound() + " people (at most "
					+ EgoNetwork.MAX_PEOPLE + ", those with most contacts kept)");
		}
		if (ego.linksFound() > ego.links().size()) {
			left.add((ego.linksFound() - ego.links().size()) + " of " + ego.linksFound() + " links (at most "
					+ EgoNetwork.MAX_LINKS + ")");
		}
		String leftOut = left.isEmpty() ? "" : "; left out " + String.join(" and ", left);
		String subtitle = "Contacts that happened" + period(fromDay, toDay) + ": " + drawn + leftOut + ".";
		var drawing = new EgoDrawing(ego, subtitle);
		byte[] bytes = format.paint(EgoDrawing.WIDTH, EgoDrawing.HEIGHT, drawing::paint);
		OutputFiles.write(out, Boolean.TRUE.equals(force), bytes);
		done(context.outputWriter(), start, out, format, EgoDrawing.WIDTH, EgoDrawing.HEIGHT,
				center.name() + " and " + Plural.of(ego.people().size() - 1, "person", "people") + ", "
						+ Plural.of(ego.links().size(), "link") + leftOut);
	}

	@Command(name = { "chart", "channels" }, group = "Pictures",
			description = "Chart the mix of channels per period as stacked bars, to an SVG or PNG file.",
			help = "Counts what the channels question counts. Draws at most " + StackedBars.MAX_BARS
					+ " periods (the latest) and says what it left out.\nExample: chart channels --by quarter --out channels.svg",
			completionProvider = "questionCompletion")
	void channels(@Option(longName = "between", description = "Only events this person took part in with the other side (or with --and). Default: all cross-side contacts.") String between,
			@Option(longName = "and", description = "With --between: only events both people took part in. Default: anyone on the other side.") String and,
			@Option(longName = "sides", description = "The sides whose contacts count, comma-separated country codes or names, at least two. Default: US,CN.") @Accepts(shown = "CODE,CODE...") String sides,
			@Option(longName = "by", description = CommonOptions.BY) @Accepts(Accepts.Value.PERIOD) String by,
			@Option(longName = "from", description = "First day to count, as YYYY-MM-DD. Default: the start of the records.") @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = "Last day to count, as YYYY-MM-DD. Default: the end of the records.") @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "out", description = "The chart's file, ending in .svg or .png.") String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		long start = System.nanoTime();
		ImageFormat format = ImageFormat.ofFile(out);
		String period = CommonOptions.period(by);
		if (and != null && between == null) {
			throw new UsageException("--and needs --between");
		}
		LocalDate fromDay = reports.date("from", from);
		LocalDate toDay = reports.date("to", to);
		range(fromDay, toDay);
		OutputFiles.checkTarget(out, Boolean.TRUE.equals(force));
		List<String> sideIds = sides(sides);
		ResolvedName a = between == null ? null : names.resolve(between, Kind.PERSON);
		ResolvedName b = and == null ? null : names.resolve(and, Kind.PERSON);
		var params = new LinkedHashMap<String, Object>();
		params.put("a", a == null ? null : a.id());
		params.put("b", b == null ? null : b.id());
		params.put("from", fromDay);
		params.put("to", toDay);
		params.put("by", period);
		params.put("sides", sideIds);
		params.put("facts", false);
		QueryResult mix = reports.run("channels", params);
		Map<String, Map<String, Long>> counts = counts(mix);
		String who = a == null ? "between " + String.join(" and ", sideIds) : b == null ? "of " + a.name() + " with the other side"
				: "between " + a.name() + " and " + b.name();
		String note = "Contacts " + who + " per " + period + period(fromDay, toDay)
				+ (counts.isEmpty() ? ": none recorded" : "");
		var chart = StackedBars.chart("Channels of contact", period, "contacts", counts, note);
		byte[] bytes = StackedBars.encode(chart, format);
		OutputFiles.write(out, Boolean.TRUE.equals(force), bytes);
		int shown = Math.min(counts.size(), StackedBars.MAX_BARS);
		done(context.outputWriter(), start, out, format, StackedBars.WIDTH, StackedBars.HEIGHT, shown + " of " + counts.size()
				+ " periods" + (counts.size() > shown ? "; left out the " + (counts.size() - shown) + " earliest" : ""));
	}

	@Command(name = { "chart", "timeline" }, group = "Pictures",
			description = "Chart a person's events on a time axis by channel, with their posts as bands, to an SVG or PNG file.",
			help = "Draws at most " + MAX_EVENTS + " events (the earliest) and says what it left out."
					+ "\nExample: chart timeline Lighthizer --out lighthizer.png",
			completionProvider = "questionCompletion")
	void timeline(@Argument(index = 0, description = "PERSON: a person's name, alias or id") String person,
			@Option(longName = "from", description = CommonOptions.FROM) @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = CommonOptions.TO) @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "out", description = "The chart's file, ending in .svg or .png.") String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		long start = System.nanoTime();
		ImageFormat format = ImageFormat.ofFile(out);
		LocalDate fromDay = reports.date("from", from);
		LocalDate toDay = reports.date("to", to);
		range(fromDay, toDay);
		OutputFiles.checkTarget(out, Boolean.TRUE.equals(force));
		ResolvedName who = names.resolve(person, Kind.PERSON);
		var params = new LinkedHashMap<String, Object>();
		params.put("id", who.id());
		params.put("from", fromDay);
		params.put("to", toDay);
		params.put("limit", MAX_EVENTS);
		var found = Queries.read(graph, "timeline-events", params).get(0);
		long total = found.get("total").asLong();
		List<TimelineChart.Event> events = found.get("events").asList(v -> new TimelineChart.Event(v.get("date").asLocalDate(),
				v.get("channel").asString(), v.get("status").asString(null), v.get("title").asString(null)));
		List<TimelineChart.Tenure> tenures = graph.read(Queries.get("timeline-tenures"), Map.of("id", who.id()),
				r -> new TimelineChart.Tenure(r.get("post").asString(), r.get("start").asLocalDate(),
						r.get("until").isNull() ? null : r.get("until").asLocalDate()));
		String leftOut = total > events.size() ? "; left out the " + (total - events.size()) + " latest of " + total
				+ " (at most " + MAX_EVENTS + "; narrow with --from and --to)" : "";
		String note = events.size() + (events.size() == 1 ? " event" : " events") + period(fromDay, toDay)
				+ ", by channel; bands: posts held" + leftOut;
		var chart = TimelineChart.chart("Timeline of " + who.name(), note, events, tenures, reports.today());
		byte[] bytes = format.paint(TimelineChart.WIDTH, TimelineChart.HEIGHT,
				g -> chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, TimelineChart.WIDTH, TimelineChart.HEIGHT)));
		OutputFiles.write(out, Boolean.TRUE.equals(force), bytes);
		done(context.outputWriter(), start, out, format, TimelineChart.WIDTH, TimelineChart.HEIGHT,
				Plural.of(events.size(), "event") + ", " + Plural.of(tenures.size(), "post") + leftOut);
	}

	/** Per period (in the report's order), the contacts per channel. */
	static Map<String, Map<String, Long>> counts(QueryResult mix) {
		int period = mix.column("period");
		int channel = mix.column("channel");
		int events = mix.column("events");
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (List<Object> row : mix.rows()) {
			counts.computeIfAbsent((String) row.get(period), p -> new LinkedHashMap<>())
				.merge(String.valueOf(row.get(channel)), ((Number) row.get(events)).longValue(), Long::sum);
		}
		return counts;
	}

	private static int depth(String depth) {
		if (depth == null) {
			return 1;
		}
		return switch (depth.strip()) {
			case "1" -> 1;
			case "2" -> 2;
			default -> throw new UsageException("invalid value '" + depth + "' for --depth: expected 1 or 2");
		};
	}

	private static void range(LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new UsageException("--from " + from + " is after --to " + to + "; give the earlier day first");
		}
	}

	private static String period(LocalDate from, LocalDate to) {
		return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
	}

	/** The country codes of {@code --sides}: each resolved as a country, at least two different ones. */
	private List<String> sides(String option) {
		if (option == null) {
			return List.of("US", "CN");
		}
		var ids = new ArrayList<String>();
		for (String part : option.split(",")) {
			if (part.isBlank()) {
				throw new UsageException("invalid value '" + option + "' for --sides: an empty side name");
			}
			String id = names.resolve(part.strip(), Kind.COUNTRY).id();
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		if (ids.size() < 2) {
			throw new UsageException("invalid value '" + option + "' for --sides: expected at least two different sides");
		}
		return List.copyOf(ids);
	}

	private static void done(PrintWriter out, long start, String file, ImageFormat format, int width, int height, String what) {
		out.println("Wrote " + file + " (" + format.extension() + ", " + width + "x" + height + "): " + what + " in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		out.flush();
	}
}
