package org.parley.graph;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which Parley serves a home is decided by the lock it holds on {@code parley.lock} and the token it answers on its
 * port, never by the pid or the URI in {@code parley.pid}: with real processes, a second {@code serve} refuses, a note
 * copied from another home is not followed, and after a {@code kill -9} a note whose pid now belongs to a live process
 * (this test's JVM) is named as stale and removed, and the command runs normally.
 */
class RunningParleyIT {

	@TempDir
	Path tmp;

	@Test
	void onlyTheProcessHoldingTheHomesLockIsAttachedTo() throws Exception {
		Path home = tmp.resolve("served");
		Path other = tmp.resolve("other");
		int port = ParleyProcess.freePort();
		var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", Integer.toString(port),
				"PARLEY_AUTO_SEED", "false");
		// copies of a seeded home: what is tested is the lock and the note, not a first start (two store creations)
		ParleyProcess.seededHome(home);
		Process serve = ParleyProcess.builder(env, "serve").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (var out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(out.readLine()).startsWith("Serving ");
			String note = Files.readString(home.resolve("parley.pid"));
			assertThat(note).contains("pid=" + serve.pid()).contains("token=");

			// a second serve on the same home refuses, naming the one that serves it
			var second = ParleyProcess.run(env, "serve");
			assertThat(second.code()).as(second.toString()).isEqualTo(3);
			assertThat(second.out()).isEmpty();
			assertThat(second.err()).doesNotContain("\tat ")
				.contains("another Parley serves this home at bolt://127.0.0.1:" + port + " (pid " + serve.pid() + ")");
			assertThat(second.err().lines().filter(l -> l.startsWith("parley:"))).hasSize(1);

			// the note copied into another home (its pid alive, its URI answering) is not that home's Parley
			ParleyProcess.seededHome(other);
			Files.writeString(other.resolve("parley.pid"), note);
			var otherEnv = Map.of("PARLEY_HOME", other.toString(), "PARLEY_BOLT_PORT", "0", "PARLEY_AUTO_SEED", "false");
			var foreign = ParleyProcess.run(otherEnv, "status");
			assertThat(foreign.code()).as(foreign.toString()).isZero();
			assertThat(foreign.out()).contains("Data:          embedded store " + other.resolve("data"))
				.doesNotContain("served by another Parley");
			assertThat(foreign.err()).contains("removed the stale " + other.resolve("parley.pid"));
			assertThat(other.resolve("parley.pid")).doesNotExist();
		}
		finally {
			serve.destroyForcibly(); // SIGKILL: the note stays behind, the lock goes with the process
			serve.waitFor(60, TimeUnit.SECONDS);
		}

		// the killed server's pid reused by a live process: this JVM
		String stale = Files.readString(home.resolve("parley.pid"))
			.replaceAll("(?m)^pid=.*$", "pid=" + ProcessHandle.current().pid());
		Files.writeString(home.resolve("parley.pid"), stale);
		long started = System.nanoTime();
		var status = ParleyProcess.run(env, "status");
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
		assertThat(status.code()).as(status.toString()).isZero();
		assertThat(status.out()).contains("Data:          embedded store " + home.resolve("data"));
		assertThat(status.err()).contains("removed the stale " + home.resolve("parley.pid") + " (pid "
				+ ProcessHandle.current().pid() + " no longer serves this home)")
			.doesNotContain("waiting").doesNotContain("does not answer");
		assertThat(home.resolve("parley.pid")).doesNotExist();
		System.out.println("status after a stale note with a reused pid: " + seconds + " s");
	}
}
