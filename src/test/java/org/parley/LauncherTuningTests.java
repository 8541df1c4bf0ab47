package org.parley;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-shot runs in the launching JVM only when that JVM already has what the tuned child would have. */
class LauncherTuningTests {

	@Test
	void theClientCompilerAndAnArchiveTogetherMakeAJvmTuned() {
		assertThat(Launcher.alreadyTuned(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-XX:SharedArchiveFile=/tmp/parley-1.jsa"))).isTrue();
	}

	@Test
	void eitherAloneDoesNot() {
		assertThat(Launcher.alreadyTuned(List.of("-XX:TieredStopAtLevel=1"))).isFalse();
		assertThat(Launcher.alreadyTuned(List.of("-XX:SharedArchiveFile=/tmp/parley-1.jsa"))).isFalse();
		assertThat(Launcher.alreadyTuned(List.of("-XX:TieredStopAtLevel=4", "-XX:SharedArchiveFile=/tmp/a.jsa"))).isFalse();
		assertThat(Launcher.alreadyTuned(List.of())).isFalse();
	}
}
