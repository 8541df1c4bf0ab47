package org.parley.graph;

import java.time.Duration;

import org.neo4j.driver.Driver;

/**
 * The test-support package's door to what {@code graph} keeps package-private: a {@link Graph} on a test driver and
 * the schema migrations, exactly as {@link GraphStartup} makes them.
 */
public final class GraphAccess {

	private GraphAccess() {
	}

	/** A {@link Graph} on {@code driver} (the default database), migrated to the current schema. */
	public static Graph migrated(Driver driver, GraphTarget target, Duration timeout) {
		var graph = new Graph(driver, target, null, timeout);
		new SchemaMigrations(graph).apply();
		return graph;
	}

	/**
	 * As {@link #migrated(Driver, GraphTarget, Duration)}, for the store {@code embedded} that this JVM runs: its writes
	 * may also go through Neo4j's Java API ({@link Graph#inProcessWrite}), as in a Parley that opened its home.
	 */
	public static Graph migrated(Driver driver, GraphTarget target, Duration timeout, EmbeddedNeo4j embedded) {
		var graph = new Graph(driver, target, null, timeout, embedded.database());
		new SchemaMigrations(graph).apply();
		return graph;
	}

	/** The same database as {@code graph}, reached only over Bolt, as a Parley attached to it or a server would be. */
	public static Graph overBolt(Graph graph) {
		return new Graph(graph.driver(), graph.target(), null, graph.timeout());
	}
}
