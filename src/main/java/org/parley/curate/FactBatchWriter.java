package org.parley.curate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.ogm.session.Session;
import org.parley.errors.ParleyException;
import org.parley.curate.model.Country;
import org.parley.curate.model.Edit;
import org.parley.curate.model.Event;
import org.parley.curate.model.Evidence;
import org.parley.curate.model.Measure;
import org.parley.curate.model.Node;
import org.parley.curate.model.Organization;
import org.parley.curate.model.Participation;
import org.parley.curate.model.Person;
import org.parley.curate.model.Place;
import org.parley.curate.model.Source;
import org.parley.curate.model.Stance;
import org.parley.curate.model.Topic;
import org.parley.facts.FactBatch;
import org.parley.facts.FactWriter;
import org.parley.graph.Contacts;
import org.parley.graph.StanceSides;
import org.parley.graph.StanceScores;
import org.springframework.stereotype.Component;

/**
 * The curation path for a batch of facts ({@code ingest apply}): one transaction, the same provenance (recordedAt,
 * recordedBy, evidence from the source), {@code Edit} records for aliases, the same name checks and the {@code Contact}
 * rule as the curation commands. A fact whose evidence id is already in the graph was written before and is skipped.
 */
@Component
class FactBatchWriter implements FactWriter {

	private static final String EVIDENCE_EXISTS = "MATCH (e:Evidence {id: $id}) RETURN count(e) > 0 AS found";

	private static final String QUOTES = """
			UNWIND $rows AS row MATCH (e:Evidence {id: row.id}) SET e.offset = row.offset, e.form = 'report', e.sourceGrade = 'C'
			""";

	private static final String DATED = """
			UNWIND $rows AS row MATCH (e:Event {id: row.id}) SET e.dateBasis = row.basis, e.dateNote = row.note, e.endDate = row.end
			""";

	private static final String IMPOSED = """
			UNWIND $rows AS row MATCH (m:Measure {id: row.id})
			CALL (row, m) { MATCH (c:Country {id: row.by}) MERGE (c)-[:IMPOSED]->(m) }
			CALL (row, m) { UNWIND row.targets AS target MATCH (c:Country {id: target}) MERGE (m)-[:TARGETS]->(c) }
			""";

	private static final String OUTLET = """
			MATCH (o:Organization) WHERE toLower(o.id) = toLower($name) OR toLower(o.name) = toLower($name)
			   OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($name))
			RETURN o.id AS id ORDER BY id LIMIT 1
			""";

	private static final String POST_ON = """
			MATCH (p:Person {id: $person})-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
			WHERE NOT t:Retracted AND t.start <= $day AND (t.end IS NULL OR t.end >= $day)
			RETURN post.id AS post ORDER BY t.start DESC LIMIT 1
			""";

	private final OgmSessions ogm;

	FactBatchWriter(OgmSessions ogm) {
		this.ogm = ogm;
	}

	@Override
	public List<String> write(FactBatch batch) {
		for (var person : batch.people()) {
			NameCheck.name("a person's name", person.name());
		}
		for (var alias : batch.aliases()) {
			NameCheck.name("an alias", alias.alias());
		}
		return ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, batch.by());
			var written = new ArrayList<String>();
			Source source = source(curation, batch.source(), written);
			Map<String, String> keys = new HashMap<>();
			for (var p : batch.people()) {
				String done = existing(session, p.quote().evidenceId());
				if (done != null) {
					keys.put(p.key(), done);
					continue;
				}
				Country country = session.load(Country.class, p.side(), 0);
				if (country == null) {
					throw new ParleyException("no side '" + p.side() + "' for new person " + p.name());
				}
				var person = new Person(curation.newId(CurationWrite.slug(p.name())), NameCheck.name("a person's name", p.name()), country);
				quote(curation, person, source, p.quote(), batch.action());
				curation.record(person);
				keys.put(p.key(), person.getId());
				written.add("added person " + person.getId() + ": " + p.name() + " (" + p.side() + ")");
			}
			for (var a : batch.aliases()) {
				if (evidenceExists(session, a.quote().evidenceId())) {
					continue;
				}
				curation.lockPerson(a.person());
				Person p = session.load(Person.class, a.person(), 1);
				if (p.getName().equalsIgnoreCase(a.alias()) || p.getAliases().stream().anyMatch(a.alias()::equalsIgnoreCase)) {
					quote(curation, p, source, a.quote(), batch.action());
					session.save(p, 1);
					continue;
				}
				var aliases = new ArrayList<>(p.getAliases());
				aliases.add(a.alias());
				p.setAliases(aliases);
				quote(curation, p, source, a.quote(), batch.action());
				session.save(p, 1);
				curation.record(new Edit(curation.newId("edit-alias-" + p.getId()), "alias", "Person", p.getId(), a.alias(), null, null));
				written.add("changed person " + p.getId() + ": new alias '" + a.alias() + "'");
			}
			List<String> contacts = new ArrayList<>();
			List<Map<String, Object>> dated = new ArrayList<>();
			for (var e : batch.events()) {
				String done = existing(session, e.quote().evidenceId());
				if (done != null) {
					keys.put(e.key(), done);
					continue;
				}
				String base = e.channel() + "-" + String.join("-", e.participants().stream().map(id -> last(keys.getOrDefault(id, id))).toList()) + "-" + e.date();
				var event = new Event(curation.newId(CurationWrite.slug(base)), NameCheck.name("an event's title", e.title()), e.channel(),
						e.date(), e.precision(), e.status());
				event.setCameo(RecordCommands.cameo(e.channel()));
				if (e.place() != null) {
					Place place = session.load(Place.class, e.place(), 0);
					if (place == null) {
						throw new ParleyException("no place '" + e.place() + "'");
					}
					event.getPlaces().add(place);
				}
				quote(curation, event, source, e.quote(), batch.action());
				curation.record(event);
				var row = new HashMap<String, Object>(Map.of("id", event.getId(), "basis", e.dateBasis(), "note", e.dateNote() == null ? "" : e.dateNote()));
				row.put("end", e.endDate());
				dated.add(row);
				for (String who : e.participants()) {
					String id = keys.getOrDefault(who, who);
					Node actor = session.load(Person.class, id, 0);
					if (actor == null) {
						actor = session.load(Organization.class, id, 0);
					}
					if (actor == null) {
						throw new ParleyException("no person or organization '" + who + "' for event " + e.key());
					}
					String side = actor instanceof Person p ? p.getSide() : ((Organization) actor).getSide();
					String post = actor instanceof Person ? postOn(session, id, e.date()) : null;
					session.save(new Participation(actor, event, "counterpart", post, side));
				}
				keys.put(e.key(), event.getId());
				contacts.add(event.getId());
				written.add("added event " + event.getId() + ": " + e.title() + " (" + e.channel() + ", " + e.status() + ", "
						+ e.date() + " " + e.precision() + ")");
			}
			for (var ev : batch.evidence()) {
				if (evidenceExists(session, ev.quote().evidenceId())) {
					continue;
				}
				String id = keys.getOrDefault(ev.fact(), ev.fact());
				Node fact = load(session, id);
				if (fact == null) {
					throw new ParleyException("no fact '" + ev.fact() + "' to add evidence to");
				}
				quote(curation, fact, source, ev.quote(), batch.action());
				session.save(fact, 1);
				written.add("changed " + id + ": new evidence '" + ev.quote().phrase() + "'");
			}
			var stances = new ArrayList<String>();
			for (var s : batch.stances()) {
				if (existing(session, s.quote().evidenceId()) != null) {
					continue;
				}
				stances.add(stance(curation, s, keys, source, batch.action(), written));
			}
			List<Map<String, Object>> imposed = new ArrayList<>();
			for (var m : batch.measures()) {
				if (existing(session, m.quote().evidenceId()) != null) {
					continue;
				}
				var measure = new Measure(curation.newId(CurationWrite.slug(m.title()).startsWith(m.kind())
						? CurationWrite.slug(m.title()) : CurationWrite.slug(m.kind() + "-" + m.title())), m.kind(),
						NameCheck.name("a measure's title", m.title()), m.status(), m.rateFrom(), m.rateTo(), m.goodsValueUsd(), m.effective());
				quote(curation, measure, source, m.quote(), batch.action());
				curation.record(measure);
				var row = new HashMap<String, Object>();
				row.put("id", measure.getId());
				row.put("by", m.imposedBy());
				row.put("targets", m.targets() == null ? List.of() : m.targets());
				imposed.add(row);
				written.add("added measure " + measure.getId() + ": " + m.title() + " (" + m.kind() + ", " + m.status()
						+ (m.imposedBy() != null ? ", by " + m.imposedBy() : "") + (m.targets() != null && !m.targets().isEmpty()
								? ", on " + String.join(", ", m.targets()) : "") + ")");
			}
			// what the model's entities do not carry, set once OGM has saved them all (a later save would write them back)
			session.query(DATED, Map.of("rows", dated));
			session.query(IMPOSED, Map.of("rows", imposed));
			if (!stances.isEmpty()) {
				session.query(StanceSides.BY_ID, StanceSides.ids(stances));
				session.query(StanceScores.OF_STANCES, StanceScores.ids(stances));
			}
			session.query(QUOTES, Map.of("rows", quotes(batch)));
			if (!contacts.isEmpty()) {
				session.query(Contacts.MARK_BY_ID, Contacts.ids(contacts));
			}
			return written;
		});
	}

	/** A stance as {@code assess} records it: assessed by the person or organization named, else the source's outlet. */
	private static String stance(CurationWrite curation, FactBatch.StanceFact s, Map<String, String> keys, Source source, String action,
			List<String> written) {
		Session session = curation.session();
		String id = keys.getOrDefault(s.person(), s.person());
		Person person = session.load(Person.class, id, 0);
		if (person == null) {
			throw new ParleyException("no person '" + s.person() + "' for a stance");
		}
		Node judge = s.assessor() == null ? source.getPublisher() : session.load(Person.class, keys.getOrDefault(s.assessor(), s.assessor()), 0);
		if (judge == null && s.assessor() != null) {
			judge = session.load(Organization.class, s.assessor(), 0);
		}
		if (judge == null) {
			throw new ParleyException(s.assessor() == null ? "source '" + source.getTitle() + "' names no outlet; name who made the assessment"
					: "no person or organization '" + s.assessor() + "' to have made the assessment");
		}
		var stance = new Stance(curation.newId("stance-" + id + "-" + CurationWrite.slug(s.label()) + "-" + s.from().getYear()), person,
				s.label(), s.score(), s.from());
		stance.getAssessedBy().add(judge);
		for (String issue : s.issues()) {
			Topic topic = session.load(Topic.class, issue, 0);
			if (topic == null) {
				throw new ParleyException("no topic '" + issue + "' for a stance");
			}
			stance.getIssues().add(topic);
		}
		quote(curation, stance, source, s.quote(), action);
		curation.record(stance);
		written.add("added stance " + stance.getId() + ": " + person.getName() + " " + s.label() + " (" + s.score() + ") on "
				+ String.join(", ", s.issues()) + " from " + s.from() + ", assessed by " + judge.getId());
		return stance.getId();
	}

	private static Source source(CurationWrite curation, FactBatch.SourceFact fact, List<String> written) {
		Source known = curation.session().load(Source.class, fact.id(), 1);
		if (known != null) {
			return known;
		}
		Organization outlet = null;
		if (fact.outlet() != null) {
			var rows = curation.session().query(OUTLET, Map.of("name", fact.outlet())).queryResults().iterator();
			if (rows.hasNext()) {
				outlet = curation.session().load(Organization.class, (String) rows.next().get("id"), 0);
			}
			else {
				outlet = curation.record(new Organization(curation.newId(CurationWrite.slug(fact.outlet())),
						NameCheck.name("an outlet's name", fact.outlet()), "media-outlet"));
				written.add("added organization " + outlet.getId() + ": " + fact.outlet() + " (media-outlet)");
			}
		}
		var source = new Source(fact.id(), "article", NameCheck.name("a source's title", fact.title()), fact.url(), fact.published(), outlet);
		curation.record(source);
		written.add("added source " + source.getId() + ": " + fact.title());
		return source;
	}

	private static void quote(CurationWrite curation, Node fact, Source source, FactBatch.Quote quote, String action) {
		var evidence = new Evidence(quote.evidenceId(), source, action, quote.phrase(), quote.location());
		evidence.recorded(curation.at(), curation.by());
		fact.getEvidence().add(evidence);
		curation.session().save(evidence, 1);
	}

	/** Every quote of the batch: the offsets of those written now (the others are matched by no evidence id or set again to the same). */
	private static List<Map<String, Object>> quotes(FactBatch batch) {
		var rows = new ArrayList<Map<String, Object>>();
		batch.people().forEach(p -> rows.add(Map.of("id", p.quote().evidenceId(), "offset", p.quote().offset())));
		batch.aliases().forEach(p -> rows.add(Map.of("id", p.quote().evidenceId(), "offset", p.quote().offset())));
		batch.events().forEach(p -> rows.add(Map.of("id", p.quote().evidenceId(), "offset", p.quote().offset())));
		batch.evidence().forEach(p -> rows.add(Map.of("id", p.quote().evidenceId(), "offset", p.quote().offset())));
		batch.stances().forEach(p -> rows.add(Map.of("id", p.quote().evidenceId(), "offset", p.quote().offset())));
		batch.measures().forEach(p -> rows.add(Map.of("id", p.quote().evidenceId(), "offset", p.quote().offset())));
		return rows;
	}

	private static boolean evidenceExists(Session session, String id) {
		var row = session.query(EVIDENCE_EXISTS, Map.of("id", id)).queryResults().iterator();
		return row.hasNext() && Boolean.TRUE.equals(row.next().get("found"));
	}

	/** The id of the fact an evidence id already stands behind: written by an earlier apply. */
	private static String existing(Session session, String evidenceId) {
		var rows = session.query("MATCH (f)-[:EVIDENCED_BY]->(:Evidence {id: $id}) RETURN f.id AS id LIMIT 1",
				Map.of("id", evidenceId)).queryResults().iterator();
		return rows.hasNext() ? (String) rows.next().get("id") : null;
	}

	private static Node load(Session session, String id) {
		for (Class<? extends Node> type : List.of(Event.class, Person.class, Organization.class, Measure.class, Stance.class)) {
			Node node = session.load(type, id, 1);
			if (node != null) {
				return node;
			}
		}
		return null;
	}

	private static String postOn(Session session, String person, java.time.LocalDate day) {
		var rows = session.query(POST_ON, Map.of("person", person, "day", day)).queryResults().iterator();
		return rows.hasNext() ? (String) rows.next().get("post") : null;
	}

	private static String last(String id) {
		return id.substring(id.lastIndexOf('-') + 1);
	}
}
