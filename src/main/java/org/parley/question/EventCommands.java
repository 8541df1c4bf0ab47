package org.parley.question;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

/** {@code timeline}, {@code delegation EVENT} and {@code evidence ID}: events, who sat at them, and what backs a fact. */
@Component
class EventCommands {




	private final ReportAnswers answers;

	private final Names names;

	private final Graph graph;

	EventCommands(ReportAnswers answers, Names names, @Lazy Graph graph) {
		this.answers = answers;
		this.names = names;
		this.graph = graph;
	}

	@Command(name = "timeline", group = "Questions",
			description = "Dated events with channel, status, participants, place and source; of a person or on a topic.",
			help = "Example: timeline \"rare earths\"", completionProvider = "questionCompletion")
	void timeline(@Argument(index = 0, description = "[PERSON|TOPIC]: a person's or a topic's name, alias or id. Default: every event") String subject,
			@Option(longName = "from", description = CommonOptions.FROM) @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = CommonOptions.TO) @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "as-of", description = CommonOptions.AS_OF) @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "synthetic", description = SyntheticFilter.OPTION) @Accepts(words = { "include", "only", "exclude" }, shown = "only|exclude") String synthetic,
			@Option(longName = "evidence", description = "Add the source, place and phrase behind each event. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence),
				answers.date("as-of", asOf));
		String which = SyntheticFilter.parse(synthetic);
		LocalDate fromDay = answers.date("from", from);
		LocalDate toDay = answers.date("to", to);
		ReportAnswers.range(fromDay, toDay);
		ResolvedName found = subject == null || subject.isBlank() ? null : names.resolve(subject, Kind.PERSON, Kind.TOPIC);
		boolean person = found != null && found.kind() == Kind.PERSON;
		QueryResult events = answers.run("timeline", ReportAnswers.params("person", person ? found.id() : null,
				"topic", found != null && !person ? found.id() : null, "from", fromDay, "to", toDay, "asOf", options.asOf(), "synthetic", which));
		events = options.output().limited(events);
		String empty = "No events" + (found == null ? "" : person ? " of " + found.name() : " on " + found.name())
				+ " are recorded" + (fromDay == null ? "" : " from " + fromDay) + (toDay == null ? "" : " to " + toDay)
				+ ReportAnswers.asOfNote(options.asOf()) + ".";
		if (options.output().forPeople() && !options.output().markdown() && !events.rows().isEmpty()) {
			options.output().write(TimelineText.render(events) + answers.evidenceSection(events, options),
					events.rows().size(), context.outputWriter());
			return;
		}
		answers.print(events, options, empty, context.outputWriter());
	}

	@Command(name = "delegation", group = "Questions", description = "Who sat on each side of a round, call or meeting.",
			help = "Example: delegation \"13th round\"", completionProvider = "questionCompletion")
	void delegation(@Argument(index = 0, description = "EVENT: an event's id, title or words of its title, e.g. \"Shanghai round\"") String event,
			@Option(longName = "as-of", description = CommonOptions.AS_OF) @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "evidence", description = "Add the source, place and phrase behind the event. Default: false.") Boolean evidence,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var options = new ReportAnswers.Options(CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit), Boolean.TRUE.equals(evidence),
				answers.date("as-of", asOf));
		ResolvedName found = names.resolve(event, Kind.EVENT);
		QueryResult members = answers.run("delegation", ReportAnswers.params("event", found.id(), "asOf", options.asOf()));
		members = options.output().limited(members);
		String empty = options.asOf() != null ? "No source published by " + options.asOf() + " reports " + found.name() + "."
				: "Nobody is recorded as taking part in " + found.name() + ".";
		if (!options.output().forPeople() || members.rows().isEmpty()) {
			answers.print(members, options, empty, context.outputWriter());
			return;
		}
		String text = (options.output().markdown() ? "**" + heading(found.id()) + "**" : heading(found.id())) + "\n\n"
				+ options.output().render(members.without(ReportAnswers.FACT)) + answers.evidenceSection(members, options);
		options.output().write(text, members.rows().size(), context.outputWriter());
	}

	private static final String EVENT = """
			MATCH (e:Event {id: $id})
			OPTIONAL MATCH (e)-[:AT]->(place:Place)
			RETURN e.title AS title, e.channel AS channel, e.status AS status, e.date AS date,
			       e.datePrecision AS precision, e.endDate AS endDate, collect(place.name) AS places
			""";

	/** "Shanghai round of China-US trade talks (12th round): in-person-round, 2019-07-30 to 2019-07-31, happened, Shanghai" */
	private String heading(String id) {
		return graph.read(EVENT, Map.of("id", id), r -> {
			String date = r.get("date").isNull() ? "undated" : DatePrecision.shown(r.get("date").asLocalDate(), r.get("precision").asString("day"));
			String end = r.get("endDate").isNull() ? "" : " to " + r.get("endDate").asLocalDate();
			List<String> places = r.get("places").asList(v -> v.asString());
			return r.get("title").asString() + ": " + r.get("channel").asString("") + ", " + date + end + ", "
					+ r.get("status").asString("") + (places.isEmpty() ? "" : ", " + String.join(", ", places));
		}).get(0);
	}

	private static final String FACT = """
			CALL () {
			  MATCH (f:Event {id: $id}) RETURN f, 'event' AS kind
			  UNION MATCH (f:Stance {id: $id}) RETURN f, 'stance' AS kind
			  UNION MATCH (f:Measure {id: $id}) RETURN f, 'measure' AS kind
			  UNION MATCH (f:Tenure {id: $id}) RETURN f, 'tenure' AS kind
			  UNION MATCH (f:Person {id: $id}) RETURN f, 'person' AS kind
			  UNION MATCH (f:Organization {id: $id}) RETURN f, 'organization' AS kind
			  UNION MATCH (f:Place {id: $id}) RETURN f, 'place' AS kind
			  UNION MATCH (f:Country {id: $id}) RETURN f, 'country' AS kind
			}
			OPTIONAL MATCH (f:Stance)-[:OF]->(of:Person)
			OPTIONAL MATCH (holder:Person)-[:HELD]->(f:Tenure)-[:OF_POST]->(post:Post)
			RETURN kind, coalesce(f.name, f.title,
			         CASE kind WHEN 'stance' THEN of.name + ' as ' + f.label WHEN 'tenure' THEN holder.name + ' as ' + post.name END,
			         f.id) AS name
			""";

	@Command(name = "evidence", group = "Questions",
			description = "Everything behind one fact: each source, where in it, the grade and the exact phrase.",
			help = "IDs are in the fact column that --evidence adds to other questions; an event's or "
					+ "person's name works too.\nExample: evidence stance-zhong-shan-hardliner-2019",
			completionProvider = "questionCompletion")
	void evidence(@Argument(index = 0, description = "ID: the id of a fact (event, stance, measure, tenure, ...), or an event's or person's name") String id,
			@Option(longName = "as-of", description = "Only evidence from sources published by this date, as YYYY-MM-DD. Default: all sources.") @Accepts(Accepts.Value.DATE) String asOf,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		var output = CommandOutput.of(format, out, Boolean.TRUE.equals(force), limit);
		LocalDate asOfDay = answers.date("as-of", asOf);
		String factId = id.strip();
		List<String[]> fact = graph.read(FACT, Map.of("id", factId), r -> new String[] { r.get("kind").asString(), r.get("name").asString() });
		if (fact.isEmpty()) {
			ResolvedName named = names.resolve(factId, Kind.EVENT, Kind.PERSON, Kind.ORGANIZATION, Kind.PLACE);
			factId = named.id();
			fact = graph.read(FACT, Map.of("id", factId), r -> new String[] { r.get("kind").asString(), r.get("name").asString() });
		}
		QueryResult pieces = answers.run("evidence", ReportAnswers.params("facts", List.of(factId), "asOf", asOfDay));
		pieces = output.limited(pieces);
		String what = fact.get(0)[0] + " " + fact.get(0)[1] + " (" + factId + ")";
		if (!output.forPeople()) {
			output.write(pieces, context.outputWriter());
			return;
		}
		if (pieces.rows().isEmpty()) {
			output.write("No evidence for the " + what + " is recorded" + ReportAnswers.asOfNote(asOfDay) + ".\n", 0,
					context.outputWriter());
			return;
		}
		String heading = "Evidence for the " + what + ":";
		String text = (output.markdown() ? "**" + heading + "**\n\n" : WrappedText.wrap(heading, "", "  ") + "\n")
				+ EvidenceList.render(pieces, output.markdown(), false);
		output.write(text, pieces.rows().size(), context.outputWriter());
	}
}
