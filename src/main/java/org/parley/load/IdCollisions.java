package org.parley.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.errors.ParleyException;
import org.parley.graph.Graph;

/**
 * Refuses a new load whose node ids are already in the graph, before anything is written: such a row would break the
 * label's id constraint halfway through, after earlier files had committed (a seed id such as {@code steven-mnuchin}
 * in people.csv left countries, organizations, topics, posts and sources loaded, exit 1). Only for a load that has
 * committed nothing yet: a resumed load finds its own earlier batches' nodes, as it should.
 * <p>
 * Where the graph holds few nodes of a table's label (the seed, a small earlier network: the labels with fewest nodes
 * while their nodes total at most {@link #IN_MEMORY}), their ids are read once and each row's id is looked up while
 * {@link LoadFiles} reads the files anyway ({@link #row}); the other labels' ids are looked up in the graph by
 * queries, 10,000 rows of the file at a time. At 1,000,000 interactions into a fresh home the queries took 2.9 s of a
 * 38 s load; reading the graph's ids takes 0.1-0.2 s (a query per label), the lookups nothing measurable.
 */
final class IdCollisions {

	/** The label a node table creates, from its statement: {@code CREATE (p:Person:Synthetic {id: _id ...}. */
	private static final Pattern CREATED = Pattern.compile("CREATE \\(\\w*:(\\w+):Synthetic \\{id: _id");

	private static final int CHUNK = 10_000;

	/** At most this many of the graph's ids (of all labels together) are held in memory during a load. */
	static final int IN_MEMORY = 200_000;

	/** A row whose id the graph holds. */
	private record Taken(long line, String id) {
	}

	/** The graph's ids of each table whose label has few enough nodes; the other node tables are queried. */
	private final Map<Table, Set<String>> held;

	/** The first taken row of each held table (each table is read by one thread, in order). */
	private final Map<Table, Taken> first = new ConcurrentHashMap<>();

	private IdCollisions(Map<Table, Set<String>> held) {
		this.held = held;
	}

	/**
	 * Reads the graph's ids of the labels with fewest nodes, up to {@code limit} ids in all, in one transaction (the
	 * labels are Parley's own, from its statements).
	 */
	static IdCollisions of(Graph graph, int limit) {
		Map<String, Table> tables = new java.util.LinkedHashMap<>();
		for (Table table : Table.values()) {
			String label = label(table);
			if (label != null) {
				tables.put(label, table);
			}
		}
		// built inside the transaction's work and returned: the driver runs the work again after a transient failure
		Map<Table, Set<String>> held = graph.inRead(tx -> {
			Map<Table, Set<String>> read = new EnumMap<>(Table.class);
			Map<String, Long> counts = new java.util.LinkedHashMap<>(); // in load order: ties are held in that order
			for (String label : tables.keySet()) { // from the count store: a few milliseconds each
				counts.put(label, tx.run("MATCH (n:`" + label + "`) RETURN count(n) AS n").single().get("n").asLong());
			}
			long total = 0;
			for (var entry : counts.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
				total += entry.getValue();
				if (total > limit) {
					break;
				}
				Set<String> ids = new HashSet<>();
				if (entry.getValue() > 0) {
					// only string ids: a hand-made numeric id 5 is not the file's "5", as the query's {id: id} would not
					// match it; nor is a node without an id (null IS :: STRING is true) the file's text "null"
					tx.run("MATCH (n:`" + entry.getKey() + "`) WHERE n.id IS :: STRING NOT NULL RETURN n.id AS id")
						.forEachRemaining(r -> ids.add(r.get("id").asString()));
				}
				read.put(tables.get(entry.getKey()), ids);
			}
			return read;
		});
		return new IdCollisions(held);
	}

	/** Whether the graph's ids of this table's label are held (else its rows are checked by queries). */
	boolean holds(Table table) {
		return held.containsKey(table);
	}

	/** Called for every row of a node table as the files are read: notes the first whose id the graph holds. */
	void row(Table table, Object id, long line) {
		Set<String> ids = held.get(table);
		if (ids != null && ids.contains(id) && !first.containsKey(table)) {
			first.put(table, new Taken(line, (String) id));
		}
	}

	/**
	 * Fails on the first row, tables in load order, whose id the graph holds: for the held tables as {@link #row} saw
	 * them, for the others by reading the file again and querying.
	 * @throws ParleyException naming the file, its line and the id
	 */
	void check(Graph graph, Path dir) {
		for (Table table : Table.values()) {
			String label = label(table);
			if (label == null) {
				continue;
			}
			if (held.containsKey(table)) {
				Taken taken = first.get(table);
				if (taken != null) {
					throw collision(table, taken.line(), taken.id(), label);
				}
				continue;
			}
			// the label comes from Parley's own statement, never from a file
			String query = "UNWIND range(0, size($ids) - 1) AS i WITH i, $ids[i] AS id MATCH (n:`" + label + "` {id: id})"
					+ " RETURN id ORDER BY i LIMIT 1"; // the chunk's first such id, not any
			int idColumn = table.columns().indexOf("id");
			try (CsvRows rows = CsvRows.open(dir, table)) {
				List<String> ids = new ArrayList<>(CHUNK);
				long line = 1;
				long firstLine = 2;
				while (rows.hasNext()) {
					ids.add((String) rows.next().get(idColumn));
					line++;
					if (ids.size() == CHUNK || !rows.hasNext()) {
						List<String> taken = graph.read(query, Map.of("ids", ids), r -> r.get("id").asString());
						if (!taken.isEmpty()) {
							throw collision(table, firstLine + ids.indexOf(taken.get(0)), taken.get(0), label);
						}
						ids.clear();
						firstLine = line + 1;
					}
				}
			}
		}
	}

	/** The label a node table creates, or null for a table of relationships. */
	private static String label(Table table) {
		Matcher m = CREATED.matcher(table.body());
		return table.createsNodes() && m.find() ? m.group(1) : null;
	}

	private static ParleyException collision(Table table, long line, String id, String label) {
		return new ParleyException(table.file() + ":" + line + ": id '" + id + "' is already a " + label + " in the graph;"
				+ " the ids of a new load must be new (nothing was loaded; 'unload --yes' removes an earlier synthetic network)");
	}
}
