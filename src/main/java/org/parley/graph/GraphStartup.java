package org.parley.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Opens Parley's database in the background as soon as the settings are known, so Neo4j starts while Spring
 * builds the shell. External URI set: connect to it. Otherwise, when another Parley already serves this home,
 * attach to it over Bolt; else start the embedded store. Then bring the schema up to date.
 */
public final class GraphStartup implements AutoCloseable {

	private final ParleySettings settings;

	private final boolean advertise;

	private CompletableFuture<Graph> opening;

	private EmbeddedNeo4j embedded;

	private Driver driver;

	private String schemaVersion;

	/**
	 * @param advertise whether this process, when it opens the embedded store, lets other Parleys attach to it
	 *                  (console and {@code serve} do; short one-shot commands do not)
	 */
	public GraphStartup(ParleySettings settings, boolean advertise) {
		this.settings = settings;
		this.advertise = advertise;
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
		AuthToken auth = AuthTokens.none();
		if (settings.external()) {
			var ext = settings.neo4j();
			target = new GraphTarget(GraphTarget.Mode.EXTERNAL, ext.uri(), null);
			auth = ext.password() == null ? AuthTokens.none() : AuthTokens.basic(ext.user(), ext.password());
		}
		else {
			var running = RunningParley.find(settings.home());
			if (running.isPresent()) {
				target = new GraphTarget(GraphTarget.Mode.ATTACHED, running.get().uri(), settings.storeDir());
			}
			else {
				embedded = EmbeddedNeo4j.start(settings.storeDir(), settings.boltAddress(), settings.boltPort(),
						settings.pageCache());
				target = new GraphTarget(GraphTarget.Mode.EMBEDDED, embedded.uri(), settings.storeDir());
				StartupTrace.mark("embedded Neo4j started");
				if (advertise) {
					new RunningParley(ProcessHandle.current().pid(), embedded.uri()).write(settings.home());
				}
			}
		}
		driver = connect(target.uri(), auth);
		StartupTrace.mark("driver connected");
		var graph = new Graph(driver, target, settings.neo4j().database(), settings.queryTimeout());
		schemaVersion = new SchemaMigrations(graph).apply();
		StartupTrace.mark("schema current");
		return graph;
	}

	private static Driver connect(String uri, AuthToken auth) {
		var config = Config.builder()
			.withLogging(Logging.none())
			.withConnectionTimeout(5, TimeUnit.SECONDS)
			.withUserAgent("parley")
			.withTelemetryDisabled(true)
			.build();
		Driver driver;
		try {
			driver = GraphDatabase.driver(uri, auth, config);
		}
		catch (IllegalArgumentException ex) {
			throw new DatabaseUnavailableException("invalid database URI '" + uri + "': " + ex.getMessage(), ex);
		}
		try {
			driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			driver.close();
			RuntimeException translated = Graph.translate(ex, java.time.Duration.ZERO);
			if (translated instanceof DatabaseUnavailableException) {
				throw translated;
			}
			throw new DatabaseUnavailableException("cannot connect to " + uri + ": " + Graph.oneLine(ex.getMessage()), ex);
		}
		return driver;
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
		if (driver != null) {
			driver.close();
		}
		if (embedded != null) {
			embedded.close();
			if (advertise) {
				RunningParley.remove(settings.home());
			}
		}
	}
}
