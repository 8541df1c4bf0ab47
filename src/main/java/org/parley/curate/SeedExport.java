package org.parley.curate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.parley.cypher.CypherLiterals;
import org.parley.errors.ParleyException;
import org.parley.graph.Graph;
import org.parley.graph.Schema;

/**
 * Writes what analysts recorded as a seed script in the style of {@code seed/}: one paragraph per label and per
 * relationship type that {@code MERGE}s on stable ids, then the recorded edits to existing facts (aliases, merges,
 * ended tenures, retractions) in the order they were made. Loading the seed and then this file into an empty
 * database gives the same graph, so the same answers; loading it again changes nothing.
 */
final class SeedExport {

	/** Nodes an analyst recorded, by their main label. */
	private static final String NODES = """
			MATCH (n) WHERE n.recordedAt IS NOT NULL
			RETURN [label IN labels(n) WHERE NOT label IN ['Retracted', 'Contact']][0] AS label, n.id AS id, properties(n) AS properties
			ORDER BY label, n.recordedAt, id
			""";

	/** Relationships with an end an analyst recorded (the others are the seed's, or moved by a merge replayed below). */
	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b) WHERE a.recordedAt IS NOT NULL OR b.recordedAt IS NOT NULL
			RETURN [label IN labels(a) WHERE NOT label IN ['Retracted', 'Summit', 'Round', 'Contact']][0] AS fromLabel, a.id AS from,
			       type(r) AS type, properties(r) AS properties,
			       [label IN labels(b) WHERE NOT label IN ['Retracted', 'Summit', 'Round', 'Contact']][0] AS toLabel, b.id AS to
			ORDER BY type, fromLabel, toLabel, from, to
			""";

	private static final String EDITS = """
			MATCH (e:Edit)
			RETURN e.action AS action, e.targetLabel AS label, e.target AS target, e.value AS value, e.day AS day,
			       e.names AS names, e.recordedAt AS at, e.recordedBy AS by
			ORDER BY e.recordedAt, e.id
			""";

	/** The parameters of {@link RevisionCommands#MERGE}, replaced in one pass so no value is read as another's. */
	private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("\\$(keep|duplicate)\\b");

	private final Graph graph;

	SeedExport(Graph graph) {
		this.graph = graph;
	}

	record Script(String text, int nodes, int relationships, int edits) {
	}

	Script script(String fileName) {
		Map<String, List<Map<String, Object>>> nodes = new TreeMap<>();
		graph.read(NODES, Map.of(), r -> r).forEach(r -> nodes.computeIfAbsent(label(r.get("label").asString(null)), k -> new ArrayList<>())
			.add(withoutTimeline(plain(r.get("properties")))));
		Map<String, List<Map<String, Object>>> rels = new LinkedHashMap<>();
		graph.read(RELATIONSHIPS, Map.of(), r -> r).forEach(r -> {
			String key = label(r.get("fromLabel").asString(null)) + " " + name(r.get("type").asString(null), Schema.TYPES, "relationship type")
					+ " " + label(r.get("toLabel").asString(null));
			var row = new LinkedHashMap<String, Object>();
			row.put("from", r.get("from").asString());
			row.put("to", r.get("to").asString());
			Map<String, Object> props = plain(r.get("properties"));
			if (!props.isEmpty()) {
				row.put("properties", props);
			}
			rels.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
		});
		var text = new StringBuilder();
		text.append("// ").append(comment(fileName)).append(": what analysts recorded with Parley's curation commands, exported by\n")
			.append("// 'export seed'. Load it after the seed files (put it in seed/ or in parley.seed-dir); it MERGEs on\n")
			.append("// stable ids, so loading it again changes nothing.\n");
		int nodeCount = 0;
		for (var group : nodes.entrySet()) {
			text.append("\n// ").append(group.getKey()).append(" nodes recorded by analysts\nUNWIND [\n")
				.append(rows(group.getValue())).append("\n] AS row\nMERGE (n:").append(group.getKey())
				.append(" {id: row.id})\nSET n += row;\n");
			nodeCount += group.getValue().size();
		}
		int relCount = 0;
		for (var group : rels.entrySet()) {
			String[] key = group.getKey().split(" ");
			boolean props = group.getValue().stream().anyMatch(row -> row.containsKey("properties"));
			text.append("\n// (:").append(key[0]).append(")-[:").append(key[1]).append("]->(:").append(key[2])
				.append(")\nUNWIND [\n").append(rows(group.getValue())).append("\n] AS row\nMATCH (a:").append(key[0])
				.append(" {id: row.from})\nMATCH (b:").append(key[2]).append(" {id: row.to})\nMERGE (a)-[r:")
				.append(key[1]).append("]->(b)").append(props ? "\nSET r += coalesce(row.properties, {});\n" : ";\n");
			relCount += group.getValue().size();
		}
		List<String> edits = graph.read(EDITS, Map.of(), SeedExport::replay);
		if (!edits.isEmpty()) {
			text.append("\n// Edits of existing facts, in the order they were made\n");
			edits.forEach(edit -> text.append('\n').append(edit));
		}
		return new Script(text.toString(), nodeCount, relCount, edits.size());
	}

	private static String replay(org.neo4j.driver.Record r) {
		String label = label(r.get("label").asString(null));
		String target = literal(r.get("target").asString());
		String comment = "// " + r.get("at").asZonedDateTime() + " " + comment(r.get("by").asString("")) + ": "
				+ comment(r.get("action").asString("")) + "\n";
		return comment + switch (r.get("action").asString()) {
			case "alias" -> "MATCH (n:" + label + " {id: " + target + "})\nWHERE NOT " + literal(r.get("value").asString())
					+ " IN coalesce(n.aliases, [])\nSET n.aliases = coalesce(n.aliases, []) + " + literal(r.get("value").asString()) + ";\n";
			case "merge" -> PARAMETER.matcher(RevisionCommands.MERGE.replace("RETURN added\n", ""))
				.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1).equals("keep") ? target
						: literal(r.get("value").asString())))
				.strip() + ";\n\n" + mergedNames(target, r.get("names").asList(Value::asString, List.of()));
			case "end-tenure" -> "MATCH (t:Tenure {id: " + target + "})\nSET t.end = " + literal(r.get("day").asLocalDate())
					+ ", t.endPrecision = 'day';\n";
			case "retract" -> "MATCH (n:" + label + " {id: " + target + "})\nSET n:Retracted;\n";
			default -> throw new ParleyException("cannot export the edit '" + comment(r.get("action").asString(""))
					+ "': not one of alias, merge, end-tenure, retract");
		};
	}

	/** The duplicate's names as aliases of the kept person, also when the duplicate is not in the seed (recorded, then merged). */
	private static String mergedNames(String keep, List<String> names) {
		return "MATCH (keep:Person {id: " + keep + "})\nSET keep.aliases = coalesce(keep.aliases, []) + [name IN " + literal(names)
				+ "\n  WHERE NOT toLower(name) IN [known IN [keep.name] + coalesce(keep.aliases, []) | toLower(known)]];\n";
	}

	/**
	 * A person's score timeline is derived from the stances (graph/StanceScores) and derived again when the script is
	 * loaded; its NaN (no score) has no Cypher literal.
	 */
	private static Map<String, Object> withoutTimeline(Map<String, Object> properties) {
		properties.keySet().removeAll(java.util.Set.of("scoreDates", "scores", "rankedFrom"));
		return properties;
	}

	private static Map<String, Object> plain(Value value) {
		return new TreeMap<>(value.asMap(v -> v.asObject()));
	}

	private static String rows(List<Map<String, Object>> rows) {
		return rows.stream().map(row -> "  " + literal(row)).collect(Collectors.joining(",\n"));
	}

	/** A Cypher literal for a value read from the graph; anything it cannot write exactly and safely is refused. */
	static String literal(Object value) {
		return CypherLiterals.literal(value, CypherLiterals.SCRIPT);
	}

	static String comment(String text) {
		return CypherLiterals.comment(text);
	}

	static boolean unsafe(int c) {
		return CypherLiterals.unsafe(c);
	}

	private static String label(String label) {
		return name(label, Schema.LABELS, "label");
	}

	/** A label or relationship type, written into the script only when it is one of the model's. */
	static String name(String name, java.util.Set<String> known, String what) {
		if (name == null || !known.contains(name)) {
			throw new ParleyException("cannot export: a recorded " + what + " has the " + what + " '"
					+ comment(String.valueOf(name)) + "', which is not in Parley's model");
		}
		return name;
	}
}
