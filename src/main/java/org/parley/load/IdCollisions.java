package org.parley.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.errors.ParleyException;
import org.parley.graph.Graph;

/**
 * Refuses a new load whose node ids are already in the graph, before anything is written: such a row would break the
 * label's id constraint halfway through, after earlier files had committed (a seed id such as {@code steven-mnuchin}
 * in people.csv left countries, organizations, topics, posts and sources loaded, exit 1). Only for a load that has
 * committed nothing yet: a resumed load finds its own earlier batches' nodes, as it should.
 */
final class IdCollisions {

	/** The label a node table creates, from its statement: {@code CREATE (p:Person:Synthetic {id: _id ...}. */
	private static final Pattern CREATED = Pattern.compile("CREATE \\(\\w*:(\\w+):Synthetic \\{id: _id");

	private static final int CHUNK = 10_000;

	private IdCollisions() {
	}

	/** @throws ParleyException naming the file, its line and the id of the first row whose id the graph holds */
	static void check(Graph graph, Path dir) {
		for (Table table : Table.values()) {
			Matcher m = CREATED.matcher(table.body());
			if (!table.createsNodes() || !m.find()) {
				continue;
			}
			// the label comes from Parley's own statement, never from a file
			String query = "UNWIND $ids AS id MATCH (n:`" + m.group(1) + "` {id: id}) RETURN id LIMIT 1";
			int idColumn = table.columns().indexOf("id");
			try (CsvRows rows = CsvRows.open(dir, table)) {
				List<String> ids = new ArrayList<>(CHUNK);
				long line = 1;
				long first = 2;
				while (rows.hasNext()) {
					ids.add((String) rows.next().get(idColumn));
					line++;
					if (ids.size() == CHUNK || !rows.hasNext()) {
						collision(graph, query, ids, table, first, m.group(1));
						ids.clear();
						first = line + 1;
					}
				}
			}
		}
	}

	private static void collision(Graph graph, String query, List<String> ids, Table table, long first, String label) {
		List<String> taken = graph.read(query, Map.of("ids", ids), r -> r.get("id").asString());
		if (!taken.isEmpty()) {
			String id = taken.get(0);
			throw new ParleyException(table.file() + ":" + (first + ids.indexOf(id)) + ": id '" + id + "' is already a "
					+ label + " in the graph; the ids of a new load must be new (nothing was loaded; 'unload --yes' "
					+ "removes an earlier synthetic network)");
		}
	}
}
