package org.parley.question;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.LocalDate;
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

/**
 * {@code who POST} and {@code roles PERSON}: posts and their holders, from the public-record tenures. Tenures are
 * background, not claims of the articles, so these commands take no {@code --as-of}.
 */
@Component
class WhoAndRolesCommands {



	private final ReportAnswers answers;

	private final Names names;

	WhoAndRolesCommands(ReportAnswers answers, Names names) {
		this.answers = answers;
		this.names = names;
	}

	@Command(name = "who", group = "Questions", description = "Who held a post on a date, with tenure dates.",
			help = "Example: who \"Treasury Secretary\" --at 2019-07-30", completionProvider = "questionCompletion")
	void who(@Argument(index = 0, description = "POST: name, alias or id of a post, e.g. \"Treasury Secretary\"") String post,
			@Option(longName = "at", description = CommonOptions.AT) @Accepts(Accepts.Value.DATE) String at,
			@Option(longName = "evidence", description = "Add the public-record pages each tenure cites. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence), null);
		LocalDate day = at == null ? answers.today() : answers.date("at", at);
		ResolvedName found = resolveOrPoint(post, Kind.POST, Kind.PERSON, "roles", "lists the posts they held");
		QueryResult holders = answers.run("who", ReportAnswers.params("post", found.id(), "at", day));
		answers.print(holders, options, holders.rows().isEmpty() ? nobody(found, day) : null, context.outputWriter());
	}

	/**
	 * The {@code wanted} node named; a name that is no such node but names one {@code other} instead (a person given
	 * to {@code who}, a post to {@code roles}) says which command answers for it.
	 */
	private ResolvedName resolveOrPoint(String text, Kind wanted, Kind other, String command, String what) {
		try {
			return names.resolve(text, wanted);
		}
		catch (ParleyException notFound) {
			if (!notFound.getMessage().startsWith("no " + wanted.noun() + " named")) {
				throw notFound; // ambiguous: its candidates are the answer
			}
			ResolvedName instead;
			try {
				instead = names.resolve(text, other);
			}
			catch (ParleyException neither) {
				throw notFound;
			}
			throw new ParleyException("no " + wanted.noun() + " named '" + text.strip() + "'; " + instead.name() + " is a "
					+ other.noun() + ": " + command + " \"" + instead.name() + "\" " + what, notFound);
		}
	}

	/** Why nobody held the post that day: before the records, between two holders, or after the last one. */
	private String nobody(ResolvedName post, LocalDate day) {
		QueryResult all = answers.run("holders", ReportAnswers.params("post", post.id()));
		String text = "Nobody held " + post.name() + " on " + day + " in the records";
		if (all.rows().isEmpty()) {
			return text + ": no tenures of this post are recorded.";
		}
		int person = all.column("person");
		int since = all.column("since");
		int until = all.column("until");
		List<Object> first = all.rows().get(0);
		if (day.isBefore((LocalDate) first.get(since))) {
			return text + ": they begin with " + first.get(person) + " on " + first.get(since) + ".";
		}
		List<Object> before = null;
		List<Object> after = null;
		for (List<Object> row : all.rows()) {
			LocalDate end = (LocalDate) row.get(until);
			if (end != null && end.isBefore(day) && (before == null || end.isAfter((LocalDate) before.get(until)))) {
				before = row;
			}
			if (((LocalDate) row.get(since)).isAfter(day) && after == null) {
				after = row;
			}
		}
		if (before != null && after != null) {
			return text + ": " + before.get(person) + " left on " + before.get(until) + " and " + after.get(person)
					+ " took office on " + after.get(since) + " (acting officials are not recorded).";
		}
		if (before != null) {
			return text + ": the last recorded holder, " + before.get(person) + ", left on " + before.get(until) + ".";
		}
		return text + ".";
	}

	@Command(name = "roles", group = "Questions", description = "The posts a person held over time.",
			help = "Example: roles \"Peter Navarro\"", completionProvider = "questionCompletion")
	void roles(@Argument(index = 0, description = "PERSON: name, alias or id of a person") String person,
			@Option(longName = "evidence", description = "Add the public-record pages each tenure cites. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence), null);
		ResolvedName found = resolveOrPoint(person, Kind.PERSON, Kind.POST, "who", "lists its holders");
		QueryResult posts = answers.run("roles", ReportAnswers.params("person", found.id()));
		answers.print(posts, options, "No posts of " + found.name() + " are recorded.", context.outputWriter());
	}
}
