package org.parley.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.io.locker.FileLockException;

/**
 * Neo4j running inside this process, its store under a home directory and its Bolt connector on a local port, so
 * Parley (through the driver) and Neo4j Browser, cypher-shell or any Bolt client reach it the same way.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private final DatabaseManagementService dbms;

	private final Path home;

	private final String uri;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, String uri) {
		this.dbms = dbms;
		this.home = home;
		this.uri = uri;
	}

	/**
	 * Opens (or creates) the store under {@code home} with Bolt on {@code address:port} (port 0 picks a free one).
	 * @throws DatabaseUnavailableException naming the port when it is taken, or the store when another process holds it
	 */
	public static EmbeddedNeo4j start(Path home, String address, int port, String pageCache) {
		return start(home, address, port, pageCache, null);
	}

	/**
	 * Opens the store as {@link #start(Path, String, int, String)} does; with a password, Bolt requires
	 * authentication as {@code neo4j} with that password. Without one, Bolt may only bind to a loopback address.
	 * @throws DatabaseUnavailableException also when a non-loopback address is asked for without a password
	 */
	public static EmbeddedNeo4j start(Path home, String address, int port, String pageCache, String password) {
		return start(home, address, port, pageCache, password, java.util.Map.of());
	}

	/** Opens the store as {@link #start(Path, String, int, String, String)} does, with more Neo4j settings on top. */
	public static EmbeddedNeo4j start(Path home, String address, int port, String pageCache, String password,
			java.util.Map<org.neo4j.graphdb.config.Setting<?>, Object> more) {
		return start(home, address, port, pageCache, password, more, BoltSecurity.DEFAULT);
	}

	/**
	 * Opens the store as {@link #start(Path, String, int, String, String)} does, guarded as {@code security} says:
	 * LOAD CSV reads only files in {@link #importDir(Path)} and no URL, the {@code system} database refuses changes
	 * over Bolt unless admin access is on, users Parley did not create are dropped when a password is set, and Bolt
	 * requires TLS when a certificate is given.
	 */
	public static EmbeddedNeo4j start(Path home, String address, int port, String pageCache, String password,
			java.util.Map<org.neo4j.graphdb.config.Setting<?>, Object> more, BoltSecurity security) {
		boolean auth = password != null;
		BoltExposure.check(address, password, security);
		security.checkFiles();
		if (port != 0) {
			ensurePortFree(address, port);
		}
		try {
			OwnerOnly.createDirectories(home);
			OwnerOnly.createDirectories(importDir(home));
			if (security.tls()) {
				OwnerOnly.createDirectories(home.resolve("certificates"));
			}
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException("cannot create " + home + ": " + ex.getMessage(), ex);
		}
		DatabaseManagementService dbms;
		try {
			var builder = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(address, port))
				.setConfig(BoltConnector.advertised_address, new SocketAddress(isWildcard(address) ? "127.0.0.1" : address, port))
				.setConfig(BoltConnector.encryption_level, security.tls() ? BoltConnector.EncryptionLevel.REQUIRED
						: BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, auth)
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache))
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
				// no system diagnostics in debug.log at every start (JVM, OS, the rules of every time zone, the store
				// files): about 0.08 s (median of four pairs) of the 1.7-2 s that opening the store takes, every start
				.setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false);
			confineLoadCsv(builder, home);
			if (security.tls()) {
				var bolt = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
				builder.setConfig(bolt.enabled, true)
					.setConfig(bolt.base_directory, home.resolve("certificates"))
					.setConfig(bolt.private_key, security.tlsKey().toAbsolutePath())
					.setConfig(bolt.public_certificate, security.tlsCert().toAbsolutePath())
					.setConfig(bolt.client_auth, ClientAuth.NONE);
			}
			dbms = builder.setConfig(more).build();
		}
		catch (RuntimeException ex) {
			throw explain(ex, home, address, port);
		}
		StartupTrace.mark("store open");
		boolean admin = security.boltAdmin();
		if (auth && !admin && UsersChecked.current(home, dbms, password)) {
			guardSystem(dbms, false, false);
			StartupTrace.mark("password and users as checked before (system database unchanged since)");
		}
		else {
			if (auth) {
				BoltExposure.setPassword(dbms, password);
			}
			guardSystem(dbms, auth, admin);
			if (auth && !admin) {
				UsersChecked.record(home, dbms, password);
			}
			else if (admin) {
				UsersChecked.forget(home); // users kept now must be checked by the next start without admin access
			}
			StartupTrace.mark("password set, users checked");
		}
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try {
			api.getDependencyResolver().resolveDependency(org.neo4j.kernel.api.procedure.GlobalProcedures.class)
				.registerFunction(ParleyInstance.class);
		}
		catch (org.neo4j.internal.kernel.api.exceptions.ProcedureException ex) {
			dbms.shutdown();
			throw new DatabaseUnavailableException("cannot start the embedded database in " + home + ": "
					+ Graph.oneLine(ex.getMessage()), ex);
		}
		int bound = api.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		String scheme = security.tls() ? "bolt+ssc://" : "bolt://";
		return new EmbeddedNeo4j(dbms, home, scheme + hostForUri(address) + ":" + bound);
	}

	/** Where LOAD CSV may read files from: {@code import} in the store directory, readable by its owner only. */
	public static Path importDir(Path store) {
		return store.resolve("import");
	}

	/**
	 * {@code file:///x.csv} means {@code importDir/x.csv} and nothing outside it; http, https and ftp URLs reach no
	 * address (a read-only query must not send data out, nor a Bolt client probe the owner's network).
	 */
	private static void confineLoadCsv(DatabaseManagementServiceBuilder builder, Path home) {
		builder.setConfig(GraphDatabaseSettings.allow_file_urls, true)
			.setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir(home).toAbsolutePath());
		var blocklist = (org.neo4j.configuration.SettingImpl<?>) GraphDatabaseInternalSettings.cypher_ip_blocklist;
		builder.setConfig(java.util.Map.of(blocklist, blocklist.parse("0.0.0.0/0,::/0")));
	}

	/**
	 * With a password, drops the users Parley did not create (keeps them, naming them, with admin access); then,
	 * unless admin access is on, refuses every later change to the system database.
	 */
	private static void guardSystem(DatabaseManagementService dbms, boolean auth, boolean admin) {
		try {
			if (auth) {
				for (String name : BoltExposure.strangers(dbms, admin)) {
					System.err.println(admin
							? "parley: keeping database user " + BoltExposure.printable(name) + " (PARLEY_BOLT_ADMIN=true);"
									+ " it logs in over Bolt like neo4j"
							: "parley: removed database user " + BoltExposure.printable(name) + ", which Parley did not"
									+ " create; only neo4j logs in over Bolt (PARLEY_BOLT_ADMIN=true keeps such users)");
				}
			}
			if (!admin) {
				// the public API refuses listeners on the system database; the kernel's own registry does not
				var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
				system.getDependencyResolver()
					.resolveDependency(org.neo4j.kernel.internal.event.GlobalTransactionEventListeners.class)
					.registerTransactionEventListener(GraphDatabaseSettings.SYSTEM_DATABASE_NAME, new SystemGuard());
			}
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw new DatabaseUnavailableException("cannot check the database users: " + Graph.oneLine(ex.getMessage()), ex);
		}
	}

	/** Id of the last committed transaction of the default database: it moves with every write, never with a read. */
	public long lastCommittedTransactionId() {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return api.getDependencyResolver()
			.resolveDependency(org.neo4j.storageengine.api.TransactionIdStore.class)
			.getLastCommittedTransactionId();
	}

	/**
	 * The last committed transaction of the default database as id, checksum and commit time: a store replaced by
	 * another (a restore of files, a copy) does not give the same three by chance, as it may give the same id.
	 */
	String lastCommittedTransaction() {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var last = api.getDependencyResolver()
			.resolveDependency(org.neo4j.storageengine.api.TransactionIdStore.class)
			.getLastCommittedTransaction();
		return last.id() + ":" + Integer.toHexString(last.checksum()) + ":" + last.commitTimestamp();
	}

	/**
	 * Nodes and relationships of the default database as its count store holds them: read in microseconds, no query
	 * planned, and without touching the records (which is the point when checking that they are all there).
	 */
	long[] storedCounts() {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try (var tx = (org.neo4j.kernel.impl.coreapi.InternalTransaction) api.beginTx()) {
			var read = tx.kernelTransaction().dataRead();
			return new long[] { read.countsForNode(org.neo4j.token.api.TokenConstants.ANY_LABEL),
					read.countsForRelationship(org.neo4j.token.api.TokenConstants.ANY_LABEL,
							org.neo4j.token.api.TokenConstants.ANY_RELATIONSHIP_TYPE,
							org.neo4j.token.api.TokenConstants.ANY_LABEL) };
		}
	}

	public String uri() {
		return uri;
	}

	/** The default database, for writes in this JVM that need no Cypher ({@link Graph#inProcessWrite}). */
	org.neo4j.graphdb.GraphDatabaseService database() {
		return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	public Path home() {
		return home;
	}

	@Override
	public void close() {
		dbms.shutdown();
	}

	static void ensurePortFree(String address, int port) {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(address, port));
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException(portBusy(address, port));
		}
	}

	private static String portBusy(String address, int port) {
		return "Bolt port " + port + " on " + address + " is already in use; choose another with PARLEY_BOLT_PORT=<port>"
				+ " (or --parley.bolt-port=<port>, 0 for any free port)";
	}

	private static RuntimeException explain(RuntimeException ex, Path home, String address, int port) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof FileLockException) {
				return new StoreLockedException(home, ex);
			}
			if (t instanceof java.net.BindException) {
				return new DatabaseUnavailableException(portBusy(address, port), ex);
			}
			if (t instanceof java.io.EOFException && beingCreated(home)) {
				// another Parley is creating this store right now: Neo4j reads the server id it is still writing,
				// before the store lock; waiting for the lock is the answer, as for a store held by another process
				return new StoreLockedException(home, ex);
			}
		}
		return new DatabaseUnavailableException("cannot start the embedded database in " + home + ": "
				+ Graph.oneLine(ex.getMessage()) + HomeCheck.restoreHint(home), ex);
	}

	/** Whether the store's server id (a 16-byte UUID and a version byte, written once when the store is created) is not whole yet. */
	static boolean beingCreated(Path store) {
		try {
			return Files.size(store.resolve("data").resolve("server_id")) < 17;
		}
		catch (IOException ex) {
			return true; // not there yet
		}
	}

	private static boolean isWildcard(String address) {
		return "0.0.0.0".equals(address) || "::".equals(address);
	}

	private static String hostForUri(String address) {
		if (isWildcard(address)) {
			return "127.0.0.1";
		}
		return address.contains(":") ? "[" + address + "]" : address;
	}
}
