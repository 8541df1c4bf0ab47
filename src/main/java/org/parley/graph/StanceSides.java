package org.parley.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The properties {@code personSide} (the side of the person a {@code Stance} is {@code OF}) and {@code compares}
 * (whether it is {@code COMPARED_WITH} a person) of every stance: derived from its relationships and kept by every
 * write Parley makes (seed loads, bulk loads, curation's {@code assess} and {@code merge}, restore, migration
 * {@code V0006}), so that {@code hawks --side} seeks one side's stances up to a date by the index on
 * {@code (personSide, validFrom)} (and the few comparisons by {@code (compares, validFrom)}) instead of reading every
 * stance up to the date. Like {@link Contacts}, the rule is written once, in the migration.
 */
public final class StanceSides {

	private StanceSides() {
	}

	/** The rule for one stance {@code s}: its SET clause, read from migration {@code V0006}. */
	static final String RULE = rule(SchemaMigrations.LOCATION + "/V0006__Stance_sides.cypher");

	/** Sets the properties of the stances with these ids ({@code $ids}), in the caller's transaction. */
	public static final String BY_ID = """
			UNWIND $ids AS id
			MATCH (s:Stance {id: id})
			""" + RULE;

	/** Sets the properties of every stance of or compared with the people with these ids ({@code $ids}). */
	public static final String OF_PEOPLE = """
			UNWIND $ids AS id
			MATCH (:Person {id: id})<-[:OF|COMPARED_WITH]-(s:Stance)
			WITH DISTINCT s
			""" + RULE;

	/** The query a check compares with: stances whose properties are not what the rule gives (should be none). */
	public static final String WRONG = """
			MATCH (s:Stance)
			WITH s, head(COLLECT { MATCH (s)-[:OF]->(p:Person) RETURN p.side AS side ORDER BY side }) AS side,
			     EXISTS { (s)-[:COMPARED_WITH]->(:Person) } AS compares
			WHERE coalesce(s.personSide, '') <> coalesce(side, '') OR coalesce(s.compares, NOT compares) <> compares
			RETURN s.id AS id ORDER BY id""";

	public static Map<String, Object> ids(Collection<String> ids) {
		return Map.of("ids", List.copyOf(ids));
	}

	/** Sets them on every stance that is not synthetic (the seed's and the analysts'), in the seed load's transaction. */
	public static void markRecorded(TransactionContext tx) {
		tx.run("MATCH (s:Stance) WHERE NOT s:Synthetic\n" + RULE).consume();
	}

	/** Sets them on every stance in the caller's transaction (after a restore, whose backup may predate them). */
	public static void markAll(TransactionContext tx) {
		tx.run("MATCH (s:Stance)\n" + RULE).consume();
	}

	/** Sets them on every stance, 10,000 a transaction (after a restore in batches). */
	public static void markAll(Graph graph) {
		graph.autoCommit("MATCH (s:Stance)\nCALL (s) {\n" + RULE + "} IN TRANSACTIONS OF 10000 ROWS", Map.of());
	}

	/** The migration's statement from {@code SET} on, without its {@code ;}. */
	static String rule(String resource) {
		return between(resource, "SET s.personSide", ";");
	}

	/**
	 * A packaged migration's text from the first {@code from} up to its last {@code to} (not included), and a line end:
	 * the part of a migration that is a rule other writes repeat.
	 */
	static String between(String resource, String from, String to) {
		String migration;
		try {
			migration = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(resource + " is not packaged", ex);
		}
		int start = migration.indexOf(from);
		int end = migration.lastIndexOf(to);
		if (start < 0 || end < start) {
			throw new IllegalStateException(resource + " does not hold the rule from '" + from + "' to '" + to + "'");
		}
		return migration.substring(start, end) + "\n";
	}
}
