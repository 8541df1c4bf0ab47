package org.parley.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.summary.ResultSummary;
import org.parley.ParleyException;
import org.parley.graph.CrossSideEvents;
import org.parley.graph.Graph;

/**
 * Loads a directory of {@link Table} CSV files through the driver: batches of rows as {@code UNWIND $rows}, tables in
 * order (nodes before the relationships that need them), the batches of one table on several threads. Each batch
 * commits together with a {@code :LoadBatch} checkpoint node in the same transaction, so a run that was killed
 * resumes where it stopped (committed batches are skipped, none is applied twice) and a finished run is a no-op.
 */
public final class BulkLoader {

	public record Result(String run, long rows, long skippedBatches, long nodes, long relationships, long nanos,
			boolean alreadyLoaded) {

		public double seconds() {
			return nanos / 1e9;
		}

		/** Nodes and relationships created per second. */
		public double rate() {
			return (nodes + relationships) / Math.max(1e-9, seconds());
		}
	}

	private final Graph graph;

	private final int batchSize;

	private final int threads;

	private final Progress progress;

	public BulkLoader(Graph graph, int batchSize, int threads, boolean showProgress) {
		this.graph = graph;
		this.batchSize = batchSize;
		this.threads = threads;
		this.progress = showProgress ? Progress.onStderr() : Progress.silent();
	}

	public Result load(Path dir) {
		long started = System.nanoTime();
		String run = runId(dir);
		Set<String> committed = new HashSet<>(graph.read("""
				MATCH (b:LoadBatch) WHERE b.id STARTS WITH $run RETURN b.id AS id""", Map.of("run", run + "/"),
				r -> r.get("id").asString()));
		if (committed.contains(run + "/done")) {
			return new Result(run, 0, committed.size() - 1, 0, 0, System.nanoTime() - started, true);
		}
		AtomicLong nodes = new AtomicLong();
		AtomicLong rels = new AtomicLong();
		long rows = 0;
		long skipped = 0;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (Table table : Table.values()) {
				Path file = dir.resolve(table.file());
				progress.start(table.name().toLowerCase(), lines(file) - 1);
				List<Future<?>> pending = new ArrayList<>();
				Semaphore inFlight = new Semaphore(threads * 2);
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
						CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
					int batch = 0;
					List<Map<String, Object>> rowsOfBatch = new ArrayList<>(batchSize);
					for (CSVRecord record : parser) {
						rowsOfBatch.add(row(record, table));
						if (rowsOfBatch.size() == batchSize) {
							skipped += submit(pool, inFlight, pending, run, table, batch++, rowsOfBatch, committed, nodes, rels);
							rowsOfBatch = new ArrayList<>(batchSize);
						}
						rows++;
					}
					if (!rowsOfBatch.isEmpty()) {
						skipped += submit(pool, inFlight, pending, run, table, batch, rowsOfBatch, committed, nodes, rels);
					}
				}
				for (Future<?> future : pending) {
					future.get();
				}
				progress.finish();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + dir + ": " + ex.getMessage(), ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new ParleyException(ex.getCause().getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ParleyException("load interrupted", ex);
		}
		finally {
			pool.shutdownNow();
		}
		CrossSideEvents.markSynthetic(graph);
		graph.write("CREATE (:LoadBatch {id: $id, run: $run, done: datetime()})", Map.of("id", run + "/done", "run", run),
				r -> null);
		return new Result(run, rows, skipped, nodes.get(), rels.get(), System.nanoTime() - started, false);
	}

	private int submit(ExecutorService pool, Semaphore inFlight, List<Future<?>> pending, String run, Table table,
			int batch, List<Map<String, Object>> rows, Set<String> committed, AtomicLong nodes, AtomicLong rels)
			throws InterruptedException {
		String id = run + "/" + table.file() + "/" + batch;
		if (committed.contains(id)) {
			progress.advance(rows.size());
			return 1;
		}
		inFlight.acquire();
		pending.add(pool.submit(() -> {
			try {
				ResultSummary summary = graph.inWrite(tx -> {
					ResultSummary s = tx.run(table.unwind(), Map.of("rows", table.parameter(rows))).consume();
					tx.run("CREATE (:LoadBatch {id: $id, run: $run})", Map.of("id", id, "run", run)).consume();
					return s;
				}, Duration.ofMinutes(10));
				nodes.addAndGet(summary.counters().nodesCreated());
				rels.addAndGet(summary.counters().relationshipsCreated());
				progress.advance(rows.size());
			}
			finally {
				inFlight.release();
			}
		}));
		return 0;
	}

	private static Map<String, Object> row(CSVRecord record, Table table) {
		Map<String, Object> row = new HashMap<>(table.columns().size() * 2);
		for (String column : table.columns()) {
			String value = record.get(column);
			row.put(column, value.isEmpty() ? null : value);
		}
		return row;
	}

	static long lines(Path file) {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** The same files (names and sizes) give the same run, so a rerun finds its checkpoints. */
	static String runId(Path dir) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Table table : Table.values()) {
				Path file = dir.resolve(table.file());
				if (!Files.isRegularFile(file)) {
					throw new ParleyException("missing " + file + " (expected the files " + Table.files() + ")");
				}
				digest.update((table.file() + "=" + Files.size(file) + ";").getBytes(StandardCharsets.UTF_8));
			}
			return "load-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
