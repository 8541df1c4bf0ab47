package org.parley.graph;

import java.util.List;
import java.util.Set;

/**
 * The labels and relationship types of Parley's model (README, "The model"), and of its own bookkeeping nodes. Text
 * that names a label or type (an export, a backup) is checked against these before it reaches Cypher or the store;
 * {@code __}-prefixed labels are the schema's and Parley's internal ones and are never data.
 */
public final class Schema {

	/** The entity labels: each has a unique {@code id} (migration V0001). */
	public static final Set<String> ENTITY_LABELS = Set.of("Country", "Person", "Organization", "Place", "Post",
			"Tenure", "Event", "Measure", "Stance", "Topic", "Source", "Evidence");

	/** Every label a node of Parley's graph may carry. */
	public static final Set<String> LABELS = Set.of("Country", "Person", "Organization", "Place", "Post", "Tenure",
			"Event", "Measure", "Stance", "Topic", "Source", "Evidence", "Edit", "Retracted", "Contact", "Summit",
			"Round", "Synthetic", "SeedFile", "LoadBatch");

	/**
	 * Labels of nodes that are not data, though they live in the graph: the schema's migration history and channels'
	 * monthly tallies with their months' locks ({@link ContactTallies}, derived from the data and counted again after
	 * every write). {@code status} leaves them out of its counts and the seed's emptiness check ignores them; a
	 * restore's marker is not among them (it tells an unfinished restore).
	 */
	public static final List<String> NOT_DATA = List.of("__Neo4jMigration", "__ContactTally", "__ContactMonth");

	/** Every relationship type of the model. */
	public static final Set<String> TYPES = Set.of("REPRESENTS", "HELD", "OF_POST", "CITES", "IN", "OF_COUNTRY",
			"PART_OF", "PARTICIPATED_IN", "AT", "ABOUT", "FOLLOWS", "DURING", "IN_RESPONSE_TO", "ANNOUNCED", "IMPOSED",
			"TARGETS", "RESPONDS_TO", "OF", "ASSESSED_BY", "ON_ISSUE", "EVIDENCED_BY", "FROM", "PUBLISHED_BY",
			"CITED_IN", "COMPARED_WITH");

	private Schema() {
	}

	/** Whether {@code label} is an internal one (the migrations' {@code __Neo4jMigration}, {@code __ParleyRestore}). */
	public static boolean internal(String label) {
		return label.startsWith("__");
	}

	/** The key a uniqueness constraint holds for nodes of {@code label} (V0001, V0003), or null. */
	public static String uniqueKey(String label) {
		if (ENTITY_LABELS.contains(label) || label.equals("LoadBatch")) {
			return "id";
		}
		return label.equals("SeedFile") ? "name" : null;
	}
}
