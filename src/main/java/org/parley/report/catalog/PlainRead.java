package org.parley.report.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Whether an {@code EXPLAIN}ed query is a plain read of the graph. Neo4j calls some administrative statements
 * read-only ({@code TERMINATE TRANSACTIONS}, {@code SHOW TRANSACTIONS}, {@code LOAD CSV}, admin procedures such as
 * {@code db.stats.clear}): they change nothing in the graph but end other people's work, read files or reveal what
 * others run. A read-only report or {@code cypher} runs none of them: only queries whose every operator reads the
 * graph, calling only the procedures listed here.
 */
public final class PlainRead {

	/** Procedures that only read the graph or its schema. */
	private static final Set<String> READ_PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
			"db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
			"db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "db.index.vector.querynodes",
			"db.index.vector.queryrelationships", "db.ping", "db.info");

	private PlainRead() {
	}

	/** Why the planned query is not a plain read, or empty when it is one. */
	public static Optional<String> refusal(ResultSummary plan) {
		Optional<String> administrative = plan.hasPlan() ? refusal(plan.plan()) : Optional.empty();
		if (administrative.isPresent() || plan.queryType() == QueryType.READ_ONLY) {
			return administrative;
		}
		return Optional.of("writes");
	}

	/** The gravest reason of any operator of the plan: ending others' transactions first. */
	public static Optional<String> refusal(Plan plan) {
		var reasons = new java.util.ArrayList<String>();
		collect(plan, reasons);
		return reasons.stream().filter(r -> r.startsWith("terminates")).findFirst().or(() -> reasons.stream().findFirst());
	}

	private static void collect(Plan plan, java.util.List<String> reasons) {
		operator(plan.operatorType(), details(plan)).ifPresent(reasons::add);
		for (Plan child : plan.children()) {
			collect(child, reasons);
		}
	}

	/**
	 * Why one operator is not a plain read: {@code operator} as the plan names it ({@code TerminateTransactions@neo4j}),
	 * {@code details} its description (for a procedure call, its signature).
	 */
	static Optional<String> operator(String operator, String details) {
		String op = operator.replaceAll("@.*$", "");
		if (op.startsWith("Terminate")) {
			return Optional.of("terminates transactions (an administration command)");
		}
		if (op.startsWith("Show")) {
			return Optional.of("is an administration command (" + op + ")");
		}
		if (op.contains("Administration") || op.contains("SystemProcedure")) {
			return Optional.of("is an administration command");
		}
		if (op.equals("LoadCSV")) {
			return Optional.of("reads a file or URL with LOAD CSV");
		}
		if (op.contains("ProcedureCall")) {
			String name = details.replaceAll("(?s)\\(.*$", "").replace("`", "").strip();
			if (!READ_PROCEDURES.contains(name.toLowerCase(Locale.ROOT))) {
				return Optional.of("calls procedure " + (name.isEmpty() ? "(unknown)" : name)
						+ ", which is not a plain read of the graph");
			}
		}
		return Optional.empty();
	}

	private static String details(Plan plan) {
		Value details = plan.arguments().get("Details");
		return details == null || details.isNull() ? "" : details.asString();
	}
}
