package org.parley.graph;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Opens Parley's database in the background as soon as the settings are known, so Neo4j starts while Spring
 * builds the shell. External URI set: connect to it. Otherwise, when another Parley already serves this home,
 * attach to it over Bolt; else start the embedded store. Then bring the schema up to date.
 */
public final class GraphStartup implements AutoCloseable {

	/** How long a one-shot command waits for another one-shot Parley to release the store. */
	private static final Duration STORE_WAIT = Duration.ofSeconds(60);

	private final ParleySettings settings;

	private final boolean advertise;

	private final BoltSecurity security;

	/**
	 * Password of the embedded store's {@code neo4j} user for this run: {@code PARLEY_PASSWORD}, or for a one-shot
	 * command without one the store's one-shot secret (random, kept owner-only beside the store, never printed, never
	 * on a command line; see {@link UsersChecked}), so no other local user can use the one-shot's private Bolt port.
	 */
	private String password;

	private CompletableFuture<Graph> opening;

	private EmbeddedNeo4j embedded;

	private Driver driver;

	private String schemaVersion;

	private RunningParley.Serving serving;

	private long attachedPid = -1;

	private final java.util.List<Alongside> alongside;

	private boolean alongsideClaimed;

	/** Run once the embedded store is open; the entry point uses it (graph knows nothing above itself). */
	private volatile Runnable whenEmbeddedStarted = () -> {
	};

	private volatile boolean checkSchemaAlways;

	/**
	 * @param advertise whether this process, when it opens the embedded store, lets other Parleys attach to it
	 *                  (console and {@code serve} do; short one-shot commands do not)
	 */
	public GraphStartup(ParleySettings settings, boolean advertise) {
		this(settings, advertise, BoltSecurity.DEFAULT);
	}

	/** As {@link #GraphStartup(ParleySettings, boolean)}, with Bolt guarded as {@code security} says. */
	public GraphStartup(ParleySettings settings, boolean advertise, BoltSecurity security) {
		this(settings, advertise, security, java.util.List.of());
	}

	/**
	 * As {@link #GraphStartup(ParleySettings, boolean, BoltSecurity)}; when this process opens the store to serve it
	 * ({@code advertise}), each of {@code alongside} claims its resources before the store opens and starts once it is
	 * open, and stops when this closes.
	 */
	public GraphStartup(ParleySettings settings, boolean advertise, BoltSecurity security, java.util.List<Alongside> alongside) {
		this.alongside = java.util.List.copyOf(alongside);
		this.settings = settings;
		this.advertise = advertise;
		this.security = security;
		this.password = settings.password() != null || advertise ? settings.password() : null;
	}

	/**
	 * Sets what to run once this process has started the embedded store (not when it attaches or connects to an
	 * external database): the launcher keeps its class-data archive only for such a run. Call before {@link #begin()}.
	 */
	public GraphStartup whenEmbeddedStarted(Runnable action) {
		this.whenEmbeddedStarted = action;
		return this;
	}

	/**
	 * Makes this run check the schema even where a note says it is current (see {@link SchemaChecked}): a run that
	 * writes the class-data archive must run Cypher for the archive to hold what the questions after it use.
	 * Call before {@link #begin()}.
	 */
	public GraphStartup checkSchemaEvenIfNoted(boolean always) {
		this.checkSchemaAlways = always;
		return this;
	}

	/** Starts opening the database in the background; calling it again does nothing. */
	public synchronized void begin() {
		if (opening == null) {
			opening = new CompletableFuture<>();
			var thread = new Thread(() -> {
				try {
					opening.complete(open());
				}
				catch (Throwable ex) {
					opening.completeExceptionally(ex);
				}
			}, "parley-graph-startup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** The open database, waiting for it if it is still starting. */
	public Graph graph() {
		begin();
		try {
			return opening.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	public ParleySettings settings() {
		return settings;
	}

	/** The schema version this process found or applied. */
	public String schemaVersion() {
		graph();
		return schemaVersion;
	}

	private Graph open() {
		StartupTrace.mark("opening database");
		GraphTarget target;
		AuthToken auth = settings.authenticated() ? AuthTokens.basic("neo4j", settings.password()) : AuthTokens.none();
		if (settings.external()) {
			var ext = settings.neo4j();
			target = new GraphTarget(GraphTarget.Mode.EXTERNAL, ext.uri(), null, ext.password() != null);
			auth = ext.password() == null ? AuthTokens.none() : AuthTokens.basic(ext.user(), ext.password());
		}
		else {
			target = openEmbeddedOrAttach();
			if (target.mode() == GraphTarget.Mode.EMBEDDED && password != null) {
				auth = AuthTokens.basic("neo4j", password);
			}
		}
		driver = connect(target, auth, settings.retryTime());
		StartupTrace.mark("driver connected");
		var graph = new Graph(driver, target, settings.neo4j().database(), settings.queryTimeout(),
				embedded == null ? null : embedded.database());
		if (embedded != null) {
			HomeCheck.counts(embedded, settings.storeDir());
			StartupTrace.mark("store counts checked");
			if (serving != null) {
				serving.advertise(embedded.uri());
			}
			if (alongsideClaimed) {
				var served = new GraphTarget(GraphTarget.Mode.EMBEDDED, embedded.uri(), settings.storeDir(),
						settings.authenticated());
				alongside.forEach(a -> a.start(served));
				StartupTrace.mark("alongside started");
			}
		}
		if (embedded == null) {
			schemaVersion = new SchemaMigrations(graph).apply();
			StartupTrace.mark("schema current");
		}
		else {
			schemaVersion = SchemaChecked.current(settings.storeDir(), embedded, checkSchemaAlways,
					() -> new SchemaMigrations(graph).apply());
		}
		return graph;
	}

	/**
	 * Attaches to a Parley serving this home, else opens the store. A store held by a short one-shot Parley is
	 * waited for (it is released within seconds); one held by anything else is reported with what to do. The home is
	 * checked first (writable, owner-only), and the store once open (not damaged).
	 */
	private GraphTarget openEmbeddedOrAttach() {
		boolean fresh = isEmptyOrAbsent(settings.storeDir());
		HomeCheck.prepare(settings.home(), settings.storeDir());
		StartupTrace.mark("home checked");
		long deadline = System.nanoTime() + STORE_WAIT.toNanos();
		boolean told = false;
		while (true) {
			var found = RunningParley.find(settings.home(), settings.storeDir(), settings.password());
			if (found.serving().isPresent()) {
				var running = found.serving().get();
				attachedPid = running.pid();
				return new GraphTarget(GraphTarget.Mode.ATTACHED, running.uri(), settings.storeDir(),
						settings.authenticated());
			}
			try {
				if (advertise && serving == null) {
					// taken before the store: a second console or `serve` starting now waits for this one's note
					serving = RunningParley.serve(settings.home()).orElse(null);
				}
				if (advertise && serving == null) {
					throw new StoreLockedException(settings.storeDir(), null);
				}
				HomeCheck.storeFiles(settings.storeDir());
				StartupTrace.mark("store files checked");
				// a one-shot command serves nobody but itself: a private port on loopback,
				// never collides with a console, a `serve` or a Neo4j server on the configured one (behind the store's one-shot secret)
				BoltExposure.check(settings.boltAddress(), settings.password(), security);
				var more = new java.util.HashMap<org.neo4j.graphdb.config.Setting<?>, Object>();
				if (advertise) {
					alongsideClaimed = true;
					for (Alongside a : alongside) {
						a.claim();
						more.putAll(a.neo4jSettings());
					}
					StartupTrace.mark("alongside claimed");
				}
				if (password == null && !advertise) {
					password = UsersChecked.oneShotSecret(settings.storeDir());
				}
				if (fresh) {
					if (advertise && settings.boltPort() != 0) {
						EmbeddedNeo4j.ensurePortFree(settings.boltAddress(), settings.boltPort()); // a busy port says only that
					}
					// the first start on a home waits half a minute or more: say why at once
					System.err.println("Creating the store in " + settings.storeDir() + " (first start on this home)...");
					fresh = false;
				}
				embedded = EmbeddedNeo4j.start(settings.storeDir(), advertise ? settings.boltAddress() : "127.0.0.1",
						advertise ? settings.boltPort() : 0, settings.pageCache(), password, more, security);
			}
			catch (StoreLockedException ex) {
				if (System.nanoTime() > deadline) {
					// what this round's look at the note found: the holder is not probed a second time
					throw found.unanswering().map(holder -> new StoreLockedException(settings.storeDir(), holder, ex))
						.orElse(ex);
				}
				if (!told) {
					System.err.println("Another Parley is using " + settings.storeDir() + "; waiting up to "
							+ STORE_WAIT.toSeconds() + " s for it to finish...");
					told = true;
				}
				sleep(500);
				continue;
			}
			catch (RuntimeException ex) {
				closeAlongside();
				releaseServing();
				throw ex;
			}
			StartupTrace.mark("embedded Neo4j started");
			whenEmbeddedStarted.run();
			return new GraphTarget(GraphTarget.Mode.EMBEDDED, embedded.uri(), settings.storeDir(), settings.authenticated());
		}
	}

	/** Whether the store directory holds no store yet (the one-shot secret kept there aside). */
	private static boolean isEmptyOrAbsent(java.nio.file.Path dir) {
		return !java.nio.file.Files.isDirectory(dir.resolve("data"));
	}

	/**
	 * Whether this process holds the home's embedded store for other Parleys too (a console or {@code serve}): then
	 * one-shot commands may hand their work to it. Waits for the database.
	 */
	public boolean serving() {
		graph();
		return serving != null && embedded != null;
	}

	/** The process id of the Parley this one attached to, if it attached to one. */
	public java.util.OptionalLong attachedPid() {
		graph();
		return attachedPid < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(attachedPid);
	}

	private void closeAlongside() {
		if (alongsideClaimed) {
			alongside.forEach(Alongside::close);
		}
	}

	private void releaseServing() {
		if (serving != null) {
			serving.close();
			serving = null;
		}
	}

	/**
	 * Connects the driver; a database that does not answer (a server restarting, a cluster electing a leader) is
	 * retried with exponential backoff for up to {@code retryTime}, then reported as unavailable (exit code 3).
	 */
	private static Driver connect(GraphTarget target, AuthToken auth, Duration retryTime) {
		var config = Config.builder()
			.withLogging(Logging.none())
			.withConnectionTimeout(5, TimeUnit.SECONDS)
			.withMaxTransactionRetryTime(retryTime.toMillis(), TimeUnit.MILLISECONDS)
			.withUserAgent("parley")
			.withTelemetryDisabled(true)
			.build();
		String uri = target.uri();
		Driver driver;
		try {
			driver = GraphDatabase.driver(uri, auth, config);
		}
		catch (IllegalArgumentException ex) {
			throw new DatabaseUnavailableException("invalid database URI '" + uri + "': " + ex.getMessage(), ex);
		}
		long deadline = System.nanoTime() + retryTime.toNanos();
		long backoff = 250;
		boolean told = false;
		while (true) {
			try {
				driver.verifyConnectivity();
				return driver;
			}
			catch (ServiceUnavailableException | SessionExpiredException ex) {
				if (target.mode() == GraphTarget.Mode.EMBEDDED || System.nanoTime() + backoff * 1_000_000 > deadline) {
					closeWithoutWaiting(driver);
					throw new DatabaseUnavailableException("cannot connect to " + uri + " (tried for "
							+ retryTime.toSeconds() + " s): " + Graph.oneLine(ex.getMessage()), ex);
				}
				if (!told) {
					System.err.println("The database at " + uri + " does not answer; retrying for up to "
							+ retryTime.toSeconds() + " s...");
					told = true;
				}
				sleep(backoff);
				backoff = Math.min(backoff * 2, 2000);
			}
			catch (RuntimeException ex) {
				closeWithoutWaiting(driver);
				RuntimeException translated = Graph.translate(ex, Duration.ZERO);
				if (translated instanceof DatabaseUnavailableException) {
					throw translated;
				}
				throw new DatabaseUnavailableException("cannot connect to " + uri + ": " + Graph.oneLine(ex.getMessage()), ex);
			}
		}
	}

	/**
	 * Closes a driver without waiting for its network threads to wind down: the driver's close waits out a 200 ms quiet
	 * period of its event loop (neo4j-bolt-connection-netty), which every one-shot command paid at its end and every
	 * in-process run of the tests. Its sessions are closed by then; the threads end on their own, or with the process.
	 */
	static void closeWithoutWaiting(Driver driver) {
		driver.closeAsync();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DatabaseUnavailableException("interrupted while waiting for the database", ex);
		}
	}

	@Override
	public synchronized void close() {
		if (opening == null) {
			return;
		}
		try {
			opening.join();
		}
		catch (RuntimeException ex) {
			// nothing more to close than what was opened
		}
		StartupTrace.mark("closing");
		closeAlongside();
		if (driver != null) {
			closeWithoutWaiting(driver);
			StartupTrace.mark("driver closed");
		}
		if (embedded != null) {
			embedded.close();
			StartupTrace.mark("embedded Neo4j shut down");
		}
		releaseServing();
	}
}
