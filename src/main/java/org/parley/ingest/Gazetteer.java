package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.parley.graph.Graph;

/**
 * The graph's own vocabulary, read once per ingest: people with their names, aliases, side and tenures; posts with
 * their titles; places, organizations (outlets among them) and the events already recorded, for "same fact, new
 * evidence". Everything the recognizer matches comes from here, nothing from code.
 */
record Gazetteer(List<PersonEntry> people, List<PostEntry> posts, List<NamedEntry> places, List<NamedEntry> organizations,
		List<EventEntry> events, List<String> topics) {

	record PersonEntry(String id, String name, String side, List<String> aliases, List<TenureEntry> tenures) {

		/** The post held on a day, if any. */
		Optional<String> postOn(LocalDate day) {
			return tenures.stream()
				.filter(t -> !t.start().isAfter(day) && (t.end() == null || !t.end().isBefore(day)))
				.map(TenureEntry::post)
				.findFirst();
		}

		/** Whether the person held the post on a day. */
		boolean held(String post, LocalDate day) {
			return tenures.stream().anyMatch(t -> t.post().equals(post) && !t.start().isAfter(day) && (t.end() == null || !t.end().isBefore(day)));
		}

		List<String> names() {
			var all = new ArrayList<String>();
			all.add(name);
			all.addAll(aliases);
			return all;
		}
	}

	record TenureEntry(String post, LocalDate start, LocalDate end) {
	}

	record PostEntry(String id, String name, String side, List<String> aliases) {

		List<String> names() {
			var all = new ArrayList<String>();
			all.add(name);
			all.addAll(aliases);
			return all;
		}
	}

	record NamedEntry(String id, String name, String kind, String side, List<String> aliases) {

		List<String> names() {
			var all = new ArrayList<String>();
			all.add(name);
			all.addAll(aliases);
			return all;
		}
	}

	record EventEntry(String id, String channel, LocalDate date, String precision, LocalDate end, String status, List<String> people) {
	}

	private static final String PEOPLE = """
			MATCH (p:Person) WHERE NOT p:Retracted
			OPTIONAL MATCH (p)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post) WHERE NOT t:Retracted
			WITH p, collect(CASE WHEN t IS NULL THEN NULL ELSE {post: post.id, start: t.start, end: t.end} END) AS tenures
			RETURN p.id AS id, p.name AS name, p.side AS side, coalesce(p.aliases, []) AS aliases, tenures
			ORDER BY id
			""";

	private static final String POSTS = """
			MATCH (p:Post) RETURN p.id AS id, p.name AS name, p.side AS side, coalesce(p.aliases, []) AS aliases ORDER BY id
			""";

	private static final String PLACES = """
			MATCH (p:Place) RETURN p.id AS id, p.name AS name, p.kind AS kind, null AS side, coalesce(p.aliases, []) AS aliases ORDER BY id
			""";

	private static final String ORGANIZATIONS = """
			MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.kind AS kind, o.side AS side,
			       coalesce(o.aliases, []) AS aliases ORDER BY id
			""";

	private static final String EVENTS = """
			MATCH (e:Event) WHERE NOT e:Retracted AND e.date IS NOT NULL
			OPTIONAL MATCH (p:Person)-[r:PARTICIPATED_IN]->(e) WHERE NOT coalesce(r.role, '') IN ['subject', 'reporter']
			WITH e, collect(DISTINCT p.id) AS people
			RETURN e.id AS id, e.channel AS channel, e.date AS date, coalesce(e.datePrecision, 'day') AS precision,
			       e.endDate AS end, coalesce(e.status, 'happened') AS status, people ORDER BY id
			""";

	private static final String TOPICS = "MATCH (t:Topic) RETURN t.id AS id ORDER BY id";

	static Gazetteer load(Graph graph) {
		return graph.inRead(tx -> {
			var people = tx.run(PEOPLE).list(r -> new PersonEntry(r.get("id").asString(), r.get("name").asString(""),
					r.get("side").asString(null), strings(r.get("aliases")),
					r.get("tenures").asList(t -> new TenureEntry(t.get("post").asString(), date(t.get("start")), date(t.get("end"))))));
			var posts = tx.run(POSTS).list(r -> new PostEntry(r.get("id").asString(), r.get("name").asString(""),
					r.get("side").asString(null), strings(r.get("aliases"))));
			var places = tx.run(PLACES).list(Gazetteer::named);
			var orgs = tx.run(ORGANIZATIONS).list(Gazetteer::named);
			var events = tx.run(EVENTS).list(r -> new EventEntry(r.get("id").asString(), r.get("channel").asString(null),
					date(r.get("date")), r.get("precision").asString(), date(r.get("end")), r.get("status").asString(), strings(r.get("people"))));
			var topics = tx.run(TOPICS).list(r -> r.get("id").asString());
			return new Gazetteer(people, posts, places, orgs, events, topics);
		});
	}

	private static NamedEntry named(org.neo4j.driver.Record r) {
		return new NamedEntry(r.get("id").asString(), r.get("name").asString(""), r.get("kind").asString(null),
				r.get("side").asString(null), strings(r.get("aliases")));
	}

	private static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(v -> v.isNull() ? "" : v.asString());
	}

	private static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

	Optional<PersonEntry> person(String id) {
		return people.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	Optional<PostEntry> post(String id) {
		return posts.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/** Every id in the graph this gazetteer knows, for checking a proposals file against this graph. */
	Map<String, String> kinds() {
		var all = new java.util.HashMap<String, String>();
		people.forEach(p -> all.put(p.id(), "person"));
		posts.forEach(p -> all.put(p.id(), "post"));
		places.forEach(p -> all.put(p.id(), "place"));
		organizations.forEach(p -> all.put(p.id(), "organization"));
		events.forEach(p -> all.put(p.id(), "event"));
		topics.forEach(t -> all.put(t, "topic"));
		return all;
	}
}
