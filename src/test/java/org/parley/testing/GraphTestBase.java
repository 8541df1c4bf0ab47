package org.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.parley.graph.EmbeddedNeo4j;
import org.parley.graph.Graph;
import org.parley.graph.GraphAccess;
import org.parley.graph.GraphTarget;
import org.parley.seed.SeedLoader;

/**
 * Base of every database test: one embedded Neo4j (Parley's own {@link EmbeddedNeo4j}, Bolt on a free port) per
 * test JVM with the schema migrated, and all data (not the migration history) deleted before each test. A class
 * marked {@link DropsCachedPlans} gets a second one instead, so the plans cached for every other class stay.
 */
public abstract class GraphTestBase {

	/** The project's seed directory (tests run from the project root). */
	protected static final Path SEED_DIR = Path.of("seed");

	/**
	 * Marks a test class whose tests make Neo4j drop every cached plan of its database: a bulk load or a restore (they
	 * call {@code db.prepareForReplanning}), or the test itself. It runs on a database of its own, shared only with
	 * other such classes; on the common one, every later class in the JVM would plan each of its queries again (about
	 * 100 s of the suite's planning, measured with Neo4j's query collector).
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Inherited
	public @interface DropsCachedPlans {
	}

	/** One embedded database of the test JVM, started on first use, and what is known about its seed graph. */
	private static final class Database {

		private EmbeddedNeo4j neo4j;

		private Graph graph;

		/** Transaction id right after the last full seed load; the seed is intact as long as nothing committed since. */
		private long pristineSeed = -1;

		private List<SeedLoader.Applied> lastSeedLoad = List.of();

		synchronized Graph graph() {
			if (graph == null) {
				try {
					Path home = Files.createTempDirectory("parley-it-");
					// tests empty and refill the store all the time: without this, the statistics' swings make Neo4j
					// plan the same queries again and again (most of the suite's time); plan tests reset plans explicitly
					neo4j = EmbeddedNeo4j.start(home, "127.0.0.1", 0, "64m", null,
							Map.of(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1)));
					var driver = GraphDatabase.driver(neo4j.uri(), AuthTokens.none(),
							Config.builder().withLogging(Logging.none()).build());
					graph = GraphAccess.migrated(driver, new GraphTarget(GraphTarget.Mode.EMBEDDED, neo4j.uri(), home),
							Duration.ofSeconds(60), neo4j);
					EmbeddedNeo4j started = neo4j;
					Runtime.getRuntime().addShutdownHook(new Thread(() -> {
						driver.close();
						started.close();
					}));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return graph;
		}

		/** The embedded store, started on first use. */
		EmbeddedNeo4j neo4j() {
			graph();
			return neo4j;
		}
	}

	private static final Database COMMON = new Database();

	private static final Database OWN = new Database();

	/** The database of the test class running now (test classes of one JVM run one after another). */
	private static volatile Database current = COMMON;

	@BeforeAll
	static void chooseDatabase(TestInfo test) {
		current = test.getTestClass().filter(c -> c.isAnnotationPresent(DropsCachedPlans.class)).isPresent() ? OWN : COMMON;
	}

	protected static Graph graph() {
		return current.graph();
	}

	/** Bolt URI of the test database, for running Parley against it in external mode. */
	protected static String boltUri() {
		return current.neo4j().uri();
	}

	/** Id of the last committed transaction of the test database: it moves with every write, never with a read. */
	protected static long lastCommittedTransactionId() {
		return current.neo4j().lastCommittedTransactionId();
	}

	private boolean seedKept;

	/**
	 * Whether every test of the class starts by loading the seed: then an intact seed graph left by the previous
	 * test (no write committed since it was loaded) is kept instead of being deleted and loaded again.
	 */
	protected boolean usesSeed() {
		return false;
	}

	@BeforeEach
	void resetGraph() {
		Database db = current;
		seedKept = usesSeed() && db.pristineSeed >= 0 && db.neo4j().lastCommittedTransactionId() == db.pristineSeed;
		if (!seedKept) {
			clearData();
		}
	}

	/** Deletes all data, not the migration history. */
	protected void clearData() {
		graph().autoCommit("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n", Map.of());
		current.pristineSeed = -1;
	}

	/** Loads the project's seed scripts through the real loader (or keeps the intact seed graph of the last test). */
	protected List<SeedLoader.Applied> loadSeed() {
		Database db = current;
		if (seedKept) {
			seedKept = false;
			return db.lastSeedLoad;
		}
		boolean empty = count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)") == 0;
		var applied = SeedLoader.forDirectory(db.graph(), SEED_DIR).load();
		if (empty) {
			db.lastSeedLoad = applied;
			db.pristineSeed = db.neo4j().lastCommittedTransactionId();
		}
		return applied;
	}

	/** Counts events whose {@code Contact} label disagrees with their participations and parts: the rule written once more. */
	protected static final String WRONGLY_CONTACT = """
			MATCH (e:Event)
			OPTIONAL MATCH (e)<-[r:PARTICIPATED_IN]-()
			WHERE r.side IS NOT NULL AND NOT r.role IN ['subject', 'reporter']
			WITH e, count(DISTINCT r.side) >= 2 AS sides
			OPTIONAL MATCH (e)-[:DURING]->(whole:Event)
			WITH e, sides, sum(CASE WHEN whole.channel = e.channel THEN 1 ELSE 0 END) > 0 AS part
			WHERE (sides AND NOT part) <> e:Contact
			RETURN count(e) AS n
			""";

	protected static List<Map<String, Object>> query(String cypher, Map<String, Object> params) {
		return graph().read(cypher, params, r -> r.asMap());
	}

	protected static List<Map<String, Object>> query(String cypher) {
		return query(cypher, Map.of());
	}

	protected static long count(String cypher) {
		return ((Number) query(cypher).get(0).values().iterator().next()).longValue();
	}
}
