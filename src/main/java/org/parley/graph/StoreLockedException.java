package org.parley.graph;

import java.nio.file.Path;

/** Another process (another Parley, or a Neo4j server) holds the embedded store's lock. */
final class StoreLockedException extends DatabaseUnavailableException {

	StoreLockedException(Path store, Throwable cause) {
		super("the store " + store + " is held by another process; wait for it to finish, stop it, or run `serve`"
				+ " on this home so that other Parleys attach to it", cause);
	}

	/** Held by {@code holder}: the Parley serving the home, which fails to answer, and what to do (see {@link RunningParley.Found#unanswering}). */
	StoreLockedException(Path store, String holder, Throwable cause) {
		super("the store " + store + " is held by " + holder, cause);
	}
}
