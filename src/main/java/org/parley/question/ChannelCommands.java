package org.parley.question;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.errors.UsageException;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.report.format.QueryResult;
import org.parley.report.format.CommandOutput;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code channels}: the mix of channels per period, as a table and a bar chart. */
@Component
class ChannelCommands {


	/** The two sides of the corpus: contacts count between them unless {@code --sides} names others. */
	private static final List<String> DEFAULT_SIDES = List.of("US", "CN");

	private final ReportAnswers answers;

	private final Names names;

	ChannelCommands(ReportAnswers answers, Names names) {
		this.answers = answers;
		this.names = names;
	}

	@Command(name = "channels", group = "Questions",
			description = "The mix of channels (phone, video, in person, statements, ...) per period, with a bar chart.",
			help = "Counts contacts that happened: events in which people of each of the sides (default US and CN) "
					+ "took part, or those two people took part in.\nExample: channels --between Mnuchin --and \"Liu He\" --by year",
			completionProvider = "questionCompletion")
	void channels(@Option(longName = "between", description = "Only events this person took part in with the other side (or with --and). Default: all cross-side contacts.") String between,
			@Option(longName = "and", description = "With --between: only events both people took part in. Default: anyone on the other side.") String and,
			@Option(longName = "sides", description = "The sides whose contacts count, comma-separated country codes or names, at least two, e.g. US,EU. Default: US,CN.") @Accepts(shown = "CODE,CODE...") String sides,
			@Option(longName = "from", description = "First day to count, as YYYY-MM-DD. Default: the start of the records.") @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = "Last day to count, as YYYY-MM-DD. Default: the end of the records.") @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "by", description = CommonOptions.BY) @Accepts(Accepts.Value.PERIOD) String by,
			@Option(longName = "as-of", description = CommonOptions.AS_OF) @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), false, answers.date("as-of", asOf));
		String period = CommonOptions.period(by);
		if (and != null && between == null) {
			throw new UsageException("--and needs --between");
		}
		var fromDay = answers.date("from", from);
		var toDay = answers.date("to", to);
		ReportAnswers.range(fromDay, toDay);
		List<String> sideIds = sides(sides);
		ResolvedName a = between == null ? null : names.resolve(between, Kind.PERSON);
		ResolvedName b = and == null ? null : names.resolve(and, Kind.PERSON);
		QueryResult mix = answers.run("channels", ReportAnswers.params("a", a == null ? null : a.id(), "b",
				b == null ? null : b.id(), "from", fromDay, "to", toDay, "by", period, "asOf", options.asOf(),
				"facts", false, "sides", sideIds)); // the answer has no fact column (report run channels lists the ids)
		String who = a == null ? "between " + String.join(" and ", sideIds) : b == null ? "of " + a.name() + " with the other side"
				: "between " + a.name() + " and " + b.name();
		mix = options.output().limited(mix);
		String empty = "No contacts " + who + " are recorded" + (fromDay == null ? "" : " from " + fromDay)
				+ (toDay == null ? "" : " to " + toDay) + ReportAnswers.asOfNote(options.asOf()) + ".";
		if (options.output().html()) {
			String page = options.output().renderHtml("Channels of contact " + who, mix.rows().isEmpty() ? empty : null,
					mix.without(ReportAnswers.FACT), org.parley.report.format.ReportChart.CHANNELS);
			options.output().write(page, mix.rows().size(), context.outputWriter());
			return;
		}
		if (!options.output().forPeople() || mix.rows().isEmpty()) {
			answers.print(mix, options, empty, context.outputWriter());
			return;
		}
		String text = options.output().render(mix.without(ReportAnswers.FACT)) + "\n"
				+ (options.output().markdown() ? "```\n" : "") + chart(mix) + (options.output().markdown() ? "```\n" : "");
		options.output().write(text, mix.rows().size(), context.outputWriter());
	}

	/** The country codes of {@code --sides}: each resolved as a country, at least two different ones. */
	private List<String> sides(String option) {
		if (option == null) {
			return DEFAULT_SIDES;
		}
		List<String> ids = new ArrayList<>();
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

	/** The bars: periods in order, channels by how often they occur overall. */
	private static String chart(QueryResult mix) {
		int period = mix.column("period");
		int channel = mix.column("channel");
		int events = mix.column("events");
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		Map<String, Long> totals = new LinkedHashMap<>();
		for (List<Object> row : mix.rows()) {
			long n = (Long) row.get(events);
			counts.computeIfAbsent((String) row.get(period), p -> new LinkedHashMap<>()).merge((String) row.get(channel), n, Long::sum);
			totals.merge((String) row.get(channel), n, Long::sum);
		}
		var order = new ArrayList<>(totals.keySet());
		order.sort((x, y) -> Long.compare(totals.get(y), totals.get(x)));
		return BarChart.draw(counts, order);
	}
}
