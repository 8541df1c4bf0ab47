package org.parley.graph;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.ogm.session.SessionFactory;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.parley.errors.OneLine;
import org.parley.errors.ParleyException;

/**
 * The one way Parley talks to Neo4j, whatever runs it: every query goes through the Java driver in a managed
 * read or write transaction with a timeout, and driver failures become Parley's own one-line errors. The one
 * exception is {@link #inProcessWrite}: a bulk load's batches written through Neo4j's Java API when the store runs in
 * this JVM, with the same guard, timeout, retries and errors.
 */
public class Graph {

	private final Driver driver;

	private final GraphTarget target;

	private final String database;

	private final Duration timeout;

	/** Whether every transaction first checks that no restore is incomplete (see {@link #unguarded()}). */
	private final boolean guarded;

	/** The marker a restore in batches keeps in the graph until its last batch commits. */
	public static final String RESTORE_MARKER = "__ParleyRestore";

	private static final String INCOMPLETE = "MATCH (m:" + RESTORE_MARKER + ") RETURN m.from AS from LIMIT 1";

	/** The embedded store when this JVM runs it, for {@link #inProcessWrite}; null when attached or external. */
	private final GraphDatabaseService inProcess;

	Graph(Driver driver, GraphTarget target, String database, Duration timeout) {
		this(driver, target, database, timeout, null);
	}

	Graph(Driver driver, GraphTarget target, String database, Duration timeout, GraphDatabaseService inProcess) {
		this(driver, target, database, timeout, true, inProcess);
	}

	private Graph(Driver driver, GraphTarget target, String database, Duration timeout, boolean guarded,
			GraphDatabaseService inProcess) {
		this.driver = driver;
		this.target = target;
		this.database = (database == null || database.isBlank()) ? null : database;
		this.timeout = timeout;
		this.guarded = guarded;
		this.inProcess = inProcess;
	}

	/**
	 * The same database without the check that refuses every transaction while a restore is incomplete: only for
	 * the restore itself and for finding out whether the graph is empty.
	 */
	public Graph unguarded() {
		return new Graph(driver, target, database, timeout, false, inProcess);
	}

	/** The one line every question gets while a restore from {@code dir} is incomplete (exit code 1). */
	public static ParleyException restoreIncomplete(String dir) {
		return new ParleyException("a restore from " + dir + " was interrupted (or is still running) and the graph is "
				+ "incomplete; run `restore " + dir + " --replace` again, or start Parley on this store with the "
				+ "backup in place to finish it");
	}

	public GraphTarget target() {
		return target;
	}

	public Driver driver() {
		return driver;
	}

	public Duration timeout() {
		return timeout;
	}

	/**
	 * The parameters as the driver takes them: a copy, in which a {@code null} value (an option not given) stays a
	 * Cypher {@code null}.
	 */
	private static Map<String, Object> parameters(Map<String, ?> params) {
		return Collections.unmodifiableMap(new HashMap<String, Object>(params));
	}

	/** Runs a read query and maps each record. */
	public <T> List<T> read(String cypher, Map<String, ?> params, Function<Record, T> mapper) {
		return inRead(tx -> tx.run(cypher, parameters(params)).list(mapper::apply));
	}

	/** Runs a write query and maps each record. */
	public <T> List<T> write(String cypher, Map<String, ?> params, Function<Record, T> mapper) {
		return inWrite(tx -> tx.run(cypher, parameters(params)).list(mapper::apply));
	}

	/** Runs work in one read transaction (routed to a reader in a cluster). */
	public <T> T inRead(TransactionCallback<T> work) {
		return run(AccessMode.READ, work, timeout);
	}

	/** Runs work in one read transaction with its own timeout (long reads such as a backup). */
	public <T> T inRead(TransactionCallback<T> work, Duration timeout) {
		return run(AccessMode.READ, work, timeout);
	}

	/** Runs work in one write transaction: all of it commits, or none of it. */
	public <T> T inWrite(TransactionCallback<T> work) {
		return run(AccessMode.WRITE, work, timeout);
	}

	/** Runs work in one write transaction with its own timeout (long loads). */
	public <T> T inWrite(TransactionCallback<T> work, Duration timeout) {
		return run(AccessMode.WRITE, work, timeout);
	}

	/** Whether {@link #inProcessWrite} can run: the store is embedded in this JVM. */
	public boolean inProcess() {
		return inProcess != null;
	}

	/**
	 * Runs work in one write transaction of the store embedded in this JVM, through Neo4j's Java API rather than
	 * Cypher over Bolt: for bulk loads, where planning and shipping rows cost as much as writing them. All of it
	 * commits, or none of it; a deadlock or another transient failure runs it again, as the driver's managed
	 * transactions do, for up to 30 s; refused while a restore is incomplete unless {@link #unguarded()}.
	 * @throws IllegalStateException when the store is not in this JVM (see {@link #inProcess()})
	 */
	public <T> T inProcessWrite(Function<org.neo4j.graphdb.Transaction, T> work, Duration txTimeout) {
		if (inProcess == null) {
			throw new IllegalStateException("the store is not embedded in this process");
		}
		return InProcessWrite.run(inProcess, guarded, work, txTimeout);
	}

	/** Runs one statement in its own auto-commit transaction (needed by {@code CALL ... IN TRANSACTIONS}). */
	public void autoCommit(String cypher, Map<String, ?> params) {
		try (Session session = driver.session(sessionConfig(AccessMode.WRITE))) {
			session.run(cypher, parameters(params)).consume();
		}
		catch (RuntimeException ex) {
			throw translate(ex, timeout);
		}
	}

	/**
	 * After a bulk write (a bulk load, a restore): resamples the index statistics that are out of date
	 * and drops cached plans, so the next questions are planned on the graph as it now is rather than on statistics
	 * sampled while it was empty. Best effort: a server that does not let this user do it resamples on its own.
	 */
	public void refreshStatistics() {
		try {
			autoCommit("CALL db.prepareForReplanning(60)", Map.of());
		}
		catch (ParleyException ex) {
			// not allowed for this user (an admin procedure on a server): its own sampling catches up later
		}
	}

	/**
	 * A Neo4j-OGM session factory for the model in {@code packages}, on this Parley's driver: its sessions get
	 * {@link #sessionConfig}'s database and bookmark manager, as every other session does (not yet the query
	 * timeout, see {@link SharedBoltDriver}). The only place outside this class that OGM sessions come from.
	 */
	public SessionFactory ogmSessionFactory(String... packages) {
		return new SessionFactory(new SharedBoltDriver(this), packages);
	}

	/**
	 * A session of this Parley: all of them share the driver's bookmark manager, so a read sees every write this
	 * Parley committed before it, even when a cluster serves the read from a follower (causal consistency).
	 */
	public SessionConfig sessionConfig(AccessMode mode) {
		var builder = SessionConfig.builder().withDefaultAccessMode(mode)
			.withBookmarkManager(driver.executableQueryBookmarkManager());
		if (database != null) {
			builder.withDatabase(database);
		}
		return builder.build();
	}

	private <T> T run(AccessMode mode, TransactionCallback<T> work, Duration txTimeout) {
		long started = System.nanoTime();
		String tag = RunningQueries.begin(this);
		var config = TransactionConfig.builder()
			.withTimeout(txTimeout)
			.withMetadata(Map.of(RunningQueries.KEY, tag))
			.build();
		try (Session session = driver.session(sessionConfig(mode))) {
			if (guarded) {
				// a transaction of its own: an administration command cannot follow a read in one transaction
				var marker = session.executeRead(tx -> tx.run(INCOMPLETE).list(), config);
				if (!marker.isEmpty()) {
					throw restoreIncomplete(marker.get(0).get("from").asString("an unknown backup"));
				}
			}
			return mode == AccessMode.READ ? session.executeRead(work, config) : session.executeWrite(work, config);
		}
		catch (RuntimeException ex) {
			throw translate(ex, txTimeout, started);
		}
		finally {
			RunningQueries.end(tag);
		}
	}

	/** How Neo4j stops a transaction that waited for a lock when its timeout came: terminated, its lock client stopped. */
	static final java.util.Set<String> STOPPED = java.util.Set.of("Neo.TransientError.Transaction.Terminated",
			"Neo.TransientError.Transaction.LockClientStopped", "Neo.ClientError.Transaction.Terminated",
			"Neo.ClientError.Transaction.LockClientStopped");

	/** Turns driver failures into Parley's errors with a one-line message; leaves Parley's own errors alone. */
	public static RuntimeException translate(RuntimeException ex, Duration timeout) {
		return translate(ex, timeout, System.nanoTime());
	}

	/**
	 * As {@link #translate(RuntimeException, Duration)}, for a transaction begun at {@code started}
	 * ({@link System#nanoTime()}): one that waited for a lock past the timeout is stopped by Neo4j as "terminated"
	 * rather than "timed out", and says so in the same words.
	 */
	public static RuntimeException translate(RuntimeException ex, Duration timeout, long started) {
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException) {
			return new DatabaseUnavailableException("database unreachable: " + oneLine(ex.getMessage()), ex);
		}
		if (ex instanceof AuthenticationException) {
			return new DatabaseUnavailableException("database refused the credentials: " + oneLine(ex.getMessage()), ex);
		}
		// the driver's exceptions carry Neo4j's status code, and so do the embedded store's (written in this JVM)
		String code = ex instanceof Neo4jException neo ? neo.code()
				: ex instanceof org.neo4j.kernel.api.exceptions.Status.HasStatus embedded
						? embedded.status().code().serialize()
						: ex instanceof org.neo4j.graphdb.ConstraintViolationException ? ConstraintViolations.CODE : null;
		if (code != null && (code.contains("TransactionTimedOut")
				|| (STOPPED.contains(code) && System.nanoTime() - started >= timeout.toNanos()))) {
			return new ParleyException("query stopped after " + timeout.toSeconds()
					+ " s (raise parley.query-timeout to allow longer queries)", ex);
		}
		if (code != null && code.startsWith("Neo.DatabaseError.")) {
			// Neo4j's own failure, not the query's: most often a damaged store
			return new ParleyException("the database failed inside Neo4j (" + code + ": " + oneLine(ex.getMessage())
					+ "); if it repeats, run `status` to check the store, and restore your last backup if it is damaged", ex);
		}
		if (ConstraintViolations.CODE.equals(code) && ConstraintViolations.explain(ex.getMessage()) != null) {
			return new ParleyException(ConstraintViolations.explain(ex.getMessage()), ex);
		}
		// the embedded store's API failures without a status (a node deleted meanwhile, two nodes with one id)
		boolean embeddedApi = ex.getClass().getPackageName().equals("org.neo4j.graphdb");
		if (ex instanceof ClientException || ex instanceof Neo4jException || code != null || embeddedApi) {
			return new ParleyException(oneLine(ex.getMessage()), ex);
		}
		return ex;
	}

	public static String oneLine(String message) {
		if (message == null) {
			return "unknown error";
		}
		return OneLine.of(message.strip());
	}
}
