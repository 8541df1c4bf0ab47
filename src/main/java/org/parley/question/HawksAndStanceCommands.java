package org.parley.question;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.LocalDate;

import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.report.format.QueryResult;
import org.parley.report.format.CommandOutput;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code hawks} and {@code stance PERSON}: stances as the sources assess them, never a property of a person. */
@Component
class HawksAndStanceCommands {



	private final ReportAnswers answers;

	private final Names names;

	HawksAndStanceCommands(ReportAnswers answers, Names names) {
		this.answers = answers;
		this.names = names;
	}

	@Command(name = "hawks", group = "Questions",
			description = "People ranked from hawk to dove as assessed on a date, with who assessed them.",
			help = "Scores run from +1 (hawk) to -1 (dove); a person's score is the mean of the latest "
					+ "assessment by each assessor up to the date.\nExample: hawks --side CN --at 2019-12-31",
			completionProvider = "questionCompletion")
	void hawks(@Option(longName = "side", description = "Only people of this side: a country code or name such as US or China. Default: every side.") @Accepts(shown = "CODE") String side,
			@Option(longName = "at", description = "The date the assessments must hold on, as YYYY-MM-DD. Default: today.") @Accepts(Accepts.Value.DATE) String at,
			@Option(longName = "issue", description = "Only stances on this topic, e.g. \"trade talks\". Default: any topic.") String issue,
			@Option(longName = "as-of", description = CommonOptions.AS_OF) @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "synthetic", description = SyntheticFilter.OPTION) @Accepts(words = { "include", "only", "exclude" }, shown = "only|exclude") String synthetic,
			@Option(longName = "evidence", description = "Add the source, place and phrase behind each assessment. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence),
				answers.date("as-of", asOf));
		LocalDate day = at == null ? answers.today() : answers.date("at", at);
		String which = SyntheticFilter.parse(synthetic);
		ResolvedName country = side == null ? null : names.resolve(side, Kind.COUNTRY);
		ResolvedName topic = issue == null ? null : names.resolve(issue, Kind.TOPIC);
		QueryResult ranked = answers.run("hawks", ReportAnswers.params("side", country == null ? null : country.id(), "at", day,
				"issue", topic == null ? null : topic.id(), "asOf", options.asOf(), "synthetic", which));
		String empty = "No stance assessment holds on " + day + (country == null ? "" : " for side " + country.id())
				+ (topic == null ? "" : " on " + topic.name()) + ReportAnswers.asOfNote(options.asOf()) + ".";
		answers.print(ranked, options, empty, context.outputWriter());
	}

	@Command(name = "stance", group = "Questions", description = "One person's stance as assessed over time.",
			help = "Example: stance Trump --evidence", completionProvider = "questionCompletion")
	void stance(@Argument(index = 0, description = "PERSON: name, alias or id of a person") String person,
			@Option(longName = "as-of", description = CommonOptions.AS_OF) @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "evidence", description = "Add the source, place and phrase behind each assessment. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence),
				answers.date("as-of", asOf));
		ResolvedName found = names.resolve(person, Kind.PERSON);
		QueryResult history = answers.run("stance", ReportAnswers.params("person", found.id(), "asOf", options.asOf()));
		answers.print(history, options, "No stance of " + found.name() + " is assessed" + ReportAnswers.asOfNote(options.asOf())
				+ ".", context.outputWriter());
	}
}
