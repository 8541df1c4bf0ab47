package org.parley.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.errors.ParleyException;
import org.parley.curate.model.Edit;
import org.parley.curate.model.Person;
import org.parley.graph.Contacts;
import org.parley.graph.StanceSides;
import org.parley.graph.StanceScores;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code alias}, {@code merge} and {@code retract}: corrections to facts already in the graph, kept for audit. */
@Component
class RevisionCommands {




	private final OgmSessions ogm;

	private final Names names;

	RevisionCommands(OgmSessions ogm, Names names) {
		this.ogm = ogm;
		this.names = names;
	}

	@Command(name = "alias", group = "Curation", description = "Record another name a person goes by in the sources.",
			help = "Example: alias \"Liu He\" \"Vice Premier Liu\"")
	String alias(@Argument(index = 0, description = "PERSON: name, alias or id of the person") String person,
			@Argument(index = 1, description = "TEXT: the other name") String text,
			@Option(longName = "by", description = AddCommands.BY_HELP) String by) {
		PlainText.require("PERSON", person, "TEXT", text, "--by", by);
		String alias = NameCheck.name("an alias", text);
		ResolvedName who = names.resolve(person, Kind.PERSON);
		NewNames.check(names, Kind.PERSON, null, List.of(alias));
		ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			curation.lockPerson(who.id());
			Person p = session.load(Person.class, who.id(), 0);
			if (p.getName().equalsIgnoreCase(alias) || p.getAliases().stream().anyMatch(alias::equalsIgnoreCase)) {
				throw new ParleyException("duplicate alias: " + who.name() + " is already known as '" + alias + "'");
			}
			var aliases = new ArrayList<>(p.getAliases());
			aliases.add(alias);
			p.setAliases(aliases);
			session.save(p, 0);
			return curation.record(new Edit(curation.newId("edit-alias-" + who.id()), "alias", "Person", who.id(), alias, null, null));
		});
		return "Recorded alias '" + alias + "' for " + who.label();
	}

	/** Moves every relationship of the duplicate to the kept person (no APOC: dynamic types, Neo4j 5.26), then deletes it. */
	static final String MERGE = """
			MATCH (keep:Person {id: $keep}), (dup:Person {id: $duplicate})
			CALL (keep, dup) {
			  MATCH (dup)-[r]->(other) WHERE other <> keep
			  MERGE (keep)-[moved:$(type(r))]->(other) ON CREATE SET moved = properties(r)
			  DELETE r
			}
			CALL (keep, dup) {
			  MATCH (dup)<-[r]-(other) WHERE other <> keep
			  MERGE (keep)<-[moved:$(type(r))]-(other) ON CREATE SET moved = properties(r)
			  DELETE r
			}
			WITH keep, dup, [name IN [dup.name] + coalesce(dup.aliases, []) WHERE NOT toLower(name) IN
			       [known IN [keep.name] + coalesce(keep.aliases, []) | toLower(known)]] AS added
			SET keep.aliases = coalesce(keep.aliases, []) + added
			DETACH DELETE dup
			RETURN added
			""";

	@Command(name = "merge", group = "Curation",
			description = "Merge a duplicate person into another: relationships and evidence move over, the duplicate's names become aliases.",
			help = "The duplicate is deleted; the merge is recorded and replayed by 'export seed'.\nExample: merge \"Liu He\" \"Liu H.\"")
	String merge(@Argument(index = 0, description = "PERSON: name, alias or id of the person to keep") String person,
			@Argument(index = 1, description = "DUPLICATE: name, alias or id of the duplicate to merge into PERSON") String duplicate,
			@Option(longName = "by", description = AddCommands.BY_HELP) String by) {
		PlainText.require("PERSON", person, "DUPLICATE", duplicate, "--by", by);
		ResolvedName keep = names.resolve(person, Kind.PERSON);
		ResolvedName dup = names.resolve(duplicate, Kind.PERSON);
		if (keep.id().equals(dup.id())) {
			throw new ParleyException("cannot merge " + keep.label() + " into itself");
		}
		List<String> added = ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			var moved = new ArrayList<String>();
			session.query(MERGE, Map.of("keep", keep.id(), "duplicate", dup.id())).queryResults()
				.forEach(row -> moved.addAll(strings(row.get("added"))));
			var events = new ArrayList<String>();
			session.query("MATCH (:Person {id: $keep})-[:PARTICIPATED_IN]->(e:Event) RETURN e.id AS id",
					Map.of("keep", keep.id())).queryResults().forEach(row -> events.add((String) row.get("id")));
			session.query(StanceSides.OF_PEOPLE, StanceSides.ids(List.of(keep.id())));
			session.query(StanceScores.OF_PEOPLE, StanceScores.ids(List.of(keep.id())));
			session.query(StanceScores.ASSESSED_BY_PEOPLE, StanceScores.ids(List.of(keep.id())));
			// last: it locks the months of the events (ContactTallies), after the people as every write does
			session.query(Contacts.MARK_BY_ID, Contacts.ids(events));
			var edit = new Edit(curation.newId("edit-merge-" + dup.id()), "merge", "Person", keep.id(), dup.id(), null, null);
			edit.setNames(moved);
			curation.record(edit);
			return moved;
		});
		return "Merged " + dup.label() + " into " + keep.label()
				+ (added.isEmpty() ? "" : "; new aliases: " + String.join(", ", added));
	}

	/** Marks the event, tenure or stance retracted; says what it was and whether it already was retracted. */
	static final String RETRACT = """
			CALL () {
			  MATCH (f:Event {id: $id}) RETURN f
			  UNION MATCH (f:Tenure {id: $id}) RETURN f
			  UNION MATCH (f:Stance {id: $id}) RETURN f
			}
			WITH f, f:Retracted AS already
			SET f:Retracted
			RETURN [label IN labels(f) WHERE label IN ['Event', 'Tenure', 'Stance']][0] AS label, already
			""";

	@Command(name = "retract", group = "Curation",
			description = "Retract an event, tenure or stance: it stays in the graph for audit, answers leave it out.",
			help = "Fact ids are in the answers' --evidence and csv output (column fact).\n"
					+ "Example: retract call-mnuchin-liu-2018-11-09 --reason \"The call was never confirmed\"")
	String retract(@Argument(index = 0, description = "FACT-ID: the id of the event, tenure or stance") String id,
			@Option(longName = "reason", required = true, description = "Why the fact is retracted. Required.") String reason,
			@Option(longName = "by", description = AddCommands.BY_HELP) String by) {
		PlainText.require("FACT-ID", id, "--reason", reason, "--by", by);
		if (reason.isBlank()) {
			throw new ParleyException("give a reason for the retraction");
		}
		String label = ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			var rows = session.query(RETRACT, Map.of("id", id.strip())).queryResults().iterator();
			if (!rows.hasNext()) {
				throw new ParleyException("no event, tenure or stance with id '" + id.strip() + "'");
			}
			var row = rows.next();
			if (Boolean.TRUE.equals(row.get("already"))) {
				throw new ParleyException("'" + id.strip() + "' is already retracted");
			}
			String found = (String) row.get("label");
			if ("Stance".equals(found)) { // the people it was of or compared with are ranked without it
				session.query(StanceScores.OF_STANCES, StanceScores.ids(List.of(id.strip())));
			}
			if ("Event".equals(found)) { // channels' tallies of its month count it no more
				session.query(Contacts.MARK_BY_ID, Contacts.ids(List.of(id.strip())));
			}
			curation.record(new Edit(curation.newId("edit-retract-" + id.strip()), "retract", found, id.strip(),
					reason.strip(), null, null));
			return found;
		});
		return "Retracted " + label.toLowerCase(java.util.Locale.ROOT) + " " + id.strip() + ": " + reason.strip();
	}

	private static List<String> strings(Object value) {
		if (value instanceof String[] array) {
			return List.of(array);
		}
		if (value instanceof Iterable<?> items) {
			var list = new ArrayList<String>();
			items.forEach(item -> list.add(String.valueOf(item)));
			return list;
		}
		return List.of();
	}
}
