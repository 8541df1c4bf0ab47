package org.parley.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import org.parley.errors.ParleyException;
import org.parley.graph.DerivedData;
import org.parley.graph.Graph;
import org.parley.graph.Schema;
import org.parley.graph.StartupTrace;
import org.parley.cypher.CypherScript;

/**
 * Applies seed scripts, each recorded as a {@code SeedFile} node with its checksum in the same transaction, so a
 * file is applied again only when it changed. A load runs in one transaction: all of it, or none of it.
 */
public final class SeedLoader {

	private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(30);

	private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+)");

	private static final Pattern EXPECTED = Pattern.compile("expected (.*?)(?: \\(column \\d+\\))?$");

	/** Graphs larger than this are wiped in batches by {@code reset} instead of inside its one transaction. */
	private static final long SINGLE_TRANSACTION_RESET_LIMIT = 200_000;

	private final Graph graph;

	private final SeedSource source;

	SeedLoader(Graph graph, SeedSource source) {
		this.graph = graph;
		this.source = source;
	}

	/** A loader over the seed scripts in {@code directory}. */
	public static SeedLoader forDirectory(Graph graph, java.nio.file.Path directory) {
		return new SeedLoader(graph, new SeedSource(directory));
	}

	/** What happened to one file: everything it created, deleted and changed, from Neo4j's counters. */
	public record Applied(String name, String checksum, boolean changed, int statements, int nodesCreated,
			int relationshipsCreated, int propertiesSet, int nodesDeleted, int relationshipsDeleted, int labelsAdded,
			int labelsRemoved) {
	}

	/** How one seed file compares with what the graph recorded. */
	public record Drift(String name, String state, String fileChecksum, String loadedChecksum, String loadedAt) {
	}

	public String describeSource() {
		return source.describe();
	}

	/**
	 * Applies every new or changed file in file-name order, all in one transaction: each file is all or nothing,
	 * and an error anywhere leaves the graph exactly as it was. Unchanged files are skipped.
	 */
	public List<Applied> load() {
		return load(Progress.NONE);
	}

	/** What a long load says while it runs: each file as it starts, numbered among the files applied. */
	public interface Progress {

		Progress NONE = (number, total, name) -> {
		};

		void file(int number, int total, String name);
	}

	/** {@link #load()}, telling {@code progress} of each file it applies. */
	public List<Applied> load(Progress progress) {
		var files = source.files();
		files.forEach(SeedFile::statements); // a script that cannot be split fails before anything is written
		var loaded = loadedChecksums();
		var pending = files.stream().filter(f -> !f.checksum().equals(loaded.get(f.name()))).toList();
		var applied = pending.isEmpty() ? List.<Applied>of()
				: graph.inWrite(tx -> {
					var done = new ArrayList<Applied>();
					for (SeedFile file : pending) {
						progress.file(done.size() + 1, pending.size(), file.name());
						done.add(apply(tx, file));
					}
					DerivedData.markRecorded(tx);
					return done;
				}, LOAD_TIMEOUT);
		var results = new ArrayList<Applied>();
		for (SeedFile file : files) {
			results.add(applied.stream()
				.filter(a -> a.name().equals(file.name()))
				.findFirst()
				.orElseGet(() -> new Applied(file.name(), file.checksum(), false, file.statements().size(), 0, 0, 0, 0, 0, 0, 0)));
		}
		return results;
	}

	/**
	 * What is data ({@link Schema#NOT_DATA}: not the schema's migration history nor channels' tallies and their months'
	 * locks, which are counted again after a load). A reset keeps the locks, which a concurrent write may be waiting for.
	 */
	private static final String DATA = String.join(" AND ", Schema.NOT_DATA.stream().map(label -> "NOT n:" + label).toList());

	/** What a reset deletes: all but the migration history and the months' locks (the tallies are counted again). */
	private static final String RESET = "NOT n:__Neo4jMigration AND NOT n:__ContactMonth";

	/** Wipes all data (the schema and its migration history stay) and loads every file again. */
	public List<Applied> reset() {
		var files = source.files();
		files.forEach(SeedFile::statements);
		long nodes = graph.read("MATCH (n) WHERE " + DATA + " RETURN count(n) AS n", Map.of(),
				r -> r.get("n").asLong()).get(0);
		if (nodes <= SINGLE_TRANSACTION_RESET_LIMIT) {
			return graph.inWrite(tx -> {
				tx.run("MATCH (n) WHERE " + RESET + " DETACH DELETE n").consume();
				List<Applied> done = files.stream().map(file -> apply(tx, file)).toList();
				DerivedData.markRecorded(tx);
				return done;
			}, LOAD_TIMEOUT);
		}
		graph.autoCommit("MATCH (n) WHERE " + RESET + "\nCALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
				Map.of());
		return load();
	}

	/** Every seed file with its state: loaded, changed, new, or removed (recorded but no longer present). */
	public List<Drift> check() {
		var recorded = new LinkedHashMap<String, Map<String, Object>>();
		graph.read("MATCH (f:SeedFile) RETURN f.name AS name, f.checksum AS checksum, toString(f.appliedAt) AS at "
				+ "ORDER BY name", Map.of(), r -> r.asMap()).forEach(m -> recorded.put((String) m.get("name"), m));
		var drift = new ArrayList<Drift>();
		for (SeedFile file : source.files()) {
			var rec = recorded.remove(file.name());
			if (rec == null) {
				drift.add(new Drift(file.name(), "new", file.checksum(), null, null));
			}
			else {
				String state = file.checksum().equals(rec.get("checksum")) ? "loaded" : "changed";
				drift.add(new Drift(file.name(), state, file.checksum(), (String) rec.get("checksum"),
						(String) rec.get("at")));
			}
		}
		recorded.values().forEach(rec -> drift.add(new Drift((String) rec.get("name"), "removed", null,
				(String) rec.get("checksum"), (String) rec.get("at"))));
		return drift;
	}

	/** Whether the graph holds no data yet (migration history and channels' tallies aside; a restore's marker is data). */
	boolean isEmpty() {
		return graph.read("MATCH (n) WHERE " + DATA + " RETURN n LIMIT 1", Map.of(), r -> r).isEmpty();
	}

	private Applied apply(TransactionContext tx, SeedFile file) {
		int nodes = 0;
		int rels = 0;
		int props = 0;
		int nodesDeleted = 0;
		int relsDeleted = 0;
		int labelsAdded = 0;
		int labelsRemoved = 0;
		var statements = file.statements();
		for (CypherScript.Statement statement : statements) {
			SummaryCounters counters;
			try {
				long started = System.nanoTime();
				var hoisted = LiteralHoister.hoist(statement.text());
				counters = tx.run(hoisted.text(), hoisted.parameters()).consume().counters();
				StartupTrace.mark(String.format("%s:%d %d ms", file.name(), statement.line(), (System.nanoTime() - started) / 1_000_000));
			}
			catch (Neo4jException ex) {
				throw new ParleyException(position(file, statement, ex.getMessage()), ex);
			}
			nodes += counters.nodesCreated();
			rels += counters.relationshipsCreated();
			props += counters.propertiesSet();
			nodesDeleted += counters.nodesDeleted();
			relsDeleted += counters.relationshipsDeleted();
			labelsAdded += counters.labelsAdded();
			labelsRemoved += counters.labelsRemoved();
		}
		tx.run("""
				MERGE (f:SeedFile {name: $name})
				SET f.checksum = $checksum, f.appliedAt = datetime(), f.statements = $statements
				""", Map.of("name", file.name(), "checksum", file.checksum(), "statements", statements.size()))
			.consume();
		return new Applied(file.name(), file.checksum(), true, statements.size(), nodes, rels, props, nodesDeleted,
				relsDeleted, labelsAdded, labelsRemoved);
	}

	/** {@code seed/FILE.cypher:LINE: message}, with the line inside the statement added when Neo4j names one. */
	static String position(SeedFile file, CypherScript.Statement statement, String message) {
		String text = Graph.oneLine(message);
		int line = statement.line();
		Matcher m = POSITION.matcher(text);
		if (m.find()) {
			line += Integer.parseInt(m.group(1)) - 1;
			// the line is in the prefix; keep the column, drop Neo4j's echo of the statement
			text = text.substring(0, m.start()).replaceAll("[\\s(]+$", "") + " (column " + m.group(2) + ")";
		}
		return file.displayPath() + ":" + line + ": " + shortenExpected(text);
	}

	/** Neo4j lists every token it expected; three make the point. */
	private static String shortenExpected(String text) {
		Matcher m = EXPECTED.matcher(text);
		if (!m.find()) {
			return text;
		}
		String[] tokens = m.group(1).split(", ");
		if (tokens.length <= 4) {
			return text;
		}
		return text.substring(0, m.start(1)) + String.join(", ", java.util.Arrays.copyOf(tokens, 3)) + ", ..."
				+ text.substring(m.end(1));
	}

	private Map<String, String> loadedChecksums() {
		var loaded = new LinkedHashMap<String, String>();
		graph.read("MATCH (f:SeedFile) RETURN f.name AS name, f.checksum AS checksum", Map.of(), r -> r)
			.forEach(r -> loaded.put(r.get("name").asString(), r.get("checksum").asString(null)));
		return loaded;
	}
}
