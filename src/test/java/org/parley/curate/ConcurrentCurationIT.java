package org.parley.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.parley.testing.GraphTestBase;
import org.parley.lookup.Names;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two analysts writing about one person at once, as two clients attached to one {@code serve} do: every alias each
 * recorded is kept (no lost update of the alias list), every edit gets its own id, and two overlapping tenures of
 * one person in one post cannot both pass the overlap check.
 */
class ConcurrentCurationIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	@Test
	void concurrentAliasesOfOnePersonAreAllKept() throws Exception {
		loadSeed();
		var revisions = new RevisionCommands(new OgmSessions(graph()), new Names(graph()));
		int writers = 2;
		int each = 6;
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			var done = new ArrayList<Future<?>>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < each; i++) {
						revisions.alias("liu-he", "Liu " + writer + "-" + i, "analyst-" + writer);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		@SuppressWarnings("unchecked")
		List<String> aliases = (List<String>) query("MATCH (p:Person {id: 'liu-he'}) RETURN p.aliases AS a").get(0).get("a");
		for (int w = 0; w < writers; w++) {
			for (int i = 0; i < each; i++) {
				assertThat(aliases).as("aliases of Liu He").contains("Liu " + w + "-" + i);
			}
		}
		assertThat(count("MATCH (e:Edit {action: 'alias', target: 'liu-he'}) RETURN count(e)")).isEqualTo(writers * each);
		assertThat(count("MATCH (p:Person) WHERE p.parleyLock IS NOT NULL RETURN count(p)")).isZero();
	}

	@Test
	void concurrentOverlappingAppointmentsRecordOneTenure() throws Exception {
		loadSeed();
		var tenures = new TenureCommands(new OgmSessions(graph()), new Names(graph()));
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		int recorded = 0;
		int refused = 0;
		try {
			var done = new ArrayList<Future<String>>();
			for (int w = 0; w < 2; w++) {
				String from = w == 0 ? "2030-01-01" : "2030-02-01";
				done.add(pool.submit(() -> {
					start.await();
					return tenures.appoint("liu-he", "us-trade-representative", from, null, "000_4f605919d46dec3e", "a");
				}));
			}
			start.countDown();
			for (Future<String> f : done) {
				try {
					assertThat(f.get()).startsWith("Recorded tenure");
					recorded++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).hasMessageContaining("overlaps");
					refused++;
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(recorded).isEqualTo(1);
		assertThat(refused).isEqualTo(1);
		assertThat(count("MATCH (:Person {id: 'liu-he'})-[:HELD]->(t:Tenure)-[:OF_POST]->(:Post {id: 'us-trade-representative'}) RETURN count(t)"))
			.isEqualTo(1);
	}
}
