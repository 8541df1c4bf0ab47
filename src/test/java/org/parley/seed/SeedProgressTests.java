package org.parley.seed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start's seed load says what it does: a counting line on a terminal, one line in a log. */
class SeedProgressTests {

	@Test
	void aTerminalSeesEachFileCountedThenTheLineCleared() {
		var bytes = new ByteArrayOutputStream();
		var progress = SeedProgress.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, "/seed");
		progress.file(1, 3, "00_reference.cypher");
		progress.file(2, 3, "01_institutions.cypher");
		progress.file(3, 3, "02_people.cypher");
		String text = bytes.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("\rLoading seed 1 of 3: 00_reference.cypher", "\rLoading seed 2 of 3: 01_institutions.cypher",
				"\rLoading seed 3 of 3: 02_people.cypher").endsWith("\r").doesNotContain("\n");
	}

	@Test
	void aLogGetsOneLineWhenTheLoadBegins() {
		var bytes = new ByteArrayOutputStream();
		var progress = SeedProgress.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "/work/seed");
		for (int i = 1; i <= 10; i++) {
			progress.file(i, 10, "file" + i);
		}
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Loading 10 seed files from /work/seed into the new store...\n");
	}
}
