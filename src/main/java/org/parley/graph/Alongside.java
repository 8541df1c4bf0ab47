package org.parley.graph;

import java.util.Map;

import org.neo4j.graphdb.config.Setting;

/**
 * Something the console or {@code serve} runs beside the embedded database it opens, such as an HTTP front end.
 * {@code graph} calls it without knowing what it is: the entry point hands it to {@link GraphStartup}. It runs only
 * when this process opens the store to serve it (not for one-shot commands, not when attached to another Parley,
 * not for an external database).
 */
public interface Alongside extends AutoCloseable {

	/** Neo4j settings to add to the embedded database's configuration. */
	default Map<Setting<?>, Object> neo4jSettings() {
		return Map.of();
	}

	/**
	 * Claims what it needs (a port) before the store opens, so a conflict fails fast.
	 * @throws DatabaseUnavailableException naming the setting to change (exit code 3)
	 */
	void claim();

	/** Starts serving once the embedded database is open at {@code target}. */
	void start(GraphTarget target);

	/** Stops serving and releases what {@link #claim()} took; safe to call more than once or before claim. */
	@Override
	void close();
}
