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
	void onlyWhereTheStoreIsInThisJvm() {
		Graph overBolt = GraphAccess.overBolt(graph());
		assertThat(graph().inProcess()).isTrue();
		assertThat(overBolt.inProcess()).isFalse();
		assertThatThrownBy(() -> overBolt.inProcessWrite(tx -> null, Duration.ofSeconds(30)))
			.isInstanceOf(IllegalStateException.class);
	}
}
