package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code CrossSide} label follows its rule on the seed, after a change of participations and after migration V0004. */
class CrossSideEventsIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	@BeforeEach
	void seed() {
		loadSeed();
	}

	@Test
	void seedMarksExactlyTheEventsWithTwoActiveSides() {
		assertThat(count(WRONGLY_CROSS_SIDE)).isZero();
		long marked = count("MATCH (e:Event:CrossSide) RETURN count(e) AS n");
		long events = count("MATCH (e:Event) RETURN count(e) AS n");
		assertThat(marked).isGreaterThan(10).isLessThan(events); // statements by one side are not contacts
		// the call of 30 July 2019 in Shanghai: both delegations
		assertThat(count("MATCH (e:Event:CrossSide) WHERE e.date = date('2019-07-30') RETURN count(e) AS n")).isPositive();
	}

	@Test
	void markingByIdFollowsAChangeOfParticipations() {
		String id = graph().read("""
				MATCH (e:Event:CrossSide)<-[r:PARTICIPATED_IN]-() WHERE r.side IS NOT NULL
				WITH e, collect(DISTINCT r.side) AS sides WHERE size(sides) = 2
				RETURN e.id AS id ORDER BY id LIMIT 1""", Map.of(), r -> r.get("id").asString()).get(0);
		graph().inWrite(tx -> {
			tx.run("""
					MATCH (e:Event {id: $id})<-[r:PARTICIPATED_IN]-() WHERE r.side = 'CN' SET r.role = 'subject'""",
					Map.of("id", id)).consume();
			tx.run(CrossSideEvents.MARK_BY_ID, CrossSideEvents.ids(List.of(id))).consume();
			return null;
		});
		assertThat(count("MATCH (e:Event {id: $id}) WHERE e:CrossSide RETURN count(e) AS n", id)).isZero();
		assertThat(count(WRONGLY_CROSS_SIDE)).isZero();
	}

	@Test
	void migrationMarksAStoreMadeBeforeTheLabel() throws Exception {
		long marked = count("MATCH (e:Event:CrossSide) RETURN count(e) AS n");
		graph().inWrite(tx -> tx.run("MATCH (e:CrossSide) REMOVE e:CrossSide").consume());
		String migration = Files.readString(Path.of("src/main/resources/neo4j/migrations/V0004__Cross_side_events.cypher"));
		graph().inWrite(tx -> tx.run(migration.strip().replaceAll(";$", "")).consume());
		assertThat(count("MATCH (e:Event:CrossSide) RETURN count(e) AS n")).isEqualTo(marked);
		assertThat(count(WRONGLY_CROSS_SIDE)).isZero();
	}

	private static long count(String cypher, String id) {
		return graph().read(cypher, Map.of("id", id), r -> r.get("n").asLong()).get(0);
	}
}
