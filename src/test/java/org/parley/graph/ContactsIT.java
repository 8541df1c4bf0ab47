package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code Contact} label follows its rule on the seed, after a change of participations or parts, and after migration V0004. */
class ContactsIT extends SeededTestBase {

	@Test
	void seedMarksExactlyTheEventsWithTwoActiveSidesThatAreNotPartsOfAContact() {
		assertThat(count(WRONGLY_CONTACT)).isZero();
		long marked = count("MATCH (e:Event:Contact) RETURN count(e) AS n");
		long events = count("MATCH (e:Event) RETURN count(e) AS n");
		assertThat(marked).isGreaterThan(10).isLessThan(events); // statements by one side are not contacts
		// the round of 30 July 2019 in Shanghai: both delegations
		assertThat(count("MATCH (e:Event:Contact) WHERE e.date = date('2019-07-30') RETURN count(e) AS n")).isPositive();
		// the US demand made during the call of 9 November 2018 (both phone calls) is that call, not a second contact
		assertThat(count("MATCH (e:Event {id: $id}) WHERE e:Contact RETURN count(e) AS n", "demand-us-concrete-offer-2018-11")).isZero();
		assertThat(count("MATCH (e:Event {id: $id}) WHERE e:Contact RETURN count(e) AS n", "call-mnuchin-liu-2018-11-09")).isOne();
	}

	@Test
	void markingByIdFollowsAChangeOfParticipations() {
		String id = graph().read("""
				MATCH (e:Event:Contact)<-[r:PARTICIPATED_IN]-() WHERE r.side IS NOT NULL
				WITH e, collect(DISTINCT r.side) AS sides WHERE size(sides) = 2
				RETURN e.id AS id ORDER BY id LIMIT 1""", Map.of(), r -> r.get("id").asString()).get(0);
		graph().inWrite(tx -> {
			tx.run("""
					MATCH (e:Event {id: $id})<-[r:PARTICIPATED_IN]-() WHERE r.side = 'CN' SET r.role = 'subject'""",
					Map.of("id", id)).consume();
			tx.run(Contacts.MARK_BY_ID, Contacts.ids(List.of(id))).consume();
			return null;
		});
		assertThat(count("MATCH (e:Event {id: $id}) WHERE e:Contact RETURN count(e) AS n", id)).isZero();
		assertThat(count(WRONGLY_CONTACT)).isZero();
	}

	@Test
	void markingByIdFollowsAnEventBecomingPartOfAnotherThroughItsChannel() {
		graph().inWrite(tx -> {
			tx.run("""
					MATCH (part:Event {id: 'call-mnuchin-liu-2018-11-09'}), (whole:Event:Contact)
					WHERE whole.channel = part.channel AND whole <> part
					WITH part, whole ORDER BY whole.id LIMIT 1
					CREATE (part)-[:DURING]->(whole)""").consume();
			tx.run(Contacts.MARK_BY_ID, Contacts.ids(List.of("call-mnuchin-liu-2018-11-09"))).consume();
			return null;
		});
		assertThat(count("MATCH (e:Event {id: $id}) WHERE e:Contact RETURN count(e) AS n", "call-mnuchin-liu-2018-11-09")).isZero();
		assertThat(count(WRONGLY_CONTACT)).isZero();
	}

	@Test
	void migrationMarksAStoreMadeBeforeTheLabel() throws Exception {
		long marked = count("MATCH (e:Event:Contact) RETURN count(e) AS n");
		graph().inWrite(tx -> tx.run("MATCH (e:Contact) REMOVE e:Contact").consume());
		String migration = Files.readString(Path.of("src/main/resources/neo4j/migrations/V0004__Contact_events.cypher"));
		graph().inWrite(tx -> tx.run(migration.strip().replaceAll(";$", "")).consume());
		assertThat(count("MATCH (e:Event:Contact) RETURN count(e) AS n")).isEqualTo(marked);
		assertThat(count(WRONGLY_CONTACT)).isZero();
	}

	@Test
	void markAllRestoresTheLabelEverywhere() {
		long marked = count("MATCH (e:Event:Contact) RETURN count(e) AS n");
		graph().inWrite(tx -> tx.run("MATCH (e:Contact) REMOVE e:Contact").consume());
		Contacts.markAll(graph());
		assertThat(count("MATCH (e:Event:Contact) RETURN count(e) AS n")).isEqualTo(marked);
	}

	private static long count(String cypher, String id) {
		return graph().read(cypher, Map.of("id", id), r -> r.get("n").asLong()).get(0);
	}
}
