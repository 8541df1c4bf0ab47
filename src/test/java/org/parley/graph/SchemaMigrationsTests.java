package org.parley.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTests {

	@Test
	void packagedVersionsAreTheLibrarysReadingOfTheFileNames() {
		assertThat(SchemaMigrations.packagedVersions()).containsExactlyInAnyOrder("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010",
				"0011");
	}
}
