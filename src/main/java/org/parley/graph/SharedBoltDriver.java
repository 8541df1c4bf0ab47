package org.parley.graph;

import org.neo4j.driver.Driver;
import org.neo4j.ogm.config.Configuration;
import org.neo4j.ogm.drivers.bolt.driver.BoltDriver;

/**
 * Neo4j-OGM's Bolt transport over the driver Parley already has open, on the configured database, with Neo4j's own
 * temporal types (the seed stores dates as {@code DATE}). The driver belongs to Parley: closing OGM leaves it open
 * ({@link BoltDriver#configure} would otherwise close it first).
 */
public final class SharedBoltDriver extends BoltDriver {

	public SharedBoltDriver(Driver driver, String uri, String database) {
		super(driver);
		// the URI only satisfies OGM's configuration check: the driver is already connected
		var config = new Configuration.Builder().uri(uri).useNativeTypes().verifyConnection(false);
		if (database != null) {
			config.database(database);
		}
		configure(config.build());
	}

	@Override
	public synchronized void close() {
		// the driver is Parley's, closed with the application
	}
}
