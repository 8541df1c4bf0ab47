package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channels' monthly tallies follow their rule (migration V0011) on the seed, when counted again whole or by month, and
 * when two writes count one month at once: the second waits for the first and counts its contact too.
 */
class ContactTalliesIT extends SeededTestBase {

	private static final String TALLIES = """
			MATCH (t:__ContactTally)
			RETURN toString(t.month) + ' ' + toString(t.lastMonth) + ' ' + coalesce(t.channel, '-') + ' ' + reduce(text = '', s IN t.sides | text + s + ',') + ' '
			       + t.contacts + ' ' + t.atLeast AS tally ORDER BY tally""";

	private static List<String> wrong() {
		return graph().read(ContactTallies.WRONG, Map.of(), r -> r.get("id").asString());
	}

	private static List<String> tallies() {
		return graph().read(TALLIES, Map.of(), r -> r.get("tally").asString());
	}

	@Test
	void seedTalliesEveryContactThatHappened() {
		assertThat(wrong()).isEmpty();
		List<String> tallies = tallies();
		assertThat(tallies).hasSizeGreaterThan(10)
			// the two calls of November 2018 between Washington and Beijing (Trump and Xi, Mnuchin and Liu He)
			.contains("2018-11-01 2018-11-01 phone-call CN,US, 2 false");
		// a repeated contact over a span is tallied in its first month with its last; a count that is a lower bound says so
		assertThat(tallies).anyMatch(t -> !t.substring(0, 10).equals(t.substring(11, 21)));
		long contacts = count("""
				MATCH (e:Contact) WHERE e.date IS :: DATE NOT NULL AND NOT e:Retracted AND e.status = 'happened'
				RETURN sum(coalesce(e.count, 1)) AS n""");
		assertThat(count("MATCH (t:__ContactTally) RETURN sum(t.contacts) AS n")).isEqualTo(contacts);
		// a lock per month of a contact (one that did not happen too: the month of a planned call has no tally)
		assertThat(count("MATCH (m:__ContactMonth) RETURN count(m) AS n"))
			.isEqualTo(count("MATCH (e:Contact) WHERE e.date IS :: DATE NOT NULL RETURN count(DISTINCT date.truncate('month', e.date)) AS n"))
			.isGreaterThan(count("MATCH (t:__ContactTally) RETURN count(DISTINCT t.month) AS n"));
	}

	@Test
	void countingEveryMonthAgainOrMigratingGivesTheSameTallies() throws Exception {
		List<String> seeded = tallies();
		graph().inWrite(tx -> tx.run("MATCH (t:__ContactTally) DELETE t").consume());
		ContactTallies.markAll(graph());
		assertThat(tallies()).isEqualTo(seeded);
		graph().inWrite(tx -> tx.run("MATCH (n) WHERE n:__ContactTally OR n:__ContactMonth DELETE n").consume());
		String migration = Files.readString(Path.of("src/main/resources/neo4j/migrations/V0011__Contact_tallies.cypher"));
		graph().inWrite(tx -> tx.run(migration.strip().replaceAll(";$", "")).consume());
		assertThat(tallies()).isEqualTo(seeded);
		assertThat(wrong()).isEmpty();
		// a tally left without a contact or a lock (by hand) is found, and counting every month again removes it
		graph().inWrite(tx -> tx.run("CREATE (:__ContactTally {month: date('2040-01-01'), lastMonth: date('2040-01-01'), "
				+ "channel: 'phone-call', sides: ['CN', 'US'], contacts: 1, atLeast: false})").consume());
		assertThat(wrong()).contains("wrong tally 2040-01-01 2040-01-01 phone-call CN,US, 1 false",
				"tally without its month 2040-01-01");
		ContactTallies.markAll(graph());
		assertThat(tallies()).isEqualTo(seeded);
		assertThat(wrong()).isEmpty();
	}

	/** The month's lock stays: another write may be waiting for it. */
	@Test
	void aMonthWithoutContactsLeftHasNoTalliesButKeepsItsLock() {
		// the month of a contact that is alone in it
		String id = graph().read("""
				MATCH (e:Contact) WHERE e.status = 'happened' AND e.date IS NOT NULL
				WITH date.truncate('month', e.date) AS month, collect(e.id) AS ids WHERE size(ids) = 1
				RETURN ids[0] AS id ORDER BY id LIMIT 1""", Map.of(), r -> r.get("id").asString()).get(0);
		graph().inWrite(tx -> {
			tx.run("MATCH (e:Event {id: $id}) SET e:Retracted", Map.of("id", id)).consume();
			tx.run(Contacts.MARK_BY_ID, Contacts.ids(List.of(id))).consume();
			return null;
		});
		assertThat(graph().read("""
				MATCH (e:Event {id: $id})
				RETURN COUNT { MATCH (t:__ContactTally) WHERE t.month = date.truncate('month', e.date) } AS tallies,
				       COUNT { MATCH (m:__ContactMonth) WHERE m.month = date.truncate('month', e.date) } AS locks""",
				Map.of("id", id), r -> List.of(r.get("tallies").asLong(), r.get("locks").asLong()))).containsExactly(List.of(0L, 1L));
		assertThat(wrong()).isEmpty();
	}

	@Test
	void twoWritesCountingOneMonthWaitForEachOther() throws Exception {
		// a month without contacts: the first write creates its lock
		race("new", LocalDate.of(2031, 3, 5), LocalDate.of(2031, 3, 20));
		assertThat(tallies()).contains("2031-03-01 2031-03-01 phone-call CN,US, 2 false");
		// a month with tallies: November 2018's two calls and the two new ones
		race("old", LocalDate.of(2018, 11, 5), LocalDate.of(2018, 11, 20));
		assertThat(tallies()).contains("2018-11-01 2018-11-01 phone-call CN,US, 4 false");
		assertThat(wrong()).isEmpty();
	}

	/**
	 * Two transactions each add a contact on one of the days and count its month again: the second starts while the
	 * first is open, must wait for it, and commits after it.
	 */
	private static void race(String name, LocalDate first, LocalDate second) throws Exception {
		// two people of each side, so that the two writes share no node but the month's
		List<String> us = people("US");
		List<String> cn = people("CN");
		try (Session one = graph().driver().session(graph().sessionConfig(AccessMode.WRITE));
				Session two = graph().driver().session(graph().sessionConfig(AccessMode.WRITE))) {
			Transaction earlier = one.beginTransaction();
			addContact(earlier, "tally-race-" + name + "-1", first, us.get(0), cn.get(0));
			CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
				try (Transaction tx = two.beginTransaction()) {
					addContact(tx, "tally-race-" + name + "-2", second, us.get(1), cn.get(1));
					tx.commit();
				}
			});
			awaitBlocked(later);
			earlier.commit();
			later.get(60, TimeUnit.SECONDS);
		}
	}

	private static List<String> people(String side) {
		return graph().read("MATCH (p:Person {side: $side}) RETURN p.id AS id ORDER BY id LIMIT 2", Map.of("side", side),
				r -> r.get("id").asString());
	}

	/** A phone call between two people that happened on day, and its month counted again, in tx. */
	private static void addContact(Transaction tx, String id, LocalDate day, String a, String b) {
		tx.run("""
				CREATE (e:Event {id: $id, title: $id, date: $day, datePrecision: 'day', channel: 'phone-call', status: 'happened'})
				WITH e
				MATCH (p:Person) WHERE p.id IN [$a, $b]
				CREATE (p)-[:PARTICIPATED_IN {role: 'counterpart', side: p.side}]->(e)""",
				Map.of("id", id, "day", day, "a", a, "b", b)).consume();
		tx.run(Contacts.MARK_BY_ID, Contacts.ids(List.of(id))).consume();
	}

	/** Waits until a transaction waits for a lock (the second write, for the month's), or fails if the write ended. */
	private static void awaitBlocked(CompletableFuture<Void> write) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(write).as("the second write did not wait for the first").isNotDone();
			try (Session session = graph().driver().session(graph().sessionConfig(AccessMode.READ))) {
				if (session.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n")
					.single().get("n").asLong() > 0) {
					return;
				}
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("the second write never waited for the month's lock");
	}
}
