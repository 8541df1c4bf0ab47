package org.parley.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.summary.Plan;
import org.parley.errors.ParleyException;
import org.parley.generate.SyntheticNetwork;
import org.parley.graph.ContactTallies;
import org.parley.graph.StanceScores;
import org.parley.report.catalog.PackagedReports;
import org.parley.report.format.QueryResult;
import org.parley.testing.GraphTestBase;
import org.parley.testing.GraphTestBase.DropsCachedPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk loader and LOAD CSV on a small generated network, and the canned questions on what they loaded. */
@DropsCachedPlans
class BulkLoadIT extends GraphTestBase {

	@TempDir
	static Path tmp;

	static Path network;

	private static final String COUNTS = """
			CALL () { MATCH (n:Synthetic) RETURN count(n) AS nodes }
			CALL () { MATCH (:Person:Synthetic)-[r]->() RETURN count(r) AS fromPeople }
			CALL () { MATCH (:Event:Synthetic)<-[r:PARTICIPATED_IN]-() RETURN count(r) AS participations }
			CALL () { MATCH (:Evidence:Synthetic)-[r:FROM]->() RETURN count(r) AS evidence }
			RETURN nodes, fromPeople, participations, evidence""";

	@BeforeAll
	static void generate() {
		network = tmp.resolve("net");
		SyntheticNetwork.write(120, 1_500, 2, 7, network);
	}

	@Test
	void loadsOnceAndASecondRunChangesNothing() {
		BulkLoader.Result first = new BulkLoader(graph(), 200, 2, false).load(network);
		assertThat(first.alreadyLoaded()).isFalse();
		assertThat(count("MATCH (p:Person:Synthetic) RETURN count(p)")).isEqualTo(120);
		assertThat(count("MATCH (:Person:Synthetic)-[r:PARTICIPATED_IN]->(:Event:Synthetic) RETURN count(r)")).isEqualTo(1_500);
		assertThat(count("MATCH (e:Event:Synthetic) WHERE NOT EXISTS { (e)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Source) } RETURN count(e)"))
			.isZero();
		var before = query(COUNTS);
		assertThat(first.nodes()).isEqualTo(count("MATCH (n:Synthetic) RETURN count(n)"));

		BulkLoader.Result second = new BulkLoader(graph(), 200, 2, false).load(network);
		assertThat(second.alreadyLoaded()).isTrue();
		assertThat(query(COUNTS)).isEqualTo(before);
	}

	@Test
	void resumesFromItsCheckpointsWithoutDuplicates() {
		new BulkLoader(graph(), 200, 2, false).load(network);
		var complete = query(COUNTS);
		// undo the last batches of participations and the end marker, as if the process had died there
		graph().autoCommit("""
				MATCH (b:LoadBatch) WHERE b.id ENDS WITH '/done' OR b.id CONTAINS '/participations.csv/' AND toInteger(split(b.id, '/')[-1]) >= 4
				DETACH DELETE b""", Map.of());
		undoParticipationsFrom(network, 800);
		assertThat(count("MATCH ()-[r:PARTICIPATED_IN]->(:Event:Synthetic) RETURN count(r)")).isEqualTo(800);
		// resumed with another batch size (as `load --batch 300`, or a later version's default): the load keeps the
		// size it began with, else its batch 4 would be other rows than the committed batch 4
		BulkLoader.Result resumed = new BulkLoader(graph(), 300, 2, false).load(network);
		assertThat(resumed.skippedBatches()).isGreaterThan(0);
		assertThat(query(COUNTS)).isEqualTo(complete);
		assertThat(count("MATCH (b:LoadBatch) WHERE b.rows = 200 RETURN count(b)"))
			.isEqualTo(count("MATCH (b:LoadBatch) WHERE b.id CONTAINS '.csv/' RETURN count(b)")).isPositive();
	}

	@Test
	void resumesCheckpointsOfAnEarlierVersionWithItsBatchSize(@TempDir Path dir) {
		Path bigger = dir.resolve("net");
		SyntheticNetwork.write(300, 6_000, 2, 11, bigger);
		new BulkLoader(graph(), 5_000, 2, false).load(bigger); // as the only default before checkpoints kept their size
		var complete = query(COUNTS);
		// checkpoints as an earlier version wrote them (no size), and a run killed after the first 5,000 participations
		graph().autoCommit("MATCH (b:LoadBatch) REMOVE b.rows", Map.of());
		graph().autoCommit("MATCH (b:LoadBatch) WHERE b.id ENDS WITH '/done' OR b.id ENDS WITH '/participations.csv/1' DETACH DELETE b",
				Map.of());
		undoParticipationsFrom(bigger, 5_000);
		// the default here is 2,000 rows: its batch 1 would be rows 2,000-3,999, all of them committed already
		BulkLoader.Result resumed = new BulkLoader(graph(), null, 2, false).load(bigger);
		assertThat(resumed.skippedBatches()).isGreaterThan(0);
		assertThat(resumed.relationships()).as("the 1,000 undone participations, once").isEqualTo(1_000);
		assertThat(query(COUNTS)).isEqualTo(complete);

		graph().autoCommit("MATCH (b:LoadBatch) WHERE b.id ENDS WITH '/done' OR b.id ENDS WITH '/participations.csv/1' DETACH DELETE b",
				Map.of());
		graph().autoCommit("MATCH (b:LoadBatch) REMOVE b.rows", Map.of());
		graph().autoCommit("MATCH (b:LoadBatch) WITH b ORDER BY b.id LIMIT 1 SET b.rows = 300", Map.of());
		graph().autoCommit("MATCH (b:LoadBatch) WITH b ORDER BY b.id DESC LIMIT 1 SET b.rows = 5000", Map.of());
		assertThatThrownBy(() -> new BulkLoader(graph(), null, 2, false).load(bigger)).isInstanceOf(ParleyException.class)
			.hasMessageStartingWith("the checkpoints of this load record different batch sizes [300, 5000]");
		assertThat(query(COUNTS)).as("nothing written").isEqualTo(complete);
	}

	/** Deletes the participations of rows {@code first} on, as if the load had died before their batches. */
	private static void undoParticipationsFrom(Path network, int first) {
		List<Map<String, String>> later = new ArrayList<>();
		try (var reader = java.nio.file.Files.newBufferedReader(network.resolve(Table.PARTICIPATIONS.file()))) {
			var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader).getRecords();
			records.subList(first, records.size()).forEach(r -> later.add(Map.of("person", r.get("person"), "event", r.get("event"))));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		graph().autoCommit("""
				UNWIND $rows AS row
				MATCH (:Person {id: row.person})-[r:PARTICIPATED_IN]->(:Event {id: row.event}) DELETE r""", Map.of("rows", later));
	}

	/**
	 * Every node with its labels and properties, every relationship with its type, properties and ends, sorted; each
	 * property with its value's Cypher type, so that a date stored as text or an integer as a float shows.
	 */
	private static final String DUMP = """
			CALL () {
			  MATCH (n:Synthetic)
			  WITH n, COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } AS labels
			  RETURN n.id AS key, labels AS what, properties(n) AS props,
			    COLLECT { UNWIND keys(n) AS k RETURN k + ': ' + valueType(n[k]) } AS types
			  UNION ALL
			  MATCH (a:Synthetic)-[r]->(b)
			  RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, [type(r)] AS what, properties(r) AS props,
			    COLLECT { UNWIND keys(r) AS k RETURN k + ': ' + valueType(r[k]) } AS types
			}
			RETURN key, what, props, types""";

	/** The dump as sorted lines, properties in key order. */
	private static List<String> dump() {
		return query(DUMP).stream()
			.map(row -> row.get("key") + " " + row.get("what") + " " + new java.util.TreeMap<>((Map<?, ?>) row.get("props"))
					+ " " + new java.util.TreeSet<>((List<?>) row.get("types")))
			.sorted()
			.toList();
	}

	@Test
	void theJavaApiCypherAndLoadCsvBuildTheSameGraph() {
		assertThat(graph().inProcess()).as("the test store runs in this JVM, as a Parley's own home does").isTrue();
		BulkLoader.Result loaded = new BulkLoader(graph(), 200, 2, false).load(network);
		assertThat(loaded.unlinked()).isZero();
		var viaLoader = dump();
		long contacts = count("MATCH (e:Event:Contact) RETURN count(e)");
		assertThat(contacts).isPositive();
		assertThat(count(WRONGLY_CONTACT)).isZero();
		assertThat(viaLoader).anySatisfy(line -> assertThat(line).contains("[Person, Synthetic] {aliases=[], id=")
				.contains("aliases: LIST<NOTHING> NOT NULL"));
		assertThat(viaLoader).anySatisfy(line -> assertThat(line).contains("[Contact, Event, Synthetic]")
				.contains("contactSides: LIST<STRING NOT NULL> NOT NULL").contains("date: DATE NOT NULL"));
		assertThat(viaLoader).anySatisfy(line -> assertThat(line).contains("[Synthetic, Tenure]").doesNotContain("endPrecision"));
		assertThat(viaLoader).anySatisfy(line -> assertThat(line).contains("[Evidence, Synthetic]")
				.contains("anonymous=true").contains("infoGrade: INTEGER NOT NULL"));
		assertThat(count("MATCH (s:Stance:Synthetic) WHERE s.score IS :: FLOAT AND s.validFrom IS :: DATE RETURN count(s)"))
			.as("typed values, not text").isEqualTo(count("MATCH (s:Stance:Synthetic) RETURN count(s)")).isPositive();
		// derived data: the monthly tallies of contacts and the score timelines
		assertThat(count("MATCH (t:__ContactTally) RETURN count(t)")).isPositive();
		assertThat(query(ContactTallies.WRONG)).isEmpty();
		assertThat(query(StanceScores.WRONG)).isEmpty();

		for (String path : List.of("the loader's Cypher over Bolt", "LOAD CSV")) {
			graph().autoCommit("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n", Map.of());
			BulkLoader.Result other = path.equals("LOAD CSV") ? new LoadCsv(graph(), 500, false).load(network)
					: new BulkLoader(org.parley.graph.GraphAccess.overBolt(graph()), 200, 2, false).load(network);
			assertThat(other.relationships()).as(path).isEqualTo(loaded.relationships()).isGreaterThan(1_500);
			assertThat(other.nodes()).as(path).isEqualTo(loaded.nodes());
			var dump = dump();
			assertThat(dump).as(path).hasSize(viaLoader.size());
			for (int i = 0; i < viaLoader.size(); i++) { // one by one: a difference names its node or relationship
				assertThat(dump.get(i)).as(path).isEqualTo(viaLoader.get(i));
			}
			assertThat(count("MATCH (e:Event:Contact) RETURN count(e)")).as(path).isEqualTo(contacts);
			assertThat(query(ContactTallies.WRONG)).as(path).isEmpty();
		}
	}

	@Test
	void rowsNamingNodesThatExistNowhereAreLeftOutAndCounted(@TempDir Path dir) throws java.io.IOException {
		networkWithOneMoreParticipation(dir, "syn-p-nobody,syn-e0,counterpart,,syn-c00");
		for (var graph : List.of(graph(), org.parley.graph.GraphAccess.overBolt(graph()))) { // Java API, then Cypher
			graph().autoCommit("MATCH (n) WHERE n:Synthetic OR n:LoadBatch DETACH DELETE n", Map.of());
			BulkLoader.Result result = new BulkLoader(graph, 100, 2, false).load(dir);
			assertThat(result.unlinked()).isOne();
			assertThat(count("MATCH (:Person:Synthetic)-[r:PARTICIPATED_IN]->() RETURN count(r)")).isEqualTo(300);
			assertThat(LoadCommands.describe(result)).contains("1 rows named a node that is in neither the files nor the graph");
			// the Contact labels were derived again where the files' sides did not hold, and the tallies counted after them
			assertThat(count(WRONGLY_CONTACT)).isZero();
			assertThat(query(ContactTallies.WRONG)).isEmpty();
		}
	}

	@Test
	void rowsMayLinkToNodesAlreadyInTheGraph(@TempDir Path dir) throws java.io.IOException {
		loadSeed();
		networkWithOneMoreParticipation(dir, "steven-mnuchin,syn-e0,counterpart,us-treasury-secretary,US");
		BulkLoader.Result result = new BulkLoader(graph(), 100, 2, false).load(dir);
		assertThat(result.unlinked()).isZero();
		assertThat(count("MATCH (:Person {id: 'steven-mnuchin'})-[r:PARTICIPATED_IN]->(:Event {id: 'syn-e0'}) RETURN count(r)")).isOne();
	}

	@Test
	void idsTheGraphHoldsAreFoundWhetherItsIdsAreReadOrQueried(@TempDir Path dir) throws java.io.IOException {
		loadSeed();
		graph().autoCommit("CREATE (:Person {id: 5, name: 'a numeric id made by hand'}), (:Person {name: 'no id'})", Map.of());
		SyntheticNetwork.write(40, 300, 2, 9, dir);
		Path people = dir.resolve(Table.PEOPLE.file());
		Path events = dir.resolve(Table.EVENTS.file());
		List<String> peopleLines = java.nio.file.Files.readAllLines(people);
		List<String> eventLines = java.nio.file.Files.readAllLines(events);
		// a numeric id in the graph is not the text "5" of a file, as the query's {id: id} would not match it; nor is a
		// node without an id the text "null"
		peopleLines.set(3, peopleLines.get(3).replaceFirst("^[^,]+,", "5,"));
		peopleLines.set(4, peopleLines.get(4).replaceFirst("^[^,]+,", "null,"));
		java.nio.file.Files.write(people, peopleLines);
		eventLines.set(7, eventLines.get(7).replaceFirst("^[^,]+,", "stop-deal-2018-05,"));
		java.nio.file.Files.write(events, eventLines);
		assertThat(count("MATCH (e:Event {id: 'stop-deal-2018-05'}) RETURN count(e)")).isOne();
		// people's ids held and events' queried: the labels with at most as many nodes as Person, in all
		long persons = count("MATCH (p:Person) RETURN count(p)");
		long mixed = 0;
		for (String label : List.of("Country", "Organization", "Topic", "Post", "Source", "Person", "Tenure", "Evidence", "Event",
				"Stance")) {
			long n = count("MATCH (n:" + label + ") RETURN count(n)");
			mixed += n <= persons ? n : 0;
		}
		assertThat(count("MATCH (e:Event) RETURN count(e)")).isGreaterThan(persons);
		String eventsMessage = "events.csv:8: id 'stop-deal-2018-05' is already a Event in the graph";
		// all of the graph's ids read (the seed's few), none (every label queried), and some
		for (int limit : new int[] {IdCollisions.IN_MEMORY, 0, (int) mixed}) {
			IdCollisions ids = IdCollisions.of(graph(), limit);
			assertThat(ids.holds(Table.PEOPLE)).as("limit %d", limit).isEqualTo(limit > 0);
			assertThat(ids.holds(Table.EVENTS)).as("limit %d", limit).isEqualTo(limit == IdCollisions.IN_MEMORY);
			LoadFiles.check(dir, ids);
			assertThatThrownBy(() -> ids.check(graph(), dir)).as("limit %d", limit).hasMessageStartingWith(eventsMessage);
		}
		// two seed ids in people.csv: the first is named, and people comes before events whichever way each is checked
		peopleLines.set(9, peopleLines.get(9).replaceFirst("^[^,]+,", "steven-mnuchin,"));
		peopleLines.set(14, peopleLines.get(14).replaceFirst("^[^,]+,", "peter-navarro,"));
		java.nio.file.Files.write(people, peopleLines);
		for (int limit : new int[] {IdCollisions.IN_MEMORY, 0, (int) mixed}) {
			IdCollisions ids = IdCollisions.of(graph(), limit);
			LoadFiles.check(dir, ids);
			assertThatThrownBy(() -> ids.check(graph(), dir)).as("limit %d", limit)
				.hasMessageStartingWith("people.csv:10: id 'steven-mnuchin' is already a Person in the graph");
		}
		assertThat(count("MATCH (n:Synthetic) RETURN count(n)")).isZero();
	}

	@Test
	void cannedQuestionsAnswerOnGeneratedData() {
		new BulkLoader(graph(), 500, 2, false).load(network);
		String busiest = (String) query("""
				MATCH (p:Person:Synthetic)-[:PARTICIPATED_IN]->() WITH p.id AS id, count(*) AS n RETURN id ORDER BY n DESC, id LIMIT 1""")
			.get(0).get("id");
		var reports = new PackagedReports(graph());
		QueryResult counterparts = reports.run("counterparts", Map.of("person", busiest, "at", LocalDate.of(2026, 1, 1)));
		assertThat(counterparts.rows()).isNotEmpty();
		QueryResult summary = reports.run("person-summary", Map.of("person", busiest));
		assertThat(summary.rows()).hasSize(1);
		QueryResult channels = reports.run("channels", Map.of("by", "year", "sides", List.of("syn-c00", "syn-c01")));
		assertThat(channels.rows().size()).isGreaterThan(20);
		QueryResult roles = reports.run("roles", Map.of("person", busiest));
		QueryResult stance = reports.run("stance", Map.of("person", "syn-p0"));
		assertThat(roles.rows().size() + stance.rows().size()).isGreaterThan(0);
	}

	@Test
	void loaderStatementsStartFromIdIndexes() {
		for (Table table : Table.values()) {
			List<Object> row = table.columns().stream().<Object>map(c -> "x").toList();
			Plan plan = graph().inRead(tx -> tx.run("EXPLAIN " + table.unwind(), Map.of("rows", table.parameter(List.of(row)))).consume().plan());
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			assertThat(operators).as("%s: %s", table, operators)
				.noneMatch(op -> op.startsWith("AllNodesScan") || op.startsWith("NodeByLabelScan"));
			if (table != Table.TENURES) { // the planner keeps an Eager there (three matches, then create): a known gap
				assertThat(operators).as("%s: %s", table, operators).noneMatch(op -> op.startsWith("Eager"));
			}
		}
	}

	/** A small generated network whose participation file ends with one more line. */
	private static void networkWithOneMoreParticipation(Path dir, String line) throws java.io.IOException {
		SyntheticNetwork.write(40, 300, 2, 9, dir);
		java.nio.file.Files.writeString(dir.resolve(Table.PARTICIPATIONS.file()), line + "\n",
				java.nio.file.StandardOpenOption.APPEND);
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach(child -> collect(child, operators));
	}
}
