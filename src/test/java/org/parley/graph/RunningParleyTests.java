package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.LockHolder;
import org.parley.testing.ParleyProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Parley whose process lives and holds its home's lock but fails to answer who it is (as one does whose jar was
 * rebuilt under it) is named in the line a waiting Parley ends with, instead of the advice to run {@code serve}.
 */
class RunningParleyTests {

	@TempDir
	Path home;

	@Test
	void aServingParleyThatFailsToAnswerIsNamedWithWhy() throws Exception {
		Path store = Files.createDirectories(home.resolve("data"));
		Process holder = LockHolder.start(home.resolve(RunningParley.LOCK));
		try {
			int port = ParleyProcess.freePort(); // closed again: nothing answers there
			note(holder.pid(), "bolt://127.0.0.1:" + port);
			var why = RunningParley.find(home, store, null).unanswering();
			// nothing answers: no verdict, it may be a busy moment
			assertThat(why).hasValueSatisfying(text -> assertThat(text)
				.startsWith("the Parley serving this home (pid " + holder.pid() + ", bolt://127.0.0.1:" + port + "), which does not answer (")
				.contains("database unreachable")
				.endsWith("); if it stays so, stop it and start it again"));
			assertThat(new StoreLockedException(store, why.orElseThrow(), null).getMessage())
				.startsWith("the store " + store + " is held by the Parley serving this home (pid " + holder.pid())
				.doesNotContain("run `serve`");

			// a note written before the live process started is not its note (a crashed Parley's pid, reused since)
			Files.setLastModifiedTime(home.resolve(RunningParley.FILE), java.nio.file.attribute.FileTime.fromMillis(
					holder.info().startInstant().orElseThrow().toEpochMilli() - 60_000));
			assertThat(RunningParley.find(home, store, null).unanswering()).isEmpty();

			// a note whose URI is no URI (damaged or tampered with) names nobody to attach to, and throws nothing
			note(holder.pid(), "bolt://[not a host");
			assertThat(RunningParley.find(home, store, null).serving()).isEmpty();
			assertThat(RunningParley.find(home, store, null).unanswering()).isEmpty();
			note(holder.pid(), "http://127.0.0.1:" + port);
			assertThat(RunningParley.find(home, store, null).serving()).isEmpty();

			// the note of a process that is gone names nobody (a Parley starting holds the lock and writes its own)
			Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
				.redirectErrorStream(true).start();
			gone.getInputStream().readAllBytes();
			gone.waitFor();
			note(gone.pid(), "bolt://127.0.0.1:" + port);
			assertThat(RunningParley.find(home, store, null).unanswering()).isEmpty();
		}
		finally {
			LockHolder.stop(holder);
		}
		// the lock free: the note is stale, even when it names a live process (this test's)
		note(ProcessHandle.current().pid(), "bolt://127.0.0.1:1");
		assertThat(RunningParley.find(home, store, null).unanswering()).isEmpty();
		assertThat(new StoreLockedException(store, null).getMessage()).contains("run `serve`");
	}

	private void note(long pid, String uri) throws Exception {
		Files.writeString(home.resolve(RunningParley.FILE), "pid=" + pid + "\nuri=" + uri.replace(":", "\\:") + "\ntoken=t-1\n");
	}
}
