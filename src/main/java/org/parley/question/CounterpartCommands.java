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

/**
 * {@code counterparts PERSON}: whom a person deals with on the other side, and the channels between their posts
 * followed across turnover (see {@link ChannelTurnover}).
 */
@Component
class CounterpartCommands {


	private final ReportAnswers answers;

	private final Names names;

	CounterpartCommands(ReportAnswers answers, Names names) {
		this.answers = answers;
		this.names = names;
	}

	@Command(name = "counterparts", group = "Questions",
			description = "Whom a person deals with on the other side: channels, how often, first and last contact.",
			help = "The table counts contacts up to the date (csv and json add each counterpart's side and "
					+ "posts); below it, each channel between two posts is followed across turnover: who held it when, "
					+ "and when it changed hands.\n"
					+ "Example: counterparts Mnuchin --at 2019-12-31",
			completionProvider = "questionCompletion")
	void counterparts(@Argument(index = 0, description = "PERSON: name, alias or id of a person") String person,
			@Option(longName = "at", description = "Count contacts up to this date and name the holders of each channel on it, as YYYY-MM-DD. Default: today.") @Accepts(Accepts.Value.DATE) String at,
			@Option(longName = "as-of", description = CommonOptions.AS_OF) @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "synthetic", description = SyntheticFilter.OPTION) @Accepts(words = { "include", "only", "exclude" }, shown = "only|exclude") String synthetic,
			@Option(longName = "evidence", description = "Add the source, place and phrase behind each contact. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence),
				answers.date("as-of", asOf));
		LocalDate day = at == null ? answers.today() : answers.date("at", at);
		ResolvedName found = names.resolve(person, Kind.PERSON);
		var params = ReportAnswers.params("person", found.id(), "at", day, "asOf", options.asOf());
		var filtered = new java.util.LinkedHashMap<>(params);
		filtered.put("synthetic", SyntheticFilter.parse(synthetic));
		QueryResult contacts = answers.run("counterparts", filtered);
		contacts = options.output().limited(contacts);
		String empty = "No contacts of " + found.name() + " with the other side are recorded up to " + day
				+ ReportAnswers.asOfNote(options.asOf()) + ".";
		if (!options.output().forPeople() || contacts.rows().isEmpty()) {
			answers.print(contacts, options, empty, context.outputWriter());
			return;
		}
		QueryResult channels = answers.run("post-channels", params);
		String text = options.output().render(contacts.without(ReportAnswers.FACT, "side", "post"))
				+ new ChannelTurnover(answers, options.output().markdown()).describe(found, channels, day)
				+ answers.evidenceSection(contacts, options);
		options.output().write(text, contacts.rows().size(), context.outputWriter());
	}
}
