package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactTalliesTests {

	@Test
	void theRuleIsMigrationV0011sFromTheLockOnAndEveryWriteCountsTheMonthsOfItsEvents() throws Exception {
		String migration = Files.readString(Path.of("src/main/resources/neo4j/migrations/V0011__Contact_tallies.cypher"));
		assertThat(ContactTallies.RULE).startsWith("""
				MERGE (m:__ContactMonth {month: month})
				// the month's lock, taken before its contacts are read: two writes that count one month again wait for each other
				SET m.parleyLock = true REMOVE m.parleyLock
				""").endsWith("atLeast: atLeast})\n}\n");
		assertThat(migration.strip()).endsWith(ContactTallies.RULE.strip() + ";");
		assertThat(ContactTallies.OF_EVENTS).isEqualTo("""
				WITH e WHERE e.date IS :: DATE NOT NULL
				WITH DISTINCT date.truncate('month', e.date) AS month
				ORDER BY month
				""" + ContactTallies.RULE);
	}
}
