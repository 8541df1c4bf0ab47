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
 * The {@code Contact} label: an {@code Event} that counts as one contact between the sides. It has participants of at
 * least two sides, neither a mere subject nor a reporter, and it is not a part of another event through the same
 * channel (a demand made during a call is the call, not a second contact). The label is derived from the event's
 * {@code PARTICIPATED_IN} and {@code DURING} relationships and kept by every write Parley makes (seed loads, bulk
 * loads, curation, restore, migration {@code V0004}), so that {@code channels} over all contacts reads the labelled
 * events instead of every participation's side and role and every event's relationships: at a million interactions
 * that cut the report from 1.1 s to about 0.5 s.
 */
public final class Contacts {

	private Contacts() {
	}

	/**
	 * The rule for one event {@code e}: sets or removes the label. Its condition is read from migration {@code V0004}
	 * (which only sets it), so it is written once; the migration file stays as applied, its checksum recorded.
	 */
	private static final String RULE = rule(SchemaMigrations.LOCATION + "/V0004__Contact_events.cypher")
			+ sides(SchemaMigrations.LOCATION + "/V0007__Contact_sides.cypher");

	/** The contacts whose {@code contactSides} are not what migration {@code V0007} gives (should be none). */
	public static final String WRONG_SIDES = """
			MATCH (e:Event)
			WITH e, CASE WHEN e:Contact THEN COLLECT { MATCH (e)<-[r:PARTICIPATED_IN]-(:Person)
			  WHERE r.side IS NOT NULL AND NOT r.role IN ['subject', 'reporter'] RETURN DISTINCT r.side AS side ORDER BY side } END AS sides
			WHERE coalesce(e.contactSides, ['none']) <> coalesce(sides, ['none'])
			RETURN e.id AS id ORDER BY id""";

	/**
	 * Marks or unmarks the events with these ids ({@code $ids}) and counts their months' tallies again
	 * ({@link ContactTallies}), in the caller's transaction (OGM or driver).
	 */
	public static final String MARK_BY_ID = """
			UNWIND $ids AS id
			MATCH (e:Event {id: id})
			""" + RULE + ContactTallies.OF_EVENTS;

	public static Map<String, Object> ids(Collection<String> ids) {
		return Map.of("ids", List.copyOf(ids));
	}

	/** Marks every event that is not synthetic (the seed's and the analysts'), in the seed load's transaction. */
	public static void markRecorded(TransactionContext tx) {
		tx.run("MATCH (e:Event) WHERE NOT e:Synthetic\n" + RULE).consume();
	}

	/** Marks every synthetic event after a bulk load, 10,000 events a transaction. */
	public static void markSynthetic(Graph graph) {
		markInBatches(graph, "MATCH (e:Event:Synthetic)");
	}

	/** Marks every event in the caller's transaction (after a restore, whose backup may predate the label). */
	public static void markAll(TransactionContext tx) {
		tx.run("MATCH (e:Event)\n" + RULE).consume();
	}

	/** Marks every event, 10,000 a transaction (after a restore in batches). */
	public static void markAll(Graph graph) {
		markInBatches(graph, "MATCH (e:Event)");
	}

	private static void markInBatches(Graph graph, String match) {
		graph.autoCommit(match + "\nCALL (e) {\n" + RULE + "} IN TRANSACTIONS OF 10000 ROWS", Map.of());
	}

	/** The migration's statement from {@code WITH e} on, without its {@code ;}, and the line that removes the label. */
	static String rule(String resource) {
		String migration = text(resource);
		int start = migration.indexOf("WITH e,");
		int end = migration.lastIndexOf(';');
		if (start < 0 || end < start) {
			throw new IllegalStateException(resource + " does not hold the Contact rule");
		}
		return migration.substring(start, end) + "\nFOREACH (_ IN CASE WHEN contact THEN [] ELSE [1] END | REMOVE e:Contact)\n";
	}

	/** Migration V0007's {@code SET}, for a contact only (null, that is no property, on any other event). */
	static String sides(String resource) {
		String migration = text(resource);
		String set = "SET e.contactSides = ";
		int start = migration.indexOf(set);
		int end = migration.lastIndexOf(';');
		if (start < 0 || end < start) {
			throw new IllegalStateException(resource + " does not hold the contact sides rule");
		}
		return set + "CASE WHEN contact THEN " + migration.substring(start + set.length(), end) + " END\n";
	}

	private static String text(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(resource + " is not packaged", ex);
		}
	}
}
