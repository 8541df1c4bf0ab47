package org.parley.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a long-running Parley (console or {@code serve}) leaves in its home while it holds the store, so that
 * another Parley on the same home attaches to it over Bolt instead of failing on the store lock.
 *
 * @param pid process id of the Parley holding the store
 * @param uri Bolt URI it serves
 */
record RunningParley(long pid, String uri) {

	static final String FILE = "parley.pid";

	/** The Parley that holds the store under {@code home}, if one is alive; a stale note is removed. */
	static Optional<RunningParley> find(Path home) {
		Path file = home.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		var props = new Properties();
		try (Reader in = Files.newBufferedReader(file)) {
			props.load(in);
			var running = new RunningParley(Long.parseLong(props.getProperty("pid", "-1")), props.getProperty("uri"));
			if (running.pid() != ProcessHandle.current().pid()
					&& ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive).orElse(false)
					&& running.uri() != null) {
				return Optional.of(running);
			}
			Files.deleteIfExists(file);
		}
		catch (IOException | NumberFormatException ex) {
			// an unreadable note is treated as absent: the store lock still protects the data
		}
		return Optional.empty();
	}

	void write(Path home) {
		var props = new Properties();
		props.setProperty("pid", Long.toString(pid));
		props.setProperty("uri", uri);
		try (Writer out = Files.newBufferedWriter(home.resolve(FILE))) {
			props.store(out, "Parley serving this home");
		}
		catch (IOException ex) {
			// without the note a second Parley reports the store lock instead of attaching
		}
	}

	static void remove(Path home) {
		try {
			Files.deleteIfExists(home.resolve(FILE));
		}
		catch (IOException ex) {
			// a stale note is detected by its dead pid next time
		}
	}
}
