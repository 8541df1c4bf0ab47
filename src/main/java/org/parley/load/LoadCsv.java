package org.parley.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.parley.graph.ContactTallies;
import org.parley.graph.Contacts;
import org.parley.graph.StanceScores;
import org.parley.graph.Graph;

/**
 * The same tables by Neo4j's own {@code LOAD CSV WITH HEADERS ... CALL {} IN TRANSACTIONS}: the baseline the
 * benchmark compares Parley's loader with. An embedded store reads files only from its import directory, so the
 * files are linked (or copied) there for the load ({@link ImportStage}); an external server must be allowed to read them.
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
		// as the loader does: the first query waits for the database (on a fresh home, its creation and seeding, which
		// took about 18 s of the 54.1 s a 300,000-interaction load on a fresh home reported, and are not this load)
		graph.read("RETURN 1 AS ready", Map.of(), r -> null);
		long started = System.nanoTime();
		IdCollisions ids = IdCollisions.of(graph, IdCollisions.IN_MEMORY);
		var files = LoadFiles.check(dir, ids); // a malformed file fails here, before anything is written
		ids.check(graph, dir); // and so does an id the graph already has
		long before = count("MATCH (n) RETURN count(n) AS n");
		long beforeRels = count("MATCH ()-[r]->() RETURN count(r) AS n");
		try (var staged = ImportStage.of(graph.target(), dir)) {
			for (Table table : Table.values()) {
				long rows = files.rows().get(table);
				progress.start(table.name().toLowerCase(Locale.ROOT), rows);
				graph.autoCommit(table.loadCsv(batchSize), Map.of("url", staged.url(table.file())));
				progress.advance(rows);
				progress.finish();
			}
		}
		progress.step("contacts", "events between the sides labelled Contact", () -> Contacts.markSynthetic(graph));
		progress.step("scores", "people's score timelines for hawks", () -> StanceScores.markSynthetic(graph));
		graph.refreshStatistics();
		long nodes = count("MATCH (n) RETURN count(n) AS n") - before;
		long rels = count("MATCH ()-[r]->() RETURN count(r) AS n") - beforeRels;
		// after the counts, which are of the network's nodes (the tallies are Parley's own, counted again for the months)
		progress.step("tallies", "contacts per month and channel for channels", () -> ContactTallies.markAll(graph));
		return new BulkLoader.Result("load-csv", 0, 0, nodes, rels, System.nanoTime() - started, false, 0);
	}

	private long count(String cypher) {
		return graph.read(cypher, Map.of(), r -> r.get("n").asLong()).get(0);
	}
}
