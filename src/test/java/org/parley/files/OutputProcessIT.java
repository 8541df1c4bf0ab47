package org.parley.files;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a real process: standard output on a full disk ({@code > /dev/full}) is an error with its
 * reason, and a {@code generate} killed while writing leaves no half-written file in its directory.
 */
class OutputProcessIT {

	@TempDir
	static Path dir;

	private static Map<String, String> env;

	@BeforeAll
	static void home() {
		env = Map.of("PARLEY_HOME", dir.resolve("home").toString(), "PARLEY_BOLT_PORT", "0");
		ParleyProcess.seededHome(dir.resolve("home"));
	}

	@Test
	void standardOutputOnAFullDiskExits1WithTheReason() throws Exception {
		for (List<String> command : List.of(List.of("report", "run", "labels", "--format", "csv"),
				List.of("who", "Treasury Secretary"))) {
			Path err = Files.createTempFile(dir, "err", ".txt");
			Process process = ParleyProcess.builder(env, command.toArray(String[]::new))
				.redirectOutput(new File("/dev/full"))
				.redirectError(err.toFile())
				.start();
			assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as("exit of %s", command).isEqualTo(1);
			assertThat(Files.readString(err, StandardCharsets.UTF_8))
				.isEqualTo("parley: cannot write output: No space left on device\n");
		}
	}

	@Test
	void outToAFullDiskExits1AndAFailedWriteLeavesNothing() {
		var full = ParleyProcess.run(env, "report", "run", "labels", "--format", "csv", "--out", "/dev/full");
		assertThat(full.code()).as(full.toString()).isEqualTo(1);
		assertThat(full.out()).isEmpty();
		assertThat(full.err()).isEqualTo("parley: cannot write /dev/full: No space left on device\n");
	}

	@Test
	void aKilledGenerateLeavesNoHalfWrittenFileAndTheNextRunCleansUp() throws Exception {
		Path target = dir.resolve("network");
		// 4 million interactions: about half a gigabyte of CSV, a minute of writing; killed after the first bytes
		Process generate = ParleyProcess.builder(env, "generate", "--people", "400000", "--interactions", "4000000",
				"--out", target.toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		Optional<Path> staging = Optional.empty();
		while (System.nanoTime() < deadline && generate.isAlive()) {
			staging = staging(target);
			if (staging.isPresent() && Files.isRegularFile(staging.get().resolve("people.csv"))
					&& Files.size(staging.get().resolve("people.csv")) > 1_000_000) {
				break;
			}
			Thread.sleep(50); // polling for a condition, not waiting for time to pass
		}
		assertThat(generate.isAlive()).as("generate still writing when killed").isTrue();
		generate.descendants().forEach(ProcessHandle::destroyForcibly);
		generate.destroyForcibly();
		assertThat(generate.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(staging).isPresent();
		assertThat(target).doesNotExist(); // nothing half-written where the files were asked for

		var small = ParleyProcess.run(env, "generate", "--people", "100", "--interactions", "1000", "--out", target.toString());
		assertThat(small.code()).as(small.toString()).isZero();
		assertThat(staging(target)).isEmpty(); // the killed run's leftovers are gone
		assertThat(Files.readAllLines(target.resolve("participations.csv"))).hasSize(1001);
		var again = ParleyProcess.run(env, "generate", "--people", "100", "--interactions", "1000", "--out", target.toString());
		assertThat(again.code()).isEqualTo(1);
		assertThat(again.err()).isEqualTo("parley: " + target + " already holds countries.csv and 10 more network files; "
				+ "add --force to replace them\n");
	}

	private static Optional<Path> staging(Path target) throws IOException {
		try (Stream<Path> siblings = Files.list(target.getParent())) {
			return siblings.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".parley-"))
				.findFirst();
		}
	}
}
