package org.parley.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The note a long-running Parley (console or {@code serve}) leaves in its home while it holds the store, so that
 * another Parley on the same home attaches to it over Bolt instead of failing on the store lock.
 * <p>
 * A pid or a port can be reused by anything once the Parley that wrote the note is gone, and a note can be copied
 * from another home; neither identifies the serving Parley. Two things do: the serving Parley holds a lock on
 * {@code parley.lock} in its home for as long as it runs (the operating system drops it with the process, even on
 * {@code kill -9}), and it answers {@code parley.instance()} on its port with the note's token and its store. A note
 * without the lock held is stale and removed; one whose URI answers anything else is not followed.
 *
 * @param pid   process id of the Parley holding the store
 * @param uri   Bolt URI it serves
 * @param token random token of the serving run, answered by {@code parley.instance()}
 */
record RunningParley(long pid, String uri, String token) {

	static final String FILE = "parley.pid";

	static final String LOCK = "parley.lock";

	/** How long the serving Parley may take to answer who it is (a first Bolt connection of a cold JVM is slow). */
	private static final Duration PROBE = Duration.ofSeconds(10);

	/**
	 * What the home's note names: the Parley to attach to ({@code serving}), or, when the Parley that wrote it holds
	 * the home's lock but fails to answer who it is, why ({@code unanswering}, for the line a wait for the store ends
	 * with; see {@link #find}).
	 */
	record Found(Optional<RunningParley> serving, Optional<String> unanswering) {

		static final Found NOBODY = new Found(Optional.empty(), Optional.empty());
	}

	/**
	 * The Parley that serves {@code home}, if one does: a note whose writer no longer holds the home's lock is
	 * removed, saying so on stderr; a note whose URI does not answer with its token and this home's store is ignored,
	 * and when its writer lives and holds the lock, the failure is what {@link Found#unanswering} says. A Parley
	 * whose jar was overwritten in place while it ran ({@code cp new.jar parley.jar}) fails so on the first class it
	 * had not loaded yet, and holds the store until it is stopped: waiting for it does not help, and "run serve" would
	 * not either.
	 */
	static Found find(Path home, Path store, String password) {
		Path file = home.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Found.NOBODY;
		}
		RunningParley running = read(file);
		switch (lockState(home)) {
			case FREE -> {
				remove(home);
				System.err.println("parley: removed the stale " + file + " (pid " + running.pid()
						+ " no longer serves this home)");
				return Found.NOBODY;
			}
			case OURS -> {
				return Found.NOBODY;
			}
			default -> {
				Answer answer = running.ask(store, password);
				return answer.ours() ? new Found(Optional.of(running), Optional.empty())
						: new Found(Optional.empty(), running.unanswering(file, answer));
			}
		}
	}

	/** The note, or one that names nobody when it cannot be read. */
	private static RunningParley read(Path file) {
		try (Reader in = Files.newBufferedReader(file)) {
			var props = new Properties();
			props.load(in);
			return new RunningParley(Long.parseLong(props.getProperty("pid", "-1")), props.getProperty("uri"),
					props.getProperty("token"));
		}
		catch (IOException | RuntimeException ex) {
			return new RunningParley(-1, null, null);
		}
	}

	/** Why this note's writer, alive and holding the lock, is no Parley to attach to: its answer failed. */
	private Optional<String> unanswering(Path file, Answer answer) {
		if (answer.failure() == null || pid <= 0 || !wroteNote(pid, file)) {
			return Optional.empty();
		}
		String named = "the Parley serving this home (pid " + pid + ", " + uri + ")";
		// Neo4j answered with an error of its own: broken for good; no answer at all may be a busy moment
		return Optional.of(answer.broken() ? named + ", which fails to answer (" + answer.failure()
				+ "); stop it and start it again (a Parley whose jar was overwritten while it ran fails like this)"
				: named + ", which does not answer (" + answer.failure() + "); if it stays so, stop it and start it again");
	}

	/**
	 * Whether the live process {@code pid} can have written the note: it runs, and it started before the note was
	 * last written (a crashed Parley's note whose pid was reused since names a process that started after it).
	 */
	private static boolean wroteNote(long pid, Path note) {
		var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return false;
		}
		try {
			var written = Files.getLastModifiedTime(note).toInstant();
			return process.get().info().startInstant().map(started -> !started.isAfter(written)).orElse(true);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * What the note's URI answered when asked who serves it: the Parley that wrote the note, for this home's store
	 * ({@code ours}); something else (another Parley or store: neither ours nor a failure); or why it failed.
	 */
	private record Answer(boolean ours, String failure, boolean broken) {

		static final Answer OURS = new Answer(true, null, false);

		static final Answer OTHER = new Answer(false, null, false);

		/** No answer: refused, unreachable or too slow. */
		static Answer failed(String why) {
			return new Answer(false, why, false);
		}

		/** An answer that is Neo4j's error. */
		static Answer broken(String why) {
			return new Answer(false, why, true);
		}
	}

	private Answer ask(Path store, String password) {
		if (uri == null || token == null) {
			return Answer.OTHER;
		}
		var config = Config.builder().withLogging(Logging.none())
			.withConnectionTimeout(PROBE.toMillis(), TimeUnit.MILLISECONDS)
			.withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
			.withTelemetryDisabled(true)
			.build();
		Driver driver;
		try {
			driver = GraphDatabase.driver(uri, password == null ? AuthTokens.none() : AuthTokens.basic("neo4j", password),
					config);
		}
		catch (RuntimeException ex) {
			return Answer.OTHER; // no Bolt URI (a damaged or edited note): nobody to attach to
		}
		try {
			var target = new GraphTarget(GraphTarget.Mode.ATTACHED, uri, store);
			var answer = new Graph(driver, target, null, PROBE)
				.read("RETURN parley.instance() AS i", Map.of(), r -> r.get("i").asMap())
				.get(0);
			return token.equals(answer.get("token")) && sameFile(store, String.valueOf(answer.get("store"))) ? Answer.OURS
					: Answer.OTHER;
		}
		catch (DatabaseUnavailableException ex) {
			// the home's lock is held by a Parley: a refused password is for the real connection to report
			return ex.getCause() instanceof AuthenticationException ? Answer.OURS
					: Answer.failed(Graph.oneLine(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// Neo4j's own words: Parley's advice for a failing query (check the store, restore a backup) is not for this
			return ex.getCause() instanceof Neo4jException neo
					? Answer.broken(neo.code() + ": " + Graph.oneLine(neo.getMessage()))
					: Answer.failed(Graph.oneLine(ex.getMessage()));
		}
		finally {
			GraphStartup.closeWithoutWaiting(driver);
		}
	}

	private static boolean sameFile(Path store, String answered) {
		try {
			return Files.isSameFile(store, Path.of(answered));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private enum LockState {
		FREE, OURS, HELD
	}

	private static LockState lockState(Path home) {
		try (var channel = openLock(home)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return LockState.HELD;
			}
			lock.release();
			return LockState.FREE;
		}
		catch (OverlappingFileLockException ex) {
			return LockState.OURS;
		}
		catch (IOException ex) {
			return LockState.HELD; // cannot tell: only the answer on the port decides then
		}
	}

	private static FileChannel openLock(Path home) throws IOException {
		Path lock = home.resolve(LOCK);
		return OwnerOnly.open(lock, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE));
	}

	/**
	 * Takes the home's lock for this process's life, or returns empty when another process holds it (another
	 * Parley serves this home or is starting to).
	 */
	static Optional<Serving> serve(Path home) {
		try {
			var channel = openLock(home);
			try {
				FileLock lock = channel.tryLock();
				if (lock != null) {
					return Optional.of(new Serving(home, channel, lock));
				}
			}
			catch (OverlappingFileLockException ex) {
				// this JVM serves the home already (tests run several Parleys in one JVM): nothing to advertise twice
			}
			channel.close();
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException("cannot lock " + home.resolve(LOCK) + ": " + ex.getMessage(), ex);
		}
	}

	/** The lock of a serving Parley; its note is written once the store is open and removed on close. */
	static final class Serving implements AutoCloseable {

		private final Path home;

		private final FileChannel channel;

		private final FileLock lock;

		private Serving(Path home, FileChannel channel, FileLock lock) {
			this.home = home;
			this.channel = channel;
			this.lock = lock;
		}

		/** Writes the note (to a temporary file first, so nobody reads half of it). */
		void advertise(String uri) {
			var props = new Properties();
			props.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
			props.setProperty("uri", uri);
			props.setProperty("token", ParleyInstance.TOKEN);
			Path tmp = home.resolve(FILE + ".tmp");
			try {
				try (Writer out = Files.newBufferedWriter(tmp)) {
					props.store(out, "Parley serving this home; it holds " + LOCK + " while it runs");
				}
				OwnerOnly.restrict(tmp);
				Files.move(tmp, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				// without the note a second Parley reports the store lock instead of attaching
			}
		}

		@Override
		public void close() {
			remove(home);
			try {
				lock.release();
				channel.close();
			}
			catch (IOException ex) {
				// the lock goes with the process anyway
			}
		}
	}

	private static void remove(Path home) {
		try {
			Files.deleteIfExists(home.resolve(FILE));
		}
		catch (IOException ex) {
			// a stale note is recognised by its free lock next time
		}
	}
}
