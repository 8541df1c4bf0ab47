package org.parley.question;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.LocalDate;

import org.parley.errors.UsageException;
import org.parley.graph.Graph;

import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.report.format.QueryResult;
import org.parley.report.format.CommandOutput;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code hawks} and {@code stance PERSON}: stances as the sources assess them, never a property of a person. */
@Component
class HawksAndStanceCommands {

	/**
	 * How many people the whole ranking of {@code hawks} holds on a date, by the index the report's top reads: for the
	 * line that says how many were left out.
	 */
	static final String RANKED = """
			CALL () {
			  UNWIND CASE WHEN $side IS NULL THEN [true] ELSE [] END AS everyone
			  MATCH (p:Person) WHERE p.rankedFrom <= $at
			  RETURN p
			  UNION
			  MATCH (p:Person) WHERE p.side = $side AND p.rankedFrom <= $at
			  RETURN p
			}
			WITH p WHERE $synthetic = 'include' OR (p:Synthetic) = ($synthetic = 'only')
			RETURN count(p) AS ranked""";

	private final ReportAnswers answers;

	private final Names names;

	private final Graph graph;

	HawksAndStanceCommands(ReportAnswers answers, Names names, @Lazy Graph graph) {
		this.answers = answers;
		this.names = names;
		this.graph = graph;
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
			@Option(longName = "limit", description = "Print at most this many people, from the top of the ranking (stderr says how many are ranked). Default: "
					+ CommonOptions.RANKING_LIMIT + ".") @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "all", description = "Print the whole ranking, every person assessed on the date. Default: false (the top " + CommonOptions.RANKING_LIMIT + ").") Boolean all,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		if (Boolean.TRUE.equals(all) && limit != null) {
			throw new UsageException("give --limit or --all, not both");
		}
		Integer top = Boolean.TRUE.equals(all) ? null : limit == null ? CommonOptions.RANKING_LIMIT : CommonOptions.limit(limit);
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), null), Boolean.TRUE.equals(evidence),
				answers.date("as-of", asOf));
		LocalDate day = at == null ? answers.today() : answers.date("at", at);
		String which = SyntheticFilter.parse(synthetic);
		ResolvedName country = side == null ? null : names.resolve(side, Kind.COUNTRY);
		ResolvedName topic = issue == null ? null : names.resolve(issue, Kind.TOPIC);
		// a topic or a publication date narrows the stances: the whole ranking is built, and cut here
		boolean narrowed = topic != null || options.asOf() != null;
		QueryResult ranked = answers.run("hawks", ReportAnswers.params("side", country == null ? null : country.id(), "at", day,
				"issue", topic == null ? null : topic.id(), "asOf", options.asOf(), "limit", narrowed ? null : top,
				"synthetic", which));
		if (top != null && ranked.rows().size() >= top) {
			long whole = narrowed ? ranked.rows().size() : graph.read(RANKED, ReportAnswers.params("side",
					country == null ? null : country.id(), "at", day, "synthetic", which), r -> r.get("ranked").asLong()).get(0);
			if (whole > top) {
				System.err.println("showing " + top + " of " + whole + " people ranked (" + (limit == null ? "the default " : "")
						+ "--limit " + top + "; --all shows every one)");
				ranked = new QueryResult(ranked.columns(), ranked.rows().subList(0, top), ranked.millis(), ranked.updates());
			}
		}
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
