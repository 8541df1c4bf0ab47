package org.parley.seed;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A {@code seed/} in the working directory chosen over the packaged scripts is named when a new store is seeded. */
class SeedSourceTests {

	@Test
	void theWorkingDirectorysSeedIsNamedOnlyWhenNobodyAskedForIt() {
		// tests run from the project root, which has a seed/ directory
		assertThat(SeedSource.resolve(null).unaskedOrigin())
			.isEqualTo(" in the working directory's seed/ (" + Path.of("seed").toAbsolutePath().normalize()
					+ ", used instead of the packaged scripts; PARLEY_SEED_DIR chooses)");
		assertThat(SeedSource.resolve(Path.of("seed")).unaskedOrigin()).as("asked for").isEmpty();
		assertThat(new SeedSource(null).unaskedOrigin()).as("packaged").isEmpty();
	}
}
