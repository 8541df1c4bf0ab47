package org.parley.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.parley.graph.Graph;
import org.parley.lookup.ResolvedName;

/**
 * A person's ego network as the queries cap it: the person, the people who shared contacts with them (depth 1) and
 * with those (depth 2), at most {@link #MAX_PEOPLE}, and the contacts between them per pair and channel, at most
 * {@link #MAX_LINKS}. The caps are applied in Cypher, so a network of millions is never read into memory.
 */
final class EgoNetwork {

	static final int MAX_PEOPLE = 60;

	static final int MAX_LINKS = 200;

	/** A person drawn: their side and the post held on the day (or the last one left before it). */
	record Person(String id, String name, String side, String post, LocalDate until, int depth) {

		boolean inOffice(LocalDate at) {
			return post != null && (until == null || !until.isBefore(at));
		}
	}

	/** Contacts between two people through one channel. */
	record Link(String a, String b, String channel, long contacts) {
	}

	/**
	 * @param peopleFound how many people the depth reaches (the ego included); more than {@code people.size()} when
	 *                    the cap left some out
	 * @param linksFound  how many pair-and-channel links join the people drawn
	 */
	record Ego(ResolvedName center, int depth, LocalDate at, List<Person> people, List<Link> links, long peopleFound,
			long linksFound) {
	}

	private final Graph graph;

	EgoNetwork(Graph graph) {
		this.graph = graph;
	}

	Ego of(ResolvedName center, int depth, LocalDate from, LocalDate to, LocalDate at) {
		var depths = new LinkedHashMap<String, Integer>();
		long found = reach(center, depth, from, to, MAX_PEOPLE, depths);
		var params = new LinkedHashMap<String, Object>();
		params.put("ids", List.copyOf(depths.keySet()));
		params.put("from", from);
		params.put("to", to);
		params.put("limit", MAX_LINKS);
		var linked = Queries.read(graph, "ego-links", params).get(0);
		List<Link> links = linked.get("links").asList(v -> new Link(v.get("a").asString(), v.get("b").asString(),
				v.get("channel").asString(), v.get("contacts").asLong()));
		Map<String, Person> people = new LinkedHashMap<>();
		Queries.read(graph, "people", Map.of("ids", List.copyOf(depths.keySet()), "at", at)).forEach(r -> {
			String id = r.get("id").asString();
			people.put(id, new Person(id, r.get("name").asString(id), r.get("side").asString(null),
					r.get("post").asString(null), r.get("until").isNull() ? null : r.get("until").asLocalDate(),
					depths.get(id)));
		});
		var ordered = new ArrayList<Person>();
		depths.keySet().forEach(id -> {
			if (people.containsKey(id)) {
				ordered.add(people.get(id));
			}
		});
		return new Ego(center, depth, at, List.copyOf(ordered), links, found, linked.get("total").asLong());
	}

	/**
	 * The people within {@code depth} contacts of the center, ring by ring, those with most contacts first, at most
	 * {@code cap} in all (the center included).
	 * @param depths filled with each person's id and ring (0 for the center)
	 * @return how many people the rings held before the cap
	 */
	long reach(ResolvedName center, int depth, LocalDate from, LocalDate to, int cap, Map<String, Integer> depths) {
		depths.put(center.id(), 0);
		long found = 1;
		List<String> ring = List.of(center.id());
		for (int d = 1; d <= depth && !ring.isEmpty(); d++) {
			var params = new LinkedHashMap<String, Object>();
			params.put("ring", ring);
			params.put("known", List.copyOf(depths.keySet()));
			params.put("from", from);
			params.put("to", to);
			params.put("room", Math.max(0, cap - depths.size()));
			var result = Queries.read(graph, "ego-ring", params).get(0);
			found += result.get("total").asLong();
			List<String> next = result.get("ids").asList(Value::asString);
			for (String id : next) {
				depths.put(id, d);
			}
			ring = next;
		}
		return found;
	}
}
