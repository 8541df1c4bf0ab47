package org.parley.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which notes a start believes: only one written with this build's migrations as of the store's last transaction. */
class SchemaCheckedTests {

	private static final String MIGRATIONS = "0001,0002,0003";

	private static final String LAST = "134:f3d37028:1796320747508";

	@Test
	void aNoteOfTheseMigrationsAsOfTheLastTransactionNamesItsVersion() {
		assertThat(SchemaChecked.version("0001,0002,0003 0003 134:f3d37028:1796320747508\n", MIGRATIONS, LAST))
			.contains("0003");
	}

	@Test
	void anotherTransactionOrBuildOrAMalformedNoteNamesNone() {
		assertThat(SchemaChecked.version("0001,0002,0003 0003 135:f3d37028:1796320747508", MIGRATIONS, LAST))
			.as("a later transaction").isEmpty();
		assertThat(SchemaChecked.version("0001,0002,0003 0003 134:0badf00d:1796320747508", MIGRATIONS, LAST))
			.as("the same id in another store: another checksum").isEmpty();
		assertThat(SchemaChecked.version("0001,0002,0003 0003 134:f3d37028:1796320000000", MIGRATIONS, LAST))
			.as("the same id and checksum at another time").isEmpty();
		assertThat(SchemaChecked.version("0001,0002 0002 134:f3d37028:1796320747508", MIGRATIONS, LAST))
			.as("another build's migrations").isEmpty();
		assertThat(SchemaChecked.version("0003 134:f3d37028:1796320747508", MIGRATIONS, LAST)).isEmpty();
		assertThat(SchemaChecked.version("", MIGRATIONS, LAST)).isEmpty();
	}
}
