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
}
