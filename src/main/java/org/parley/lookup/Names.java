package org.parley.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.cli.Suggestions;
import org.parley.errors.ParleyException;
import org.parley.graph.Graph;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Resolves what a user typed to one node, the same way for every command. A name matches ignoring case: the id, the
 * name (an event's title) or any alias, so a misspelling the sources use and the seed records as an alias ("Wibur
 * Ross") finds the person, and "Treasury Secretary" finds the post. A single word also matches every person with
 * that word in their name ("Li" is Li Keqiang, Li Qiang or Li Chenggang), and words an event's title contains find
 * the event ("13th round"). An exact id or name wins; several other matches are ambiguous and listed; no match
 * suggests the closest name. Candidates come from the full-text index {@code parley_names} (migration V0002), the
 * suggestions from its fuzzy search; the exact comparison is done here.
 */
@Component
public class Names {

	/** How many candidates an ambiguity message lists before "and N more". */
	static final int LISTED = 8;

	private final Graph graph;

	/** Longer text is no name: it is refused before any (fuzzy, costly) search. */
	public static final int MAX_NAME_LENGTH = 200;

	public Names(@Lazy Graph graph) {
		this.graph = graph;
	}

	/**
	 * @param kinds what the name may stand for, e.g. a person or a topic
	 * @throws ParleyException when no node matches (with a suggestion) or several do (listing them)
	 */
	public ResolvedName resolve(String text, Kind... kinds) {
		String query = text == null ? "" : text.strip();
		String what = nouns(kinds);
		if (query.isEmpty()) {
			throw new ParleyException("no " + what + " given");
		}
		if (query.length() > MAX_NAME_LENGTH) {
			throw new ParleyException("a " + what + " name of " + query.length() + " characters is too long to look up"
					+ " (at most " + MAX_NAME_LENGTH + "): '" + query.substring(0, 40) + "...'");
		}
		String key = normal(query);
		List<Candidate> candidates = key.codePoints().anyMatch(Character::isLetterOrDigit)
				? candidates(phrase(key), kinds) : List.of();
		// an id is unique: it wins over a name or title that happens to spell it ("steven-mnuchin" as a name)
		List<ResolvedName> byId = candidates.stream().map(Candidate::named).filter(n -> normal(n.id()).equals(key)).distinct().toList();
		if (byId.size() == 1) {
			return byId.get(0);
		}
		List<ResolvedName> exact = candidates.stream().filter(c -> c.primary(key)).map(Candidate::named).distinct().toList();
		if (exact.size() == 1) {
			return exact.get(0);
		}
		List<ResolvedName> matches = exact;
		for (int rank = 1; matches.isEmpty() && rank <= 2; rank++) {
			int wanted = rank;
			matches = candidates.stream().filter(c -> c.secondary(key) == wanted).map(Candidate::named).distinct().toList();
		}
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.size() > 1) {
			String listed = matches.stream().sorted(Comparator.comparing(ResolvedName::name)).limit(LISTED).map(ResolvedName::label).collect(Collectors.joining(", "));
			String more = matches.size() > LISTED ? " and " + (matches.size() - LISTED) + " more" : "";
			throw new ParleyException("'" + query + "' is ambiguous: " + listed + more + "; give the full name or the id");
		}
		if (kinds.length == 1 && kinds[0] == Kind.COUNTRY) {
			throw new ParleyException("no side named '" + query + "'" + sides(key));
		}
		throw new ParleyException("no " + what + " named '" + query + "'" + suggestion(key, kinds));
	}

	private static final String SIDES = """
			MATCH (p:Person) WHERE p.side IS NOT NULL
			WITH DISTINCT p.side AS code
			OPTIONAL MATCH (c:Country {id: code})
			RETURN code, coalesce(c.name, code) AS name ORDER BY code
			""";

	/**
	 * A side is a country code: "; did you mean US (United States)? sides are CN (China), ..." for the sides people
	 * of the graph have, the nearest by its code or name suggested first when one is near.
	 */
	private String sides(String key) {
		List<ResolvedName> sides = graph.read(SIDES, Map.of(),
				r -> new ResolvedName(r.get("code").asString(), r.get("name").asString(), Kind.COUNTRY));
		if (sides.isEmpty()) {
			return "; the graph has no people with a side yet";
		}
		// a code is two or three letters: only one edit away is near ("UK" is not "CN")
		int limit = key.length() <= 3 ? 1 : Math.max(2, key.length() / 3);
		List<String> near = sides.stream()
			.filter(side -> Math.min(Suggestions.distance(normal(side.id()), key), Suggestions.distance(normal(side.name()), key)) <= limit)
			.map(ResolvedName::id)
			.toList();
		String listed = sides.stream().map(side -> side.id() + " (" + side.name() + ")").collect(Collectors.joining(", "));
		return (near.isEmpty() ? "; " : "; did you mean " + String.join(" or ", near) + "? ") + "sides are " + listed;
	}

	/**
	 * The nodes of these kinds that {@code text} already names exactly: by id, name or alias, ignoring case. A new
	 * node given such a name could never be looked up by it (ambiguous, or the older node's id wins) and would take
	 * an alias away from the node that has it.
	 */
	public List<ResolvedName> namedExactly(String text, Kind... kinds) {
		String key = normal(text == null ? "" : text);
		if (key.isEmpty() || key.length() > MAX_NAME_LENGTH || key.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return List.of();
		}
		return candidates(phrase(key), kinds).stream()
			.filter(c -> c.primary(key) || c.aliases().contains(key))
			.map(Candidate::named)
			.distinct()
			.toList();
	}

	/** "person", "person or topic", "event, person or place". */
	static String nouns(Kind... kinds) {
		List<String> nouns = Arrays.stream(kinds).map(Kind::noun).toList();
		return nouns.size() <= 1 ? String.join("", nouns)
				: String.join(", ", nouns.subList(0, nouns.size() - 1)) + " or " + nouns.get(nouns.size() - 1);
	}

	/** Every name of one kind, for completion. */
	public List<String> names(Kind kind) {
		return graph.read(NAMES, Map.of("label", kind.label()), r -> r.get("name").asString(null))
			.stream()
			.filter(name -> name != null)
			.toList();
	}

	private static final String NAMES = """
			CALL db.index.fulltext.queryNodes('parley_names', '*:*') YIELD node
			WHERE $label IN labels(node)
			RETURN coalesce(node.name, node.title) AS name
			ORDER BY name
			""";

	private static final String CANDIDATES = """
			CALL db.index.fulltext.queryNodes('parley_names', $query) YIELD node
			WITH node, [label IN labels(node) WHERE label IN $labels] AS kinds
			WHERE size(kinds) > 0
			RETURN node.id AS id, coalesce(node.name, node.title) AS name, coalesce(node.aliases, []) AS aliases,
			       kinds[0] AS label
			LIMIT $limit
			""";

	private List<Candidate> candidates(String luceneQuery, Kind... kinds) {
		List<String> labels = Arrays.stream(kinds).map(Kind::label).toList();
		return graph.read(CANDIDATES, Map.of("query", luceneQuery, "labels", labels, "limit", 200L),
				r -> new Candidate(new ResolvedName(r.get("id").asString(), r.get("name").asString(""),
						Kind.ofLabel(r.get("label").asString())),
						r.get("aliases").asList(v -> normal(v.asString()))));
	}

	/** " did you mean Steven Mnuchin?" for the nearest names by edit distance, or nothing when none is near. */
	private String suggestion(String key, Kind... kinds) {
		String fuzzy = Arrays.stream(key.split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.map(word -> word + "~")
			.collect(Collectors.joining(" OR "));
		if (fuzzy.isEmpty()) {
			return "";
		}
		Map<ResolvedName, Integer> distances = new LinkedHashMap<>();
		for (Candidate candidate : candidates(fuzzy, kinds)) {
			distances.merge(candidate.named(), candidate.distance(key), Math::min);
		}
		int best = distances.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
		if (best > Math.max(2, key.length() / 3)) {
			return "";
		}
		List<String> nearest = distances.entrySet()
			.stream()
			.filter(e -> e.getValue() == best)
			.map(e -> e.getKey().name())
			.sorted(Comparator.naturalOrder())
			.limit(3)
			.toList();
		return "; did you mean " + String.join(" or ", nearest) + "?";
	}

	/** Lower case with single spaces: what names are compared in. */
	static String normal(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** A Lucene phrase query for the words of the text, so that its punctuation is never query syntax. */
	static String phrase(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/** A node the index found, with what its name can be compared against. */
	private record Candidate(ResolvedName named, List<String> aliases) {

		/** Its id or its name, exactly. */
		boolean primary(String key) {
			return normal(named.id()).equals(key) || normal(named.name()).equals(key);
		}

		/**
		 * 1 for an alias, a word of a person's name or the start of an event's title; 2 for words inside an event's
		 * title ("13th round" is the 13th round, not the meetings "before the 13th round"); 0 for no match.
		 */
		int secondary(String key) {
			String name = normal(named.name());
			if (aliases.contains(key) || (named.kind() == Kind.PERSON && !key.contains(" ")
					&& Arrays.asList(name.split(" ")).contains(key)) || (named.kind() == Kind.EVENT && name.startsWith(key))) {
				return 1;
			}
			return named.kind() == Kind.EVENT && name.contains(key) ? 2 : 0;
		}

		/**
		 * The edit distance to its nearest name, alias or id; a one-word key of four letters or more is also compared
		 * with each word of them ("Tresury" is one letter from the Treasury of "Secretary of the Treasury").
		 */
		int distance(String key) {
			var keys = new ArrayList<String>(aliases);
			keys.add(normal(named.name()));
			keys.add(normal(named.id()));
			if (!key.contains(" ") && key.length() >= 4) {
				for (String whole : List.copyOf(keys)) {
					Arrays.stream(whole.split("[^\\p{L}\\p{N}]+")).filter(word -> word.length() >= 4).forEach(keys::add);
				}
			}
			return keys.stream().mapToInt(k -> Suggestions.distance(k, key)).min().orElse(Integer.MAX_VALUE);
		}
	}
}
