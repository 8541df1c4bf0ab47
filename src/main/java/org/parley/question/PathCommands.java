package org.parley.question;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.util.List;

import org.parley.errors.ParleyException;
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

/** {@code path A B}: how two people are connected, explained one step a sentence. */
@Component
class PathCommands {


	private final ReportAnswers answers;

	private final Names names;

	PathCommands(ReportAnswers answers, Names names) {
		this.answers = answers;
		this.names = names;
	}

	@Command(name = "path", group = "Questions",
			description = "How two people are connected through events and posts, explained in words.",
			help = "Shows the shortest chains (at most five) through events both took part in and posts one "
					+ "held after the other.\nExample: path Navarro \"He Lifeng\"",
			completionProvider = "questionCompletion")
	void path(@Argument(index = 0, description = "PERSON: name, alias or id of the first person") String first,
			@Argument(index = 1, description = "PERSON: name, alias or id of the second person") String second,
			@Option(longName = "as-of", description = "Use only events from sources published by this date, as YYYY-MM-DD. Default: all sources.") @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "evidence", description = "Add the source, place and phrase behind each step. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence),
				answers.date("as-of", asOf));
		ResolvedName a = names.resolve(first, Kind.PERSON);
		ResolvedName b = names.resolve(second, Kind.PERSON);
		if (a.equals(b)) {
			throw new ParleyException("'" + first + "' and '" + second + "' are the same person, " + a.label());
		}
		QueryResult steps = answers.run("path", ReportAnswers.params("a", a.id(), "b", b.id(), "asOf", options.asOf()));
		steps = options.output().limited(steps);
		String empty = a.name() + " and " + b.name() + " are not connected through events or posts"
				+ ReportAnswers.asOfNote(options.asOf()) + ".";
		if (!options.output().forPeople() || steps.rows().isEmpty()) {
			answers.print(steps, options, empty, context.outputWriter());
			return;
		}
		options.output().write(explain(a, b, steps, options.output().markdown()) + answers.evidenceSection(steps, options),
				steps.rows().size(), context.outputWriter());
	}

	/** A heading, then each chain as numbered sentences. */
	private static String explain(ResolvedName a, ResolvedName b, QueryResult steps, boolean markdown) {
		int path = steps.column("path");
		int step = steps.column("step");
		int explanation = steps.column("explanation");
		List<List<Object>> rows = steps.rows();
		long chains = rows.stream().map(row -> row.get(path)).distinct().count();
		long length = rows.stream().filter(row -> row.get(path).equals(1L)).count();
		var text = new StringBuilder(a.name()).append(" and ").append(b.name()).append(" are ").append(length)
			.append(length == 1 ? " step" : " steps").append(" apart");
		text.append(chains == 1 ? ":\n" : "; " + chains + " ways:\n");
		Object current = null;
		for (List<Object> row : rows) {
			if (!row.get(path).equals(current)) {
				current = row.get(path);
				text.append('\n');
				if (chains > 1) {
					text.append(markdown ? "**Way " + current + "**\n\n" : "Way " + current + "\n");
				}
			}
			String sentence = String.valueOf(row.get(explanation));
			text.append(markdown ? row.get(step) + ". " + sentence + "\n"
					: WrappedText.wrap(sentence, "  " + row.get(step) + ". ", "     "));
		}
		return text.toString();
	}
}
