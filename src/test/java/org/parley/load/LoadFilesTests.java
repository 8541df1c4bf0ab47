package org.parley.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sides of an event as the loader collects them from the participations file: sorted, each once. */
class LoadFilesTests {

	@Test
	void sidesAreSortedAndEachCountedOnce() {
		String sides = LoadFiles.union(LoadFiles.union("syn-c01", "syn-c00"), "syn-c01");
		assertThat(sides).isEqualTo("syn-c00\tsyn-c01");
		assertThat(LoadFiles.union(sides, "syn-c02")).isEqualTo("syn-c00\tsyn-c01\tsyn-c02");
		assertThat(LoadFiles.union("US", "US")).isEqualTo("US");
	}
}
