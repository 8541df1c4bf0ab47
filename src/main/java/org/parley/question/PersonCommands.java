package org.parley.question;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.LocalDate;
import java.util.List;

import org.parley.errors.UsageException;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.report.format.Plural;
import org.parley.report.format.QueryResult;
import org.parley.report.format.CommandOutput;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code person PERSON}: a profile built from the person-* reports and the roles, stance and counterparts reports.
 * It prints several tables, so it is text for people (table or markdown); the reports give the data as CSV or JSON.
 */
@Component
class PersonCommands {


	private final ReportAnswers answers;

	private final Names names;

	PersonCommands(ReportAnswers answers, Names names) {
		this.answers = answers;
		this.names = names;
	}

	@Command(name = "person", group = "Questions",
			description = "A profile: posts, side, stance history, main counterparts, channels, appearances, sources.",
			help = "For data, run the reports it is made of: report run person-summary, roles, stance, "
					+ "counterparts, person-channels, person-sources (--param person=ID).\nExample: person \"Liu He\"",
			completionProvider = "questionCompletion")
	void person(@Argument(index = 0, description = "PERSON: name, alias or id of a person") String person,
			@Option(longName = "as-of", description = CommonOptions.AS_OF) @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "format", description = CommonOptions.FORMAT_FOR_PEOPLE) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		CommandOutput output = CommandOutput.of(format, out, Boolean.TRUE.equals(force), null);
		if (!output.forPeople()) {
			throw new UsageException("person prints a profile of several tables, as table or markdown; for "
					+ output.keyword() + " run its reports, e.g. report run person-summary --param person=ID --format "
					+ output.keyword());
		}
		LocalDate day = answers.date("as-of", asOf);
		ResolvedName found = names.resolve(person, Kind.PERSON);
		var params = ReportAnswers.params("person", found.id(), "asOf", day);
		QueryResult summary = answers.run("person-summary", params);
		List<Object> row = summary.rows().get(0);
		Object side = row.get(summary.column("side"));
		var text = new StringBuilder();
		text.append(output.markdown() ? "## " : "").append(found.name()).append(" (").append(found.id()).append("), ")
			.append(side == null ? "no side recorded" : side).append('\n');
		List<?> aliases = (List<?>) row.get(summary.column("aliases"));
		if (!aliases.isEmpty()) {
			line(text, output, "Also named: " + String.join(", ", aliases.stream().map(String::valueOf).toList()));
		}
		long events = (Long) row.get(summary.column("events"));
		long sources = ((Number) row.get(summary.column("sources"))).longValue();
		line(text, output, "Appears in " + Plural.of(events, "event") + " in " + Plural.of(sources, "source")
				+ (day == null ? "" : " published by " + day)
				+ (events == 0 ? "." : "; first " + row.get(summary.column("first")) + "; last "
						+ row.get(summary.column("last")) + "."));
		section(text, output, "Posts", answers.run("roles", ReportAnswers.params("person", found.id())).without("note"),
				"none recorded");
		section(text, output, "Stance as assessed", answers.run("stance", params).without("note"), "none assessed");
		section(text, output, "Counterparts on the other side",
				answers.run("counterparts", ReportAnswers.params("person", found.id(), "at", answers.today(), "asOf", day))
					.without("side", "post"), "none recorded");
		section(text, output, "Events by channel", answers.run("person-channels", params), "none recorded");
		section(text, output, "Sources", answers.run("person-sources", params).without("title"), "none");
		output.write(text.toString(), "The profile of " + found.name() + " (" + Plural.of(SECTIONS, "table") + ")",
				context.outputWriter());
	}

	/** The tables of a profile: posts, stance, counterparts, events by channel, sources. */
	private static final int SECTIONS = 5;

	/** A line of the summary: a paragraph in markdown, wrapped at the terminal's width (80 off one). */
	private static void line(StringBuilder text, CommandOutput output, String line) {
		text.append(output.markdown() ? "\n" + line + "\n" : WrappedText.wrap(line, "", "  "));
	}

	private static void section(StringBuilder text, CommandOutput output, String title, QueryResult result, String none) {
		text.append('\n').append(output.markdown() ? "### " + title + "\n\n" : title + ":\n");
		QueryResult shown = result.without(ReportAnswers.FACT);
		text.append(shown.rows().isEmpty() ? "  " + none + "\n" : output.renderSection(shown).stripTrailing() + "\n");
	}
}
