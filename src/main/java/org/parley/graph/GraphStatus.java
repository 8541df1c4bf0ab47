package org.parley.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code status} reports about the database: where it is, its Neo4j version, its schema version and counts
 * per label and relationship type.
 */
public record GraphStatus(GraphTarget target, String neo4jVersion, String edition, String schemaVersion,
		long nodes, long relationships, Map<String, Long> labels, Map<String, Long> relationshipTypes) {

	public static GraphStatus of(Graph graph) {
		var component = graph.read("""
				CALL dbms.components() YIELD name, versions, edition
				WHERE name = 'Neo4j Kernel'
				RETURN versions[0] AS version, edition
				""", Map.of(), r -> List.of(r.get("version").asString(), r.get("edition").asString()));
		String version = component.isEmpty() ? "unknown" : component.get(0).get(0);
		String edition = component.isEmpty() ? "" : component.get(0).get(1);
		String schema = SchemaMigrations.currentVersion(graph).orElse("none");
		var labels = new TreeMap<String, Long>();
		var types = new TreeMap<String, Long>();
		counts(graph, labels, types);
		// the schema's chain of migrations and channels' monthly tallies are not data
		long notData = 0;
		for (String label : Schema.NOT_DATA) {
			Long count = labels.remove(label);
			notData += count == null ? 0 : count;
		}
		long notDataRels = types.getOrDefault("MIGRATED_TO", 0L);
		types.remove("MIGRATED_TO");
		var totals = graph.read("""
				MATCH (n) WITH count(n) AS nodes
				MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
				""", Map.of(), r -> new long[] { r.get("nodes").asLong(), r.get("relationships").asLong() }).get(0);
		return new GraphStatus(graph.target(), version, edition, schema, totals[0] - notData,
				totals[1] - notDataRels, labels, types);
	}

	/** Counts from Neo4j's count store, in one call; falls back to one count query per token without admin rights. */
	private static void counts(Graph graph, Map<String, Long> labels, Map<String, Long> types) {
		try {
			graph.read("""
					CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
					RETURN data.nodes AS nodes, data.relationships AS relationships
					""", Map.of(), r -> {
				r.get("nodes").asList(v -> v.asMap()).forEach(m -> {
					if (m.get("label") != null) {
						labels.put((String) m.get("label"), ((Number) m.get("count")).longValue());
					}
				});
				r.get("relationships").asList(v -> v.asMap()).forEach(m -> {
					if (m.get("relationshipType") != null && m.get("startLabel") == null && m.get("endLabel") == null) {
						types.put((String) m.get("relationshipType"), ((Number) m.get("count")).longValue());
					}
				});
				return null;
			});
		}
		catch (RuntimeException ex) {
			labels.clear();
			types.clear();
			graph.read("""
					CALL db.labels() YIELD label
					CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
					RETURN label, count
					""", Map.of(), r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
			graph.read("""
					CALL db.relationshipTypes() YIELD relationshipType AS type
					CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS count }
					RETURN type, count
					""", Map.of(), r -> types.put(r.get("type").asString(), r.get("count").asLong()));
		}
		labels.values().removeIf(c -> c == 0);
		types.values().removeIf(c -> c == 0);
	}

}
