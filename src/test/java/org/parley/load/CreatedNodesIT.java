package org.parley.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.Label;
import org.parley.generate.SyntheticNetwork;
import org.parley.testing.GraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node the loader remembers having created is taken by its internal id only while that node still has the label and
 * the id: a remembered id that names another node, or a node deleted since, leaves the row to the id index, so the row
 * links to the node it names.
 */
class CreatedNodesIT extends GraphTestBase {

	@TempDir
	Path dir;

	private static final Label EVENT = Label.label("Event");

	@Test
	void aRememberedNodeIsUsedOnlyWhileItHasItsLabelAndId() {
		SyntheticNetwork.write(40, 300, 2, 9, dir);
		new BulkLoader(graph(), 100, 2, false).load(dir);
		Map<String, Long> internal = new java.util.HashMap<>();
		for (var row : query("MATCH (e:Event) WHERE e.id IN ['syn-e0', 'syn-e1', 'syn-e2', 'syn-e3'] RETURN e.id AS id, id(e) AS n")) {
			internal.put((String) row.get("id"), (Long) row.get("n"));
		}
		assertThat(internal).hasSize(4);
		long deleted = graph().write("CREATE (n:Scratch) WITH n, id(n) AS id DELETE n RETURN id", Map.of(),
				r -> r.get("id").asLong()).get(0);
		long otherLabel = graph().write("CREATE (n:Scratch {id: 'syn-e1'}) RETURN id(n) AS id", Map.of(),
				r -> r.get("id").asLong()).get(0);

		// remembered: syn-e0 as the node of syn-e1 (another id), syn-e1 as a Scratch node of that id (another label),
		// syn-e2 as a node deleted since, syn-e3 rightly
		var created = new CreatedNodes();
		created.add(new CreatedNodes.Batch(EVENT, new long[] { CreatedNodes.hash("syn-e0"), CreatedNodes.hash("syn-e1"),
				CreatedNodes.hash("syn-e2"), CreatedNodes.hash("syn-e3") },
				new long[] { internal.get("syn-e1"), otherLabel, deleted, internal.get("syn-e3") }), 4);
		List<List<Object>> rows = List.of(participation("syn-e0", "named-e0"), participation("syn-e1", "named-e1"),
				participation("syn-e2", "named-e2"), participation("syn-e3", "named-e3"));
		var written = graph().inProcessWrite(tx -> InProcessRows.write(tx, Table.PARTICIPATIONS, rows, created),
				Duration.ofMinutes(1));
		assertThat(written.relationships()).isEqualTo(4);
		assertThat(written.named()).as("nothing names a participation").isNull();
		assertThat(created.used()).as("only syn-e3 was taken by its internal id").isOne();

		var linked = query("""
				MATCH (:Person {id: 'syn-p0'})-[r:PARTICIPATED_IN]->(e:Event) WHERE r.role STARTS WITH 'named-'
				RETURN r.role AS role, e.id AS event ORDER BY role""");
		assertThat(linked).containsExactly(Map.of("role", "named-e0", "event", "syn-e0"),
				Map.of("role", "named-e1", "event", "syn-e1"), Map.of("role", "named-e2", "event", "syn-e2"),
				Map.of("role", "named-e3", "event", "syn-e3"));
	}

	@Test
	void aLoadFindsTheNodesItCreatedByTheirInternalIds() {
		SyntheticNetwork.write(40, 300, 2, 9, dir);
		var loader = new BulkLoader(graph(), 100, 2, false);
		loader.load(dir);
		// every event with participants is named by at least one batch of participations, first through the map
		long eventsWithParticipants = count("MATCH (e:Event:Synthetic) WHERE EXISTS { (e)<-[:PARTICIPATED_IN]-() } RETURN count(e)");
		assertThat(eventsWithParticipants).isPositive();
		assertThat(loader.foundByInternalId()).isGreaterThanOrEqualTo(eventsWithParticipants);
	}

	@Test
	void aBatchTellsWhichNodesItCreatedForLaterTables() {
		var created = new CreatedNodes();
		List<List<Object>> rows = List.of(Arrays.asList("syn-x-1", "a title", "042", "visit", java.time.LocalDate.of(2020, 1, 2),
				"day", "reported", "happened", "no-such-topic", "no-such-evidence"));
		var none = graph().inProcessWrite(tx -> InProcessRows.write(tx, Table.EVENTS, rows, created), Duration.ofMinutes(1));
		assertThat(none.nodes()).as("an event naming nothing there is not created").isZero();
		assertThat(none.named().nodeIds()).isEmpty();
		var people = graph().inProcessWrite(tx -> InProcessRows.write(tx, Table.PEOPLE,
				List.of(Arrays.<Object>asList("syn-x-p", "A Person", "no-such-country")), created), Duration.ofMinutes(1));
		assertThat(people.nodes()).isZero();
		graph().autoCommit("CREATE (:Country {id: 'syn-x-c', name: 'X'})", Map.of());
		var person = graph().inProcessWrite(tx -> InProcessRows.write(tx, Table.PEOPLE,
				List.of(Arrays.<Object>asList("syn-x-p", "A Person", "syn-x-c")), created), Duration.ofMinutes(1));
		assertThat(person.named().label()).isEqualTo(Label.label("Person"));
		assertThat(person.named().nodeIds()).containsExactly((Long) query("MATCH (p:Person {id: 'syn-x-p'}) RETURN id(p) AS n")
			.get(0).get("n"));
		assertThat(person.named().idHashes()).containsExactly(CreatedNodes.hash("syn-x-p"));
	}

	private static List<Object> participation(String event, String role) {
		return Arrays.asList("syn-p0", event, role, null, "syn-c00");
	}
}
