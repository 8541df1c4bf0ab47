package org.parley.report.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import org.parley.errors.ParleyException;
import org.parley.graph.DerivedData;
import org.parley.graph.Graph;
import org.parley.report.format.QueryResult;

/**
 * Runs report and ad-hoc queries. A read is planned with {@code EXPLAIN} first and refused unless it is a plain
 * read of the graph ({@link PlainRead}: read-only to Neo4j, and no administration command, LOAD CSV or admin
 * procedure), so a write never starts (a report packaged in the jar was checked so by the build instead); it then
 * runs in a READ transaction, where the database itself refuses writes too. Writes (ad-hoc {@code --write} only)
 * run in a write transaction. Both have the configured query timeout.
 */
public final class QueryRunner {

	private static final Pattern LEADING_EXPLAIN = Pattern.compile("(?is)^\\s*(EXPLAIN|PROFILE)\\s+");

	/** "Caused by: org.apache.lucene...ParseException: " inside a procedure's message: Java's name, not the problem. */
	private static final Pattern JAVA_CAUSE = Pattern.compile("Caused by: (?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error): ");

	private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column \\d+ \\(offset: \\d+\\)\\)");

	/**
	 * What the messages say about the query being run.
	 * @param rejection the message when it writes: why it was refused and what to do
	 * @param missing   added to Neo4j's message when the query uses a parameter that was not given
	 * @param origin    the report file, to name {@code file:line} in syntax errors; {@code null} for ad-hoc Cypher
	 * @param queryLine the file line where the query starts
	 * @param packaged  whether the query is a report packaged in the jar, as read from it: the build plans each of
	 *                  them and checks that it is a plain read ({@code ReportPlansIT}), so it runs without the
	 *                  {@code EXPLAIN} round trip, which a one-shot command pays as a second cold planning (still in
	 *                  a READ transaction, where the database refuses writes)
	 */
	public record Purpose(String rejection, String missing, String origin, int queryLine, boolean packaged) {

		public Purpose(String rejection, String missing, String origin, int queryLine) {
			this(rejection, missing, origin, queryLine, false);
		}

		/** Running the saved report {@code name}: {@code packaged} when its text is the one in the jar. */
		public static Purpose report(String name, ReportFile report, boolean packaged) {
			return new Purpose("report '" + name + "' writes to the graph, but reports are read-only: "
					+ "writes are rejected and nothing was changed", "report '" + name + "' uses a parameter its header "
							+ "does not declare: add '// param: NAME TYPE' to " + report.origin(),
					report.origin(), report.queryLine(), packaged);
		}
	}

	/** Rows a query may return; a runaway result fails fast instead of filling the heap. */
	static final int MAX_ROWS = 500_000;

	private final Graph graph;

	public QueryRunner(Graph graph) {
		this.graph = graph;
	}

	/**
	 * Query texts Neo4j has planned as read-only: whether a query writes depends on its text alone, not on its
	 * parameters, so a report run again (a question asked 1,000 times) skips the EXPLAIN round trip. Bounded: an
	 * analyst's stream of ad-hoc queries only ever costs the EXPLAIN again.
	 */
	private static final Set<String> READ_ONLY = ConcurrentHashMap.newKeySet();

	private static final int READ_ONLY_LIMIT = 1_000;

	/** Runs a query that must only read: nothing runs if it would write. */
	public QueryResult read(String query, Map<String, Object> params, Purpose purpose) {
		String plain = LEADING_EXPLAIN.matcher(query).replaceFirst("");
		try {
			return graph.inRead(tx -> {
				if (!purpose.packaged() && !READ_ONLY.contains(plain)) {
					var planned = tx.run("EXPLAIN " + plain, params).consume();
					var refusal = PlainRead.refusal(planned);
					if (refusal.isPresent()) {
						throw new ParleyException(refusal.get().equals("writes") ? purpose.rejection()
								: notPlain(refusal.get(), purpose));
					}
					if (READ_ONLY.size() >= READ_ONLY_LIMIT) {
						READ_ONLY.clear();
					}
					READ_ONLY.add(plain);
				}
				long started = System.nanoTime();
				return collect(tx.run(query, params), started);
			});
		}
		catch (RuntimeException ex) {
			throw explain(ex, purpose, graph.timeout());
		}
	}

	/** Why a query Neo4j calls read-only still does not run as a read: it is administrative, or reads files. */
	static String notPlain(String reason, Purpose purpose) {
		return purpose.origin() == null
				? "the query " + reason + ", and cypher is read-only: it runs only plain reads of the graph, so nothing"
						+ " was run (add --write to allow it)"
				: purpose.origin() + ": the query " + reason + ", but reports are read-only: they run only plain reads"
						+ " of the graph, so nothing was run";
	}

	/**
	 * Runs a query that may write, all of it or none of it. When it changed data, the properties and labels every write
	 * keeps (the {@code Contact} label and a contact's sides, a stance's sides, a person's score timeline) are derived
	 * again for the whole graph in its transaction: nothing says which nodes an ad-hoc query touched.
	 */
	public QueryResult write(String query, Map<String, Object> params, Purpose purpose) {
		try {
			return graph.inWrite(tx -> {
				long started = System.nanoTime();
				var changed = new SummaryCounters[1];
				QueryResult result = collect(tx.run(query, params), started, counters -> changed[0] = counters);
				if (changedData(changed[0])) {
					// what every write keeps, for whatever the query changed: instant on the seed, 6-13 s at 1M
					DerivedData.markAll(tx);
				}
				return result;
			});
		}
		catch (RuntimeException ex) {
			throw explain(ex, purpose, graph.timeout());
		}
	}

	private static boolean changedData(SummaryCounters c) {
		return c.nodesCreated() + c.nodesDeleted() + c.relationshipsCreated() + c.relationshipsDeleted() + c.propertiesSet()
				+ c.labelsAdded() + c.labelsRemoved() > 0;
	}

	private static QueryResult collect(Result result, long started) {
		return collect(result, started, counters -> {
		});
	}

	private static QueryResult collect(Result result, long started, Consumer<SummaryCounters> summary) {
		List<String> columns = List.copyOf(result.keys());
		var rows = new ArrayList<List<Object>>();
		while (result.hasNext()) {
			if (rows.size() == MAX_ROWS) {
				throw new ParleyException("the query returns more than " + MAX_ROWS
						+ " rows, more than Parley prints or exports at once; add a LIMIT or aggregate");
			}
			Record record = result.next();
			var row = new ArrayList<Object>(columns.size());
			for (Value value : record.values()) {
				row.add(value.asObject());
			}
			rows.add(row);
		}
		SummaryCounters counters = result.consume().counters();
		summary.accept(counters);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new QueryResult(columns, rows, millis, updates(counters));
	}

	/** Turns the database's refusals into Parley's messages; other failures keep the {@link Graph} translation. */
	public static RuntimeException explain(RuntimeException failure, Purpose purpose, Duration timeout) {
		RuntimeException ex = Graph.translate(failure, timeout);
		Neo4jException neo = null;
		for (Throwable c = ex; c != null && neo == null; c = c.getCause()) {
			neo = c instanceof Neo4jException n ? n : null;
		}
		if (neo == null || neo.code() == null) {
			return ex;
		}
		if (neo.code().equals("Neo.ClientError.Statement.AccessMode")) {
			return new ParleyException(purpose.rejection(), neo);
		}
		if (String.valueOf(neo.getMessage()).startsWith("Cannot load from URL")) {
			return new ParleyException(Graph.oneLine(neo.getMessage()).replace(" ()", "") + "; Parley's database reads"
					+ " LOAD CSV files only from its import directory (data/import in PARLEY_HOME) and no URLs", neo);
		}
		if (neo.code().equals("Neo.ClientError.Statement.ParameterMissing")) {
			return new ParleyException(Graph.oneLine(neo.getMessage()) + "; " + purpose.missing(), neo);
		}
		if (purpose.origin() != null && ex instanceof ParleyException && !neo.code().contains("TransactionTimedOut")) {
			String message = Graph.oneLine(neo.getMessage());
			Matcher m = POSITION.matcher(message);
			int line = purpose.queryLine() + (m.find() ? Integer.parseInt(m.group(1)) - 1 : 0);
			message = m.replaceFirst("").replaceAll("\\s+$", "");
			int quote = message.indexOf(" \"");
			if (quote > 0 && message.startsWith("Invalid input")) {
				message = message.substring(0, quote);
			}
			return new ParleyException(purpose.origin() + ":" + line + ": " + message.strip(), neo);
		}
		if (ex instanceof ParleyException && JAVA_CAUSE.matcher(ex.getMessage()).find()) {
			return new ParleyException(JAVA_CAUSE.matcher(ex.getMessage()).replaceAll(""), neo);
		}
		return ex;
	}

	/** {@code 1 node created, 2 properties set}: the non-zero counters of a write. */
	public static String updates(SummaryCounters counters) {
		if (!counters.containsUpdates()) {
			return "";
		}
		var parts = new ArrayList<String>();
		count(parts, counters.nodesCreated(), "node", "created");
		count(parts, counters.nodesDeleted(), "node", "deleted");
		count(parts, counters.relationshipsCreated(), "relationship", "created");
		count(parts, counters.relationshipsDeleted(), "relationship", "deleted");
		count(parts, counters.propertiesSet(), "property", "set");
		count(parts, counters.labelsAdded(), "label", "added");
		count(parts, counters.labelsRemoved(), "label", "removed");
		count(parts, counters.indexesAdded(), "index", "added");
		count(parts, counters.indexesRemoved(), "index", "removed");
		count(parts, counters.constraintsAdded(), "constraint", "added");
		count(parts, counters.constraintsRemoved(), "constraint", "removed");
		return String.join(", ", parts);
	}

	private static void count(List<String> parts, int n, String noun, String verb) {
		if (n > 0) {
			String plural = noun.equals("property") ? "properties" : noun.equals("index") ? "indexes" : noun + "s";
			parts.add(n + " " + (n == 1 ? noun : plural) + " " + verb);
		}
	}
}
