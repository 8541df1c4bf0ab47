package org.parley;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;
import org.parley.testing.Waiting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PARLEY_RESIDENT}: the first one-shot starts a resident Parley and runs in it, the next ones attach to it
 * (no JVM of their own starts Neo4j: nothing traced), it stops by itself once idle, and a value that means nothing
 * is a usage error before anything starts.
 */
class ResidentIT {

	@TempDir
	Path work;

	private Path home;

	@AfterEach
	void stopResident() throws IOException {
		residentPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
	}

	@Test
	void theFirstOneShotStartsAResidentTheNextAttachAndItStopsWhenIdle() throws Exception {
		home = work.resolve("home");
		var env = new HashMap<>(Map.of("PARLEY_HOME", home.toString(), "PARLEY_RESIDENT", "4s"));
		ParleyProcess.seededHome(home);
		var first = ParleyProcess.run(env, "who", "Treasury Secretary", "--at", "2019-07-30");
		assertThat(first.code()).as(first.toString()).isZero();
		assertThat(first.out()).as(first.toString()).contains("Steven Mnuchin", "1 row");
		assertThat(first.err()).as(first.toString())
			.contains("parley: starting a resident Parley for " + home + " (PARLEY_RESIDENT: it stays 4 s after the "
					+ "last command; later commands attach to it; its output: " + home.resolve("resident.log") + ")");
		long pid = residentPid().orElseThrow();
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

		// traced, a command run by a JVM of its own says where its start-up time went; one handed to the resident does not
		env.put("PARLEY_TRACE", "1");
		var second = ParleyProcess.run(env, "who", "Treasury Secretary", "--at", "2019-07-30");
		assertThat(second.code()).as(second.toString()).isZero();
		assertThat(second.out().replaceAll("in \\d+ ms", "")).isEqualTo(first.out().replaceAll("in \\d+ ms", ""));
		assertThat(second.err()).as(second.toString()).isEmpty();
		var usage = ParleyProcess.run(env, "who", "Treasury Secretary", "--at", "2019-13-45");
		assertThat(usage.code()).isEqualTo(2);
		assertThat(usage.err()).startsWith("parley: invalid value '2019-13-45' for --at").doesNotContain("[trace");

		Waiting.until(Duration.ofSeconds(60), "the idle resident to stop",
				() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
		assertThat(Files.readString(home.resolve("resident.log"))).contains("Serving ",
				"Stopping: no command for 4 s (a resident Parley; PARLEY_RESIDENT)");
		assertThat(home.resolve("parley.sock")).doesNotExist();
	}

	@Test
	void aValueThatMeansNothingIsAUsageErrorBeforeAnythingStarts() {
		home = work.resolve("never");
		var result = ParleyProcess.run(Map.of("PARLEY_HOME", home.toString(), "PARLEY_RESIDENT", "soon"), "status");
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("parley: invalid PARLEY_RESIDENT='soon': expected minutes (10) or a duration "
				+ "such as 90s, 10m or 2h; off or 0 turns it off\n");
		assertThat(home).doesNotExist();
	}

	private Optional<Long> residentPid() throws IOException {
		Path note = home == null ? null : home.resolve("parley.pid");
		if (note == null || !Files.isRegularFile(note)) {
			return Optional.empty();
		}
		var props = new Properties();
		try (Reader in = Files.newBufferedReader(note)) {
			props.load(in);
		}
		return Optional.ofNullable(props.getProperty("pid")).map(Long::parseLong);
	}
}
