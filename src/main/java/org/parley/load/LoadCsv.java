package org.parley.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.parley.graph.CrossSideEvents;
import org.parley.graph.Graph;

/**
 * The same tables by Neo4j's own {@code LOAD CSV WITH HEADERS ... CALL {} IN TRANSACTIONS}: the baseline the
 * benchmark compares Parley's loader with. The database must be allowed to read the files (an embedded Parley is).
 */
public final class LoadCsv {

	private final Graph graph;

	private final int batchSize;

	private final Progress progress;

	public LoadCsv(Graph graph, int batchSize, boolean showProgress) {
		this.graph = graph;
		this.batchSize = batchSize;
		this.progress = showProgress ? Progress.onStderr() : Progress.silent();
	}

	/** Loads every table of dir (one line per table on stderr when asked); returns the nodes and relationships created and the time taken. */
	public BulkLoader.Result load(Path dir) {
		BulkLoader.runId(dir); // checks that every file is there
		long started = System.nanoTime();
		long before = count("MATCH (n) RETURN count(n) AS n");
		long beforeRels = count("MATCH ()-[r]->() RETURN count(r) AS n");
		for (Table table : Table.values()) {
			Path file = dir.toAbsolutePath().resolve(table.file());
			long rows = BulkLoader.lines(file) - 1;
			progress.start(table.name().toLowerCase(Locale.ROOT), rows);
			graph.autoCommit(table.loadCsv(batchSize), Map.of("url", file.toUri().toString()));
			progress.advance(rows);
			progress.finish();
		}
		CrossSideEvents.markSynthetic(graph);
		long nodes = count("MATCH (n) RETURN count(n) AS n") - before;
		long rels = count("MATCH ()-[r]->() RETURN count(r) AS n") - beforeRels;
		return new BulkLoader.Result("load-csv", 0, 0, nodes, rels, System.nanoTime() - started, false);
	}

	private long count(String cypher) {
		return graph.read(cypher, Map.of(), r -> r.get("n").asLong()).get(0);
	}
}
