package org.parley.graph;

import java.nio.file.Path;

/**
 * Where the data lives and how Parley reached it.
 *
 * @param mode  embedded (this process opened the store), attached (another Parley serves the store) or external
 * @param uri   the Bolt URI clients can use
 * @param store the store directory for embedded and attached modes, else {@code null}
 * @param authenticated whether Bolt clients of this database must log in
 */
public record GraphTarget(Mode mode, String uri, Path store, boolean authenticated) {

	public GraphTarget(Mode mode, String uri, Path store) {
		this(mode, uri, store, false);
	}

	public enum Mode {
		EMBEDDED, ATTACHED, EXTERNAL
	}

	public String describe() {
		return switch (mode) {
			case EMBEDDED -> "embedded store " + store + ", Bolt " + uri;
			case ATTACHED -> "store " + store + ", served by another Parley at " + uri;
			case EXTERNAL -> "external database " + uri;
		};
	}
}
