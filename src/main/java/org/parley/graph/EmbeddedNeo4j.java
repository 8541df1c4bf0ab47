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
		boolean auth = password != null;
		BoltExposure.check(address, password);
		if (port != 0) {
			ensurePortFree(address, port);
		}
		try {
			OwnerOnly.createDirectories(home);
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException("cannot create " + home + ": " + ex.getMessage(), ex);
		}
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(address, port))
				.setConfig(BoltConnector.advertised_address, new SocketAddress(isWildcard(address) ? "127.0.0.1" : address, port))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, auth)
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache))
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
				.setConfig(more)
				.build();
		}
		catch (RuntimeException ex) {
			throw explain(ex, home, address, port);
		}
		if (auth) {
			BoltExposure.setPassword(dbms, password);
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
		return new EmbeddedNeo4j(dbms, home, "bolt://" + hostForUri(address) + ":" + bound);
	}

	/** Id of the last committed transaction of the default database: it moves with every write, never with a read. */
	public long lastCommittedTransactionId() {
		var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return api.getDependencyResolver()
			.resolveDependency(org.neo4j.storageengine.api.TransactionIdStore.class)
			.getLastCommittedTransactionId();
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

	public Path home() {
		return home;
	}

	@Override
	public void close() {
		dbms.shutdown();
	}

	private static void ensurePortFree(String address, int port) {
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
		}
		return new DatabaseUnavailableException("cannot start the embedded database in " + home + ": "
				+ Graph.oneLine(ex.getMessage()) + HomeCheck.restoreHint(home), ex);
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
