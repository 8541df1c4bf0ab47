package org.parley.graph;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Label;
import org.parley.errors.ParleyException;
import org.parley.testing.GraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes through Neo4j's Java API in the JVM that runs the store (the bulk loader's): all or nothing, Neo4j's
 * failures as Parley's one-line errors, refused while a restore is incomplete, and only where the store is in this JVM.
 */
class InProcessWriteIT extends GraphTestBase {

	private static final Label COUNTRY = Label.label("Country");

	@AfterEach
	void removeWhatTheTestsMade() {
		graph().autoCommit("MATCH (n) WHERE n.id STARTS WITH 'inproc-' OR n:" + Graph.RESTORE_MARKER + " DETACH DELETE n",
				Map.of());
	}

	@Test
	void commitsEverythingOrNothing() {
		long created = graph().inProcessWrite(tx -> {
			var a = tx.createNode(COUNTRY);
			a.setProperty("id", "inproc-a");
			var b = tx.createNode(COUNTRY);
			b.setProperty("id", "inproc-b");
			a.createRelationshipTo(b, org.neo4j.graphdb.RelationshipType.withName("NEXT_TO"));
			return 2L;
		}, Duration.ofSeconds(30));
		assertThat(created).isEqualTo(2);
		assertThat(count("MATCH (:Country {id: 'inproc-a'})-[:NEXT_TO]->(:Country {id: 'inproc-b'}) RETURN count(*)"))
			.isEqualTo(1);

		assertThatThrownBy(() -> graph().inProcessWrite(tx -> {
			tx.createNode(COUNTRY).setProperty("id", "inproc-c");
			throw new ParleyException("row 2: no such person");
		}, Duration.ofSeconds(30))).isInstanceOf(ParleyException.class).hasMessage("row 2: no such person");
		assertThat(count("MATCH (c:Country {id: 'inproc-c'}) RETURN count(c)")).as("rolled back").isZero();
	}

	@Test
	void aDuplicateIdIsOneLineThatSaysWhatExists() {
		graph().inProcessWrite(tx -> {
			tx.createNode(COUNTRY).setProperty("id", "inproc-x");
			return null;
		}, Duration.ofSeconds(30));
		assertThatThrownBy(() -> graph().inProcessWrite(tx -> {
			tx.createNode(COUNTRY).setProperty("id", "inproc-y");
			tx.createNode(COUNTRY).setProperty("id", "inproc-x");
			return null;
		}, Duration.ofSeconds(30))).isInstanceOf(ParleyException.class)
			.hasMessageStartingWith("a Country with id 'inproc-x' already exists (node ")
			.hasMessageContaining("nothing was changed")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
		assertThat(count("MATCH (c:Country) WHERE c.id IN ['inproc-x', 'inproc-y'] RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void refusedWhileARestoreIsIncomplete() {
		graph().autoCommit("CREATE (:" + Graph.RESTORE_MARKER + " {from: '/backups/monday'})", Map.of());
		assertThatThrownBy(() -> graph().inProcessWrite(tx -> tx.createNode(COUNTRY), Duration.ofSeconds(30)))
			.isInstanceOf(ParleyException.class)
			.hasMessageStartingWith("a restore from /backups/monday was interrupted");
		Boolean written = graph().unguarded().inProcessWrite(tx -> tx.createNode(COUNTRY) != null, Duration.ofSeconds(30));
		assertThat(written).as("the restore itself may write").isTrue();
		graph().autoCommit("MATCH (c:Country) WHERE c.id IS NULL DELETE c", Map.of());
	}

	@Test
	void aDeadlockRunsTheWorkAgainInANewTransaction() {
		var attempts = new java.util.concurrent.atomic.AtomicInteger();
		String id = graph().inProcessWrite(tx -> {
			int attempt = attempts.incrementAndGet();
			tx.createNode(COUNTRY).setProperty("id", "inproc-try-" + attempt);
			if (attempt == 1) {
				throw new org.neo4j.kernel.DeadlockDetectedException("two batches wait for each other's locks");
			}
			return "inproc-try-" + attempt;
		}, Duration.ofSeconds(30));
		assertThat(id).isEqualTo("inproc-try-2");
		assertThat(query("MATCH (c:Country) WHERE c.id STARTS WITH 'inproc-try-' RETURN c.id AS id"))
			.as("the first try rolled back").containsExactly(Map.of("id", "inproc-try-2"));
	}

	@Test
	void aTransactionPastItsTimeoutStopsWithTheTimeoutSaid() {
		assertThatThrownBy(() -> graph().inProcessWrite(tx -> {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < deadline) { // reads until Neo4j terminates the transaction for its timeout
				try (var countries = tx.findNodes(COUNTRY)) {
					Thread.onSpinWait();
				}
			}
			return null;
		}, Duration.ofSeconds(1))).isInstanceOf(ParleyException.class)
			.hasMessage("query stopped after 1 s (raise parley.query-timeout to allow longer queries)");
	}

	@Test
	void onlyWhereTheStoreIsInThisJvm() {
		Graph overBolt = GraphAccess.overBolt(graph());
		assertThat(graph().inProcess()).isTrue();
		assertThat(overBolt.inProcess()).isFalse();
		assertThatThrownBy(() -> overBolt.inProcessWrite(tx -> null, Duration.ofSeconds(30)))
			.isInstanceOf(IllegalStateException.class);
	}
}
