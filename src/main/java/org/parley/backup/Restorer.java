package org.parley.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.TransactionContext;
import org.parley.errors.ParleyException;
import org.parley.graph.DerivedData;
import org.parley.graph.Graph;

/**
 * Restores a backup written by {@link BackupWriter}. Everything is checked before anything is written
 * ({@link BackupCheck}: no record can fail once writing has begun); then the graph is replaced in one transaction,
 * so a failure leaves it as it was. A backup of more than {@link #singleTransactionLimit()} entities is restored in
 * batches: a {@code __ParleyRestore} marker, committed before the first deletion and removed with the last batch,
 * makes every question refuse while the graph is incomplete, and the next start of Parley on the store finishes the
 * restore ({@link RestoreOnStart}).
 */
final class Restorer {

	/** Result of a restore. */
	record Restored(long nodes, long relationships, String createdAt, String origin) {
	}

	/** Backups up to this many nodes and relationships are restored in one transaction; larger ones in batches. */
	static final long SINGLE_TRANSACTION_LIMIT = 200_000;

	/** Environment variable that lowers {@link #SINGLE_TRANSACTION_LIMIT} (tests, or a server with a small heap). */
	static final String LIMIT_VARIABLE = "PARLEY_RESTORE_TRANSACTION_LIMIT";

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

	private final Graph graph;

	private final long singleTransactionLimit;

	private final int batch;

	Restorer(Graph graph) {
		this(graph, singleTransactionLimit());
	}

	Restorer(Graph graph, long singleTransactionLimit) {
		this.graph = graph.unguarded(); // the restore is what the guard waits for
		this.singleTransactionLimit = singleTransactionLimit;
		this.batch = (int) Math.max(1, Math.min(5_000, singleTransactionLimit / 4));
	}

	/** {@link #SINGLE_TRANSACTION_LIMIT}, or the smaller positive number in {@value #LIMIT_VARIABLE}. */
	static long singleTransactionLimit() {
		String value = System.getenv(LIMIT_VARIABLE);
		try {
			long limit = value == null || value.isBlank() ? SINGLE_TRANSACTION_LIMIT : Long.parseLong(value.strip());
			return limit > 0 ? Math.min(limit, SINGLE_TRANSACTION_LIMIT) : SINGLE_TRANSACTION_LIMIT;
		}
		catch (NumberFormatException ex) {
			throw new ParleyException("invalid " + LIMIT_VARIABLE + " '" + value + "': expected a whole number, e.g. 200000");
		}
	}

	Restored restore(Path dir, boolean replace, String currentSchema) {
		Manifest manifest = BackupCheck.check(dir, currentSchema);
		if (manifest.nodes() + manifest.relationships() <= singleTransactionLimit) {
			graph.inWrite(tx -> {
				checkTarget(tx, dir, replace);
				tx.run("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') OR n:" + Graph.RESTORE_MARKER
						+ " DETACH DELETE n").consume();
				write(dir, work -> work.accept(tx), manifest);
				DerivedData.markAll(tx);
				return null;
			}, graph.timeout().multipliedBy(20));
		}
		else {
			restoreInBatches(dir, replace, manifest);
		}
		graph.refreshStatistics();
		return new Restored(manifest.nodes(), manifest.relationships(), manifest.createdAt(), manifest.origin());
	}

	/**
	 * A backup too large for one transaction is restored in batches. The marker is committed before the old graph is
	 * deleted and removed only with the last batch, so from the first deletion until the end every question refuses
	 * (see {@link Graph#restoreIncomplete}); a restore that does not end is finished by the next start.
	 */
	private void restoreInBatches(Path dir, boolean replace, Manifest manifest) {
		String from = dir.toAbsolutePath().normalize().toString();
		graph.inWrite(tx -> {
			checkTarget(tx, dir, replace);
			tx.run("MATCH (m:" + Graph.RESTORE_MARKER + ") DELETE m").consume();
			tx.run("CREATE (:" + Graph.RESTORE_MARKER + " {from: $from, startedAt: datetime(), nodes: $nodes, "
					+ "relationships: $relationships})",
					Map.of("from", from, "nodes", manifest.nodes(), "relationships", manifest.relationships())).consume();
			return null;
		});
		graph.autoCommit("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__')
				CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""", Map.of());
		System.err.printf("Restoring %s in batches of %d (%d nodes, %d relationships); until it ends, questions refuse%n",
				from, batch, manifest.nodes(), manifest.relationships());
		write(dir, work -> graph.inWrite(tx -> {
			work.accept(tx);
			return null;
		}, graph.timeout().multipliedBy(20)), manifest);
		DerivedData.markAll(graph);
		graph.inWrite(tx -> tx.run("MATCH (m:" + Graph.RESTORE_MARKER + ") DELETE m").consume());
	}

	private static void checkTarget(TransactionContext tx, Path dir, boolean replace) {
		long existing = tx.run("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n) AS n")
			.single().get("n").asLong();
		boolean interrupted = tx.run("MATCH (m:" + Graph.RESTORE_MARKER + ") RETURN count(m) > 0 AS found")
			.single().get("found").asBoolean();
		if (interrupted && !replace) {
			throw new ParleyException("an earlier restore was interrupted and left part of a graph; `restore " + dir
					+ " --replace` deletes it and restores again");
		}
		if (existing > 0 && !replace) {
			throw new ParleyException("the graph is not empty (" + existing + " nodes); `restore " + dir
					+ " --replace` deletes them first");
		}
	}

	private void write(Path dir, Consumer<Consumer<TransactionContext>> batches, Manifest manifest) {
		long total = manifest.nodes() + manifest.relationships();
		long[] done = { 0, System.nanoTime() };
		Consumer<Consumer<TransactionContext>> counted = work -> {
			batches.accept(work);
			done[0] += batch;
			if (System.nanoTime() - done[1] > PROGRESS_EVERY.toNanos()) {
				System.err.printf("Restored %d of %d nodes and relationships...%n", Math.min(done[0], total), total);
				done[1] = System.nanoTime();
			}
		};
		Map<Long, String> ids = new HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		Consumer<List<Map<String, Object>>> createNodes = rowsOf -> counted.accept(tx -> tx.run("""
				UNWIND $rows AS row
				CREATE (n:$(row.labels))
				SET n = row.properties
				RETURN row.k AS k, elementId(n) AS id
				""", Map.of("rows", rowsOf)).forEachRemaining(r -> ids.put(r.get("k").asLong(), r.get("id").asString())));
		BackupCheck.each(dir, Manifest.NODES, (line, json) -> {
			List<String> labels = new ArrayList<>();
			json.get("labels").forEach(l -> labels.add(l.asText()));
			rows.add(Map.of("k", json.get("k").asLong(), "labels", labels,
					"properties", PropertyCodec.decode(json.get("properties"))));
			if (rows.size() == batch) {
				createNodes.accept(List.copyOf(rows));
				rows.clear();
			}
		});
		if (!rows.isEmpty()) {
			createNodes.accept(List.copyOf(rows));
			rows.clear();
		}
		Consumer<List<Map<String, Object>>> createRelationships = rowsOf -> counted.accept(tx -> tx.run("""
				UNWIND $rows AS row
				MATCH (a) WHERE elementId(a) = row.start
				MATCH (b) WHERE elementId(b) = row.end
				CREATE (a)-[r:$(row.type)]->(b)
				SET r = row.properties
				""", Map.of("rows", rowsOf)).consume());
		BackupCheck.each(dir, Manifest.RELATIONSHIPS, (line, json) -> {
			rows.add(Map.of("start", ids.get(json.get("s").asLong()), "end", ids.get(json.get("e").asLong()),
					"type", json.get("type").asText(), "properties", PropertyCodec.decode(json.get("properties"))));
			if (rows.size() == batch) {
				createRelationships.accept(List.copyOf(rows));
				rows.clear();
			}
		});
		if (!rows.isEmpty()) {
			createRelationships.accept(List.copyOf(rows));
		}
	}
}
