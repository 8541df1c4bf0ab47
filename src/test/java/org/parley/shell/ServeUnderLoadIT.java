package org.parley.shell;

import org.parley.testing.ParleyProcess;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Waiting;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} with a second Parley attached to it, then under 50 concurrent Bolt clients (49 readers asking the
 * canned questions' queries, one writer) until every reader has had ten turns and the writer fifty commits: no errors, and counts that only move the way the writer
 * moves them. Then the server is killed with SIGKILL while the writer is busy: the next Parley opens the store, ignores the stale note and finds every
 * acknowledged write.
 */
class ServeUnderLoadIT {

	private static final int CLIENTS = 50;

	/** Reads each reader makes, and writes the writer commits, before the load stops. */
	private static final int READS_PER_READER = 10;

	private static final int WRITES = 50;

	private static final long LOAD_LIMIT_SECONDS = 180;

	private static final List<String> READS = List.of("""
			MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(:Post {id: 'us-treasury-secretary'})
			WHERE t.start <= $date AND (t.end IS NULL OR t.end >= $date)
			RETURN p.name AS name""", """
			MATCH (us:Person)-[:PARTICIPATED_IN {post: 'us-treasury-secretary'}]->(e:Event)
			      <-[:PARTICIPATED_IN {post: 'cn-vice-premier'}]-(cn:Person)
			RETURN e.channel AS channel, count(*) AS n ORDER BY channel""", """
			MATCH (s:Stance)-[:OF]->(p:Person) WHERE s.validFrom <= $date RETURN p.name AS name, max(s.score) AS score""", """
			MATCH (e:Event) WHERE e.date >= $date RETURN e.channel AS channel, count(*) AS n""");

	@TempDir
	Path home;

	@Test
	void fiftyClientsThenAKillMidWriteLoseNothingAcknowledged() throws Exception {
		int port = ParleyProcess.freePort();
		var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", Integer.toString(port));
		ParleyProcess.seededHome(home);
		Process serve = ParleyProcess.builder(env, "serve").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		long acknowledged;
		try (var out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
				Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
						Config.builder().withLogging(Logging.none()).withMaxConnectionPoolSize(CLIENTS + 5)
							.withMaxTransactionRetryTime(2, TimeUnit.SECONDS).withConnectionTimeout(2, TimeUnit.SECONDS).build())) {
			assertThat(out.readLine()).startsWith("Serving ");
			long people = single(driver, "MATCH (p:Person) RETURN count(p) AS n");
			assertThat(people).isEqualTo(25);

			// a second Parley on the same home attaches to the serving one instead of opening the store (checked before
			// the load: under fifty clients on two cores its start alone took 20 s)
			assertThat(java.nio.file.Files.readString(home.resolve("parley.pid"))).contains("uri=bolt\\://127.0.0.1\\:" + port);
			// over Bolt: PARLEY_ATTACH=off, else the serving Parley runs the command itself (AttachedOneShotIT)
			var attached = ParleyProcess.run(withAttachOff(env), "status");
			assertThat(attached.code()).as(attached.toString()).isZero();
			assertThat(attached.out()).contains("(served by another Parley)").contains("bolt://127.0.0.1:" + port)
				.containsPattern("Person\\s+25");

			var errors = new ConcurrentLinkedQueue<Throwable>();
			var stop = new AtomicBoolean();
			var written = new AtomicLong();
			var reads = new AtomicLong();
			ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
			var started = new CountDownLatch(CLIENTS);
			pool.submit(() -> write(driver, written, stop, errors, started));
			for (int i = 1; i < CLIENTS; i++) {
				pool.submit(() -> read(driver, people, written, reads, stop, errors, started));
			}
			assertThat(started.await(120, TimeUnit.SECONDS)).as("all %d clients running", CLIENTS).isTrue();
			// the load runs until every reader has had its turns and the writer many commits (or a client fails)
			Waiting.until(Duration.ofSeconds(LOAD_LIMIT_SECONDS), "the readers' and the writer's turns", () -> !errors.isEmpty()
					|| reads.get() >= READS_PER_READER * (CLIENTS - 1) && written.get() >= WRITES);
			stop.set(true);
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			assertThat(errors).as("errors under load").isEmpty();
			System.out.printf("serve under %d clients: %d reads, %d writes, 0 errors%n", CLIENTS, reads.get(), written.get());
			assertThat(reads.get()).as("reads").isGreaterThan(CLIENTS);
			assertThat(written.get()).as("writes").isGreaterThanOrEqualTo(WRITES);
			assertThat(written.get()).isPositive();
			assertThat(single(driver, "MATCH (p:Probe) RETURN count(p) AS n")).isEqualTo(written.get());
			assertThat(single(driver, "MATCH (p:Probe)-[:OF]->(:Country {id: 'US'}) RETURN count(DISTINCT p.id) AS n"))
				.isEqualTo(written.get());

			// now kill the server with SIGKILL while one writer keeps committing
			var crashStop = new AtomicBoolean();
			var crashErrors = new ConcurrentLinkedQueue<Throwable>();
			var writer = Executors.newSingleThreadExecutor();
			writer.submit(() -> write(driver, written, crashStop, crashErrors, new CountDownLatch(1)));
			long before = written.get();
			Waiting.until(Duration.ofSeconds(60), "twenty commits before the kill", () -> written.get() >= before + 20 || !crashErrors.isEmpty());
			assertThat(crashErrors).as("errors before the kill").isEmpty();
			ParleyProcess.killHard(serve);
			crashStop.set(true);
			writer.shutdown();
			writer.awaitTermination(60, TimeUnit.SECONDS);
			acknowledged = written.get();
		}
		finally {
			if (serve.isAlive()) {
				ParleyProcess.killHard(serve);
			}
		}
		assertThat(home.resolve("parley.pid")).as("the killed server leaves its note behind").exists();

		Path script = home.resolve("after-crash.txt");
		java.nio.file.Files.writeString(script, """
				cypher "MATCH (p:Probe) RETURN count(p) AS probes, count(DISTINCT p.id) AS ids"
				status
				""");
		var after = ParleyProcess.run(env, "--file", script.toString());
		assertThat(after.code()).as(after.toString()).isZero();
		var counts = after.out().lines().filter(l -> l.strip().matches("\\d+\\s+\\d+")).findFirst().orElseThrow().strip()
			.split("\\s+");
		long probes = Long.parseLong(counts[0]);
		assertThat(probes).as("every acknowledged write survived; at most the one in flight more")
			.isBetween(acknowledged, acknowledged + 1);
		assertThat(Long.parseLong(counts[1])).isEqualTo(probes);
		assertThat(after.out()).contains("Data:          embedded store").containsPattern("Person\\s+25");
		assertThat(after.err()).doesNotContain("Exception");
	}

	private static void write(Driver driver, AtomicLong written, AtomicBoolean stop, ConcurrentLinkedQueue<Throwable> errors,
			CountDownLatch started) {
		started.countDown();
		try (var session = driver.session()) {
			while (!stop.get()) {
				long next = written.get() + 1;
				session.executeWrite(tx -> tx.run("""
						MATCH (c:Country {id: 'US'})
						CREATE (:Probe {id: 'probe-' + $n})-[:OF]->(c)""", Map.of("n", next)).consume());
				written.set(next);
			}
		}
		catch (Throwable ex) {
			if (!stop.get()) {
				errors.add(ex);
			}
		}
	}

	private static void read(Driver driver, long people, AtomicLong written, AtomicLong reads, AtomicBoolean stop,
			ConcurrentLinkedQueue<Throwable> errors, CountDownLatch started) {
		started.countDown();
		var random = ThreadLocalRandom.current();
		try (var session = driver.session()) {
			long lastProbes = 0;
			while (!stop.get()) {
				String query = READS.get(random.nextInt(READS.size()));
				var date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(8 * 365));
				var rows = session.executeRead(tx -> tx.run(query, Map.of("date", date)).list());
				assertThat(rows).isNotNull();
				long before = written.get();
				long[] now = session.executeRead(tx -> {
					var r = tx.run("MATCH (p:Person) WITH count(p) AS people OPTIONAL MATCH (q:Probe) RETURN people, count(q) AS probes").single();
					return new long[] { r.get("people").asLong(), r.get("probes").asLong() };
				});
				if (now[0] != people || now[1] < lastProbes || now[1] < before || now[1] > written.get() + 1) {
					throw new AssertionError("inconsistent counts: people " + now[0] + ", probes " + now[1]
							+ " (previously " + lastProbes + ", writer between " + before + " and " + written.get() + ")");
				}
				lastProbes = now[1];
				reads.incrementAndGet();
			}
		}
		catch (Throwable ex) {
			errors.add(ex);
		}
	}

	private static long single(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

	private static Map<String, String> withAttachOff(Map<String, String> env) {
		var off = new java.util.HashMap<>(env);
		off.put("PARLEY_ATTACH", "off");
		return off;
	}
}
