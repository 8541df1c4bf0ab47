package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-shot runs in the launching JVM only when that JVM already has what the tuned child would have. */
class LauncherTuningTests {

	@TempDir
	Path cache;

	private Path archive() throws IOException {
		return Files.writeString(cache.resolve("parley-1a2b3c.jsa"), "archive");
	}

	@Test
	void theClientCompilerAndThisBuildsArchiveMakeAJvmTuned() throws IOException {
		Path archive = archive();
		assertThat(Launcher.alreadyTuned(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-XX:SharedArchiveFile=" + archive), "1", archive)).isTrue();
	}

	@Test
	void anotherBuildsArchiveOrNoneOrOneNotWrittenYetDoesNot() throws IOException {
		Path archive = archive();
		assertThat(Launcher.alreadyTuned(List.of("-XX:SharedArchiveFile=" + cache.resolve("parley-old.jsa")), "1", archive))
			.isFalse();
		assertThat(Launcher.alreadyTuned(List.of("-XX:SharedArchiveFile=" + archive,
				"-XX:SharedArchiveFile=" + cache.resolve("parley-old.jsa")), "1", archive)).as("the last one counts").isFalse();
		assertThat(Launcher.alreadyTuned(List.of("-XX:TieredStopAtLevel=1"), "1", archive)).isFalse();
		Path unwritten = cache.resolve("parley-new.jsa");
		assertThat(Launcher.alreadyTuned(List.of("-XX:SharedArchiveFile=" + unwritten), "1", unwritten)).isFalse();
	}

	@Test
	void theOptimisingCompilerDoesNot() throws IOException {
		Path archive = archive();
		assertThat(Launcher.alreadyTuned(List.of("-XX:SharedArchiveFile=" + archive), "4", archive)).isFalse();
		assertThat(Launcher.alreadyTuned(List.of("-XX:SharedArchiveFile=" + archive), null, archive)).isFalse();
	}

	@Test
	void withoutArchivesTheClientCompilerIsEnough() {
		// PARLEY_CDS=off: the child would have no archive either
		assertThat(Launcher.alreadyTuned(List.of(), "1", null)).isTrue();
		assertThat(Launcher.alreadyTuned(List.of(), "4", null)).isFalse();
	}

	@Test
	void helpAndTheVersionAreTheLaunchersOtherCommandsAreCheckedByTheChild() {
		assertThat(Launcher.answeredByLauncher(List.of("help", "who"))).isTrue();
		assertThat(Launcher.answeredByLauncher(List.of("who", "--help"))).isTrue();
		assertThat(Launcher.answeredByLauncher(List.of("report", "run", "-h"))).isTrue();
		assertThat(Launcher.answeredByLauncher(List.of("--version"))).isTrue();
		assertThat(Launcher.answeredByLauncher(List.of("-V"))).isTrue();
		assertThat(Launcher.answeredByLauncher(List.of("completion", "bash"))).isTrue();
		assertThat(Launcher.answeredByLauncher(List.of("who", "Treasury Secretary", "--at", "2019-07-30"))).isFalse();
		assertThat(Launcher.answeredByLauncher(List.of("who", "--nosuch"))).isFalse();
		assertThat(Launcher.answeredByLauncher(List.of("status"))).isFalse();
	}
}
