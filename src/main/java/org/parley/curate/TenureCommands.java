package org.parley.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.cli.Accepts;
import org.parley.errors.ParleyException;
import org.parley.curate.model.Edit;
import org.parley.curate.model.Person;
import org.parley.curate.model.Post;
import org.parley.curate.model.Source;
import org.parley.curate.model.Tenure;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code appoint} and {@code end-tenure}: who held which post when, each with its source. */
@Component
class TenureCommands {



	private final OgmSessions ogm;

	private final Names names;

	TenureCommands(OgmSessions ogm, Names names) {
		this.ogm = ogm;
		this.names = names;
	}

	/** A person's tenures in one post that are not retracted. */
	private static final String TENURES = """
			MATCH (:Person {id: $person})-[:HELD]->(t:Tenure)-[:OF_POST]->(:Post {id: $post})
			WHERE NOT t:Retracted
			RETURN t.id AS id, t.start AS start, t.end AS end
			ORDER BY start
			""";

	record Held(String id, LocalDate start, LocalDate end) {

		boolean overlaps(LocalDate from, LocalDate to) {
			return (to == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
		}

		String span() {
			return start + (end == null ? " on" : " to " + end);
		}
	}

	@Command(name = "appoint", group = "Curation",
			description = "Record that a person held a post from a day (and until a day, if it is over).",
			help = "Start and end days both count as in office. A tenure may not overlap another of the same person in the same post.\n"
					+ "Example: appoint \"Li Chenggang\" \"China International Trade Representative\" --from 2025-04-25 --source \"Readout of the call\"")
	String appoint(@Argument(index = 0, description = "PERSON: name, alias or id of the person") String person,
			@Argument(index = 1, description = "POST: name, alias or id of the post") String post,
			@Option(longName = "from", required = true, description = "The first day in office, as YYYY-MM-DD. Required.") @Accepts(Accepts.Value.DAY) String from,
			@Option(longName = "to", description = "The last day in office, as YYYY-MM-DD. Default: still in office.") @Accepts(Accepts.Value.DAY) String to,
			@Option(longName = "source", required = true, description = AddCommands.SOURCE_HELP + " Required.") String source,
			@Option(longName = "by", description = AddCommands.BY_HELP) String by) {
		PlainText.require("PERSON", person, "POST", post, "--from", from, "--to", to, "--source", source, "--by", by);
		LocalDate start = CurationWrite.date("from", from);
		LocalDate end = CurationWrite.date("to", to);
		if (end != null && end.isBefore(start)) {
			throw new ParleyException("a tenure cannot end before it starts: --to " + end + " is before --from " + start);
		}
		ResolvedName who = names.resolve(person, Kind.PERSON);
		ResolvedName office = names.resolve(post, Kind.POST);
		Tenure tenure = ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			curation.lockPerson(who.id());
			List<Held> held = held(curation, who, office);
			for (Held h : held) {
				if (h.overlaps(start, end)) {
					throw new ParleyException(who.name() + " already held " + office.name() + " " + h.span() + " ("
							+ h.id() + "); the new tenure overlaps it");
				}
			}
			Source src = Sources.resolve(curation, source);
			Person holder = session.load(Person.class, who.id(), 1);
			String id = curation.newId("tenure-" + who.id() + "-" + office.id());
			var created = new Tenure(id, session.load(Post.class, office.id(), 0), start, end, held.size() + 1, null);
			curation.evidence(created, src, "appoint");
			curation.record(created);
			holder.getTenures().add(created);
			session.save(holder, 1);
			return created;
		});
		return "Recorded tenure " + tenure.getId() + ": " + who.name() + " held " + office.name() + " from " + start
				+ (end == null ? "" : " to " + end);
	}

	@Command(name = "end-tenure", group = "Curation",
			description = "Record the last day of a person's open tenure in a post.",
			help = "Example: end-tenure \"Wang Wentao\" \"Minister of Commerce\" --on 2025-12-31 --source \"Readout of the call\"")
	String endTenure(@Argument(index = 0, description = "PERSON: name, alias or id of the person") String person,
			@Argument(index = 1, description = "POST: name, alias or id of the post") String post,
			@Option(longName = "on", required = true, description = "The last day in office, as YYYY-MM-DD. Required.") @Accepts(Accepts.Value.DAY) String on,
			@Option(longName = "source", required = true, description = AddCommands.SOURCE_HELP + " Required.") String source,
			@Option(longName = "by", description = AddCommands.BY_HELP) String by) {
		PlainText.require("PERSON", person, "POST", post, "--on", on, "--source", source, "--by", by);
		LocalDate day = CurationWrite.date("on", on);
		ResolvedName who = names.resolve(person, Kind.PERSON);
		ResolvedName office = names.resolve(post, Kind.POST);
		Held open = ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			curation.lockPerson(who.id());
			Held current = held(curation, who, office).stream().filter(h -> h.end() == null).findFirst()
				.orElseThrow(() -> new ParleyException(who.name() + " has no open tenure in " + office.name()
						+ "; see 'roles " + who.id() + "'"));
			if (day.isBefore(current.start())) {
				throw new ParleyException("a tenure cannot end before it starts: --on " + day + " is before "
						+ current.start() + " (" + current.id() + ")");
			}
			Source src = Sources.resolve(curation, source);
			Tenure tenure = session.load(Tenure.class, current.id(), 1);
			tenure.end(day);
			curation.evidence(tenure, src, "end-tenure");
			session.save(tenure, 2);
			curation.record(new Edit(curation.newId("edit-end-" + current.id()), "end-tenure", "Tenure", current.id(),
					null, day, src.getId()));
			return current;
		});
		return "Recorded the end of " + open.id() + ": " + who.name() + " held " + office.name() + " from "
				+ open.start() + " to " + day;
	}

	private static List<Held> held(CurationWrite curation, ResolvedName person, ResolvedName post) {
		var held = new ArrayList<Held>();
		curation.session().query(TENURES, Map.of("person", person.id(), "post", post.id())).queryResults()
			.forEach(row -> held.add(new Held((String) row.get("id"), (LocalDate) row.get("start"), (LocalDate) row.get("end"))));
		return held;
	}
}
