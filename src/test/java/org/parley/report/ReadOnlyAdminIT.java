package org.parley.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** A read-only cypher cannot end someone else's transaction; the other transaction goes on and commits. */
class ReadOnlyAdminIT extends GraphTestBase {

	@Test
	void aReadOnlyQueryDoesNotTerminateAnotherClientsTransaction() {
		try (var driver = GraphDatabase.driver(boltUri(), AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
				var session = driver.session(); var tx = session.beginTransaction()) {
			tx.run("CREATE (:Country {id: 'ZQ', name: 'Victimland'})").consume();
			String id;
			try (var other = driver.session()) {
				id = other.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery, status "
						+ "WHERE currentQuery = '' OR status = 'Running' RETURN transactionId").list(r -> r.get(0).asString())
					.stream().filter(t -> !t.isEmpty()).findFirst().orElseThrow();
			}
			var settings = List.of("--parley.neo4j.uri=" + boltUri());
			for (String[] attack : List.of(new String[] { "cypher", "TERMINATE TRANSACTION '" + id + "'" },
					new String[] { "cypher", "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t YIELD message RETURN message" },
					new String[] { "cypher", "SHOW TRANSACTIONS YIELD transactionId AS t WHERE t = '" + id + "' TERMINATE TRANSACTIONS t YIELD message RETURN message" })) {
				var result = Cli.run(settings, attack);
				assertThat(result.code()).as(result.toString()).isEqualTo(1);
				assertThat(result.err()).contains("read-only").doesNotContain("\tat ");
				assertThat(result.out()).isEmpty();
			}
			// the victim's transaction is still open: it reads its own write and commits
			assertThat(tx.run("MATCH (c:Country {id: 'ZQ'}) RETURN c.name").single().get(0).asString()).isEqualTo("Victimland");
			tx.commit();
		}
		assertThat(count("MATCH (c:Country {id: 'ZQ'}) RETURN count(c)")).isEqualTo(1);
	}
}
