package org.parley.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

import org.neo4j.driver.summary.ResultSummary;
import org.parley.errors.ParleyException;
import org.parley.graph.ContactTallies;
import org.parley.graph.Contacts;
import org.parley.graph.StanceScores;
import org.parley.graph.Graph;

/**
 * Loads a directory of {@link Table} CSV files through the driver. Every file is read once first ({@link LoadFiles}),
 * so a malformed one fails before anything is written. Then, tables in order (nodes before the relationships that need them), batches of
 * typed rows go as {@code UNWIND $rows}, the batches of one table on several threads. Each batch commits together with a {@code :LoadBatch} checkpoint node in the same
 * transaction, so a run that was killed resumes where it stopped (committed batches are skipped, none is applied
 * twice) and a finished run is a no-op.
 */
public final class BulkLoader {

	/**
	 * @param unlinked rows left out because a node they name (by id) is in neither the files nor the graph
	 */
	public record Result(String run, long rows, long skippedBatches, long nodes, long relationships, long nanos,
			boolean alreadyLoaded, long unlinked) {

		public double seconds() {
			return nanos / 1e9;
		}

		/** Nodes and relationships created per second. */
		public double rate() {
			return (nodes + relationships) / Math.max(1e-9, seconds());
		}
	}

	/**
	 * Rows per transaction over Bolt unless told otherwise (an external server, an attached Parley): the fastest size
	 * measured there (2,500, 10,000 and 20,000 were slower). Also LOAD CSV's.
	 */
	public static final int DEFAULT_BATCH = 5_000;

	/**
	 * Rows per transaction through the Java API ({@link Graph#inProcessWrite}) unless told otherwise: at 300,000
	 * interactions 2,000 took 12.2-13.6 s (four runs), 500 13.7 s, 1,000 13.9 s, 5,000 15.5 s and 10,000 18.9 s (the larger a
	 * transaction, the longer Neo4j spends sorting its commands and releasing its locks).
	 */
	public static final int IN_PROCESS_BATCH = 2_000;

	private final Graph graph;

	/** Whether batches are written through Neo4j's Java API ({@link InProcessRows}) rather than as Cypher over Bolt. */
	private final boolean inProcess;

	private static final org.neo4j.graphdb.Label LOAD_BATCH = org.neo4j.graphdb.Label.label("LoadBatch");

	/** The timeout of a batch's transaction, either way. */
	private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);

	/** Rows per transaction as asked for (null: the default of the way the rows go); see {@link #batchSize}. */
	private final Integer requestedBatch;

	private final int threads;

	private final Progress progress;

	private final AtomicLong unlinked = new AtomicLong();

	/** Set by {@link #stop()}: no batch is started after it; the ones in flight commit. */
	private volatile boolean stopping;

	private final AtomicLong committedBatches = new AtomicLong();

	/** The nodes this run created that later tables name, for the writers through the Java API. */
	private final CreatedNodes created = new CreatedNodes();

	/** More parallel transactions than this only queue on the database's locks and fill the heap with batches. */
	public static final int MAX_THREADS = 64;

	/**
	 * The {@code --threads} of a load: {@code fallback} when not given, else 1 to {@link #MAX_THREADS}.
	 * @throws UsageException naming the option and the range
	 */
	public static int threads(Integer given, int fallback) {
		if (given == null) {
			return fallback;
		}
		if (given < 1 || given > MAX_THREADS) {
			throw new org.parley.errors.UsageException("invalid value '" + given + "' for --threads: expected 1 to " + MAX_THREADS
					+ " parallel transactions");
		}
		return given;
	}

	/**
	 * @param batchSize rows per transaction; null for the default of the way the rows go ({@link #IN_PROCESS_BATCH}
	 *                  when the store is embedded in this JVM, else {@link #DEFAULT_BATCH})
	 */
	public BulkLoader(Graph graph, Integer batchSize, int threads, boolean showProgress) {
		this.graph = graph;
		this.inProcess = graph.inProcess();
		this.requestedBatch = batchSize;
		this.threads = threads;
		this.progress = showProgress ? Progress.onStderr() : Progress.silent();
	}

	/**
	 * Asks a running load to stop (Ctrl-C): the batches in flight commit with their checkpoints, no other starts, and
	 * {@link #load} ends with a message saying how many batches were committed and that the same load resumes.
	 */
	public void stop() {
		stopping = true;
	}

	/** How many times a row found a node this loader created by its internal id rather than by the id index. */
	long foundByInternalId() {
		return created.used();
	}

	public Result load(Path dir) {
		// the first query waits for the database: on a fresh home that is its creation and seeding, not this load
		graph.read("RETURN 1 AS ready", Map.of(), r -> null);
		long started = System.nanoTime();
		IdCollisions ids = IdCollisions.of(graph, IdCollisions.IN_MEMORY);
		LoadFiles files = LoadFiles.check(dir, ids);
		String run = files.run();
		Set<String> committed = new HashSet<>();
		Set<Long> sizes = new HashSet<>();
		graph.read("MATCH (b:LoadBatch) WHERE b.id STARTS WITH $run RETURN b.id AS id, b.rows AS rows",
				Map.of("run", run + "/"), r -> {
					committed.add(r.get("id").asString());
					if (!r.get("rows").isNull()) {
						sizes.add(r.get("rows").asLong());
					}
					return null;
				});
		if (committed.contains(run + "/done")) {
			return new Result(run, 0, committed.size() - 1, 0, 0, System.nanoTime() - started, true, 0);
		}
		int batchSize = batchSize(committed, sizes);
		if (committed.isEmpty()) {
			ids.check(graph, dir);
		}
		AtomicLong nodes = new AtomicLong();
		AtomicLong rels = new AtomicLong();
		long rows = 0;
		long skipped = 0;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (Table table : Table.values()) {
				progress.start(table.name().toLowerCase(), files.rows().get(table));
				String statement = table.unwind();
				List<Future<CreatedNodes.Batch>> pending = new ArrayList<>();
				Semaphore inFlight = new Semaphore(threads * 2);
				try (CsvRows file = CsvRows.open(dir, table)) {
					int batch = 0;
					List<List<Object>> rowsOfBatch = new ArrayList<>(batchSize);
					while (file.hasNext() && !stopping) {
						List<Object> row = file.next();
						if (table == Table.EVENTS) {
							row.add(files.sides((String) row.get(0)));
						}
						rowsOfBatch.add(row);
						rows++;
						if (rowsOfBatch.size() == batchSize) {
							skipped += submit(pool, inFlight, pending, run, table, statement, batch++, rowsOfBatch, committed, nodes, rels,
									batchSize);
							rowsOfBatch = new ArrayList<>(batchSize);
						}
					}
					if (!rowsOfBatch.isEmpty() && !stopping) {
						skipped += submit(pool, inFlight, pending, run, table, statement, batch, rowsOfBatch, committed, nodes, rels,
								batchSize);
					}
				}
				List<CreatedNodes.Batch> done = new ArrayList<>(pending.size());
				for (Future<CreatedNodes.Batch> future : pending) {
					done.add(future.get());
				}
				// only once every batch of the table has ended: its writers read the map while they run
				for (CreatedNodes.Batch batch : done) {
					created.add(batch, files.rows().get(table));
				}
				progress.finish();
				if (stopping) {
					throw new ParleyException("load interrupted; " + committedBatches.get() + " batches committed in this run"
							+ (skipped > 0 ? " (" + skipped + " before it)" : "") + ", run the same load again to resume");
				}
			}
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
			created.clear(); // the steps after the tables, and whoever holds this loader, need none of it
		}
		if (files.linksOutside() || unlinked.get() > 0) { // the labels computed from the files may not hold: derive them
			progress.step("contacts", "events between the sides labelled Contact", () -> Contacts.markSynthetic(graph));
		}
		progress.step("scores", "people's score timelines for hawks", () -> StanceScores.markSynthetic(graph));
		progress.step("tallies", "contacts per month and channel for channels", () -> ContactTallies.markAll(graph));
		graph.write("CREATE (:LoadBatch {id: $id, run: $run, done: datetime()})", Map.of("id", run + "/done", "run", run),
				r -> null);
		graph.refreshStatistics();
		return new Result(run, rows, skipped, nodes.get(), rels.get(), System.nanoTime() - started, false, unlinked.get());
	}

	/**
	 * The rows a transaction for this run of the load. Checkpoints count batches ({@code run/file/N}), so a resumed
	 * load must cut its rows as its first run did, or batch N would be other rows than the committed batch N: the
	 * size its checkpoints record; for checkpoints from before they recorded it, the size asked for, else 5,000 (the
	 * only default then). A fresh load takes the size asked for, else the default of the way its rows go.
	 * @throws ParleyException when the run's checkpoints record different sizes
	 */
	private int batchSize(Set<String> committed, Set<Long> sizes) {
		if (sizes.size() > 1) {
			throw new ParleyException("the checkpoints of this load record different batch sizes " + new java.util.TreeSet<>(sizes)
					+ ", so it cannot be resumed safely; 'unload --yes' removes what it loaded, then load again");
		}
		if (sizes.size() == 1) {
			int began = Math.toIntExact(sizes.iterator().next());
			if (requestedBatch != null && requestedBatch != began) {
				System.err.printf("parley: resuming this load with %,d rows a transaction, as it began (not --batch %,d)%n",
						began, requestedBatch);
			}
			return began;
		}
		if (!committed.isEmpty() && requestedBatch == null) {
			System.err.printf("parley: resuming a load begun by an earlier version with %,d rows a transaction, its default"
					+ " (give --batch if it began with another)%n", DEFAULT_BATCH);
			return DEFAULT_BATCH;
		}
		return requestedBatch != null ? requestedBatch : inProcess ? IN_PROCESS_BATCH : DEFAULT_BATCH;
	}

	private int submit(ExecutorService pool, Semaphore inFlight, List<Future<CreatedNodes.Batch>> pending, String run, Table table,
			String statement, int batch, List<List<Object>> rows, Set<String> committed, AtomicLong nodes, AtomicLong rels,
			int batchSize) throws InterruptedException {
		String id = run + "/" + table.file() + "/" + batch;
		if (committed.contains(id)) {
			progress.advance(rows.size());
			return 1;
		}
		inFlight.acquire();
		pending.add(pool.submit(() -> {
			try {
				var written = write(table, statement, rows, id, run, batchSize);
				unlinked.addAndGet(rows.size() - (table.createsNodes() ? written.nodes() : written.relationships()));
				nodes.addAndGet(written.nodes());
				rels.addAndGet(written.relationships());
				committedBatches.incrementAndGet();
				progress.advance(rows.size());
				return written.named();
			}
			finally {
				inFlight.release();
			}
		}));
		return 0;
	}

	/** One batch and its checkpoint in one transaction, through the Java API or as Cypher over Bolt. */
	private InProcessRows.Created write(Table table, String statement, List<List<Object>> rows, String id, String run,
			int batchSize) {
		if (inProcess) {
			return graph.inProcessWrite(tx -> {
				var created = InProcessRows.write(tx, table, rows, this.created);
				var checkpoint = tx.createNode(LOAD_BATCH);
				checkpoint.setProperty("id", id);
				checkpoint.setProperty("run", run);
				checkpoint.setProperty("rows", (long) batchSize);
				return created;
			}, BATCH_TIMEOUT);
		}
		ResultSummary summary = graph.inWrite(tx -> {
			ResultSummary s = tx.run(statement, Map.of("rows", table.parameter(rows))).consume();
			tx.run("CREATE (:LoadBatch {id: $id, run: $run, rows: $rows})", Map.of("id", id, "run", run, "rows", batchSize))
				.consume();
			return s;
		}, BATCH_TIMEOUT);
		return new InProcessRows.Created(summary.counters().nodesCreated(), summary.counters().relationshipsCreated(), null);
	}
}
