package org.parley.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Each person's score timeline, the properties {@code scoreDates}, {@code scores} and {@code rankedFrom} that
 * {@code hawks} ranks the top of a side by (migration {@code V0009} says what they hold). They are derived from the
 * person's stances and kept by every write Parley makes (seed loads, bulk loads, curation's {@code assess},
 * {@code merge} and {@code retract}, {@code ingest apply}, restore, {@code unload}, {@code cypher --write}, the
 * migration), so that the top of a ranking is
 * read from one index seek and one property per person of the side instead of from every stance of the side and its
 * assessors. Like {@link StanceSides}, the rule is written once, in the migration.
 */
public final class StanceScores {

	private StanceScores() {
	}

	private static final String MIGRATION = SchemaMigrations.LOCATION + "/V0009__Person_score_timelines.cypher";

	/** The subquery that computes them for one person {@code p}: {@code scoreDates}, {@code scores}, {@code rankedFrom}. */
	static final String TIMELINE = StanceSides.between(MIGRATION, "CALL (p) {", "SET p.scoreDates");

	/** The rule for one person {@code p}: the subquery and its SET, from the migration. */
	static final String RULE = StanceSides.between(MIGRATION, "CALL (p) {", ";");

	/** Sets them on the people with these ids ({@code $ids}), in the caller's transaction. */
	public static final String OF_PEOPLE = """
			UNWIND $ids AS id
			MATCH (p:Person {id: id})
			""" + RULE;

	/** Sets them on every person a stance with one of these ids ({@code $ids}) is of or compared with. */
	public static final String OF_STANCES = """
			UNWIND $ids AS id
			MATCH (:Stance {id: id})-[:OF|COMPARED_WITH]->(p:Person)
			WITH DISTINCT p
			""" + RULE;

	/**
	 * Sets them on every person of whom a stance assessed by the people with these ids is: a merge can make two of
	 * their assessors one.
	 */
	public static final String ASSESSED_BY_PEOPLE = """
			UNWIND $ids AS id
			MATCH (:Person {id: id})<-[:ASSESSED_BY]-(:Stance)-[:OF]->(p:Person)
			WITH DISTINCT p
			""" + RULE;

	/**
	 * The people whose properties are not what the rule gives (should be none). NaN, the score of a date on which no
	 * assessment has one, equals nothing, so the scores are compared as text.
	 */
	public static final String WRONG = "MATCH (p:Person)\n" + TIMELINE + """
			WITH p, scoreDates, scores, rankedFrom
			WHERE coalesce(p.scoreDates, []) <> coalesce(scoreDates, [])
			   OR [v IN coalesce(p.scores, []) | toString(v)] <> [v IN coalesce(scores, []) | toString(v)]
			   OR coalesce(toString(p.rankedFrom), '') <> coalesce(toString(rankedFrom), '')
			RETURN p.id AS id ORDER BY id""";

	public static Map<String, Object> ids(Collection<String> ids) {
		return Map.of("ids", List.copyOf(ids));
	}

	/** Sets them on every person who is not synthetic (the seed's and the analysts'), in the seed load's transaction. */
	public static void markRecorded(TransactionContext tx) {
		tx.run("MATCH (p:Person) WHERE NOT p:Synthetic\n" + RULE).consume();
	}

	/** Sets them on every person in the caller's transaction (after a restore, whose backup may predate them). */
	public static void markAll(TransactionContext tx) {
		tx.run("MATCH (p:Person)\n" + RULE).consume();
	}

	/** Sets them on every person, 10,000 a transaction (after a restore in batches). */
	public static void markAll(Graph graph) {
		inBatches(graph, "MATCH (p:Person)");
	}

	/**
	 * Sets them after a bulk load, 10,000 people a transaction: on every person a synthetic stance is of or compared
	 * with (a load only adds stances, so nobody else's can change): 1.2-1.8 s for the 30,000 people of the benchmark's
	 * 1M loads. On a served 1M store, these people took 0.5-0.9 s and every synthetic person 0.8-2.5 s.
	 */
	public static void markSynthetic(Graph graph) {
		inBatches(graph, "MATCH (:Stance:Synthetic)-[:OF|COMPARED_WITH]->(p:Person)\nWITH DISTINCT p");
	}

	private static void inBatches(Graph graph, String match) {
		graph.autoCommit(match + "\nCALL (p) {\n" + RULE + "} IN TRANSACTIONS OF 10000 ROWS", Map.of());
	}
}
