package org.parley.graph;

import org.neo4j.driver.TransactionContext;

/**
 * Everything Parley derives from relationships and keeps by every write, derived again over a whole kind of node:
 * the {@code Contact} label and a contact's sides ({@link Contacts}), the contacts' monthly tallies
 * ({@link ContactTallies}), a stance's sides ({@link StanceSides}) and a
 * person's score timeline ({@link StanceScores}). Writes that know what they changed use those classes' narrower
 * statements; these are for writes that do not (a seed load, a restore, {@code unload}, {@code cypher --write}).
 * The months' locks come last, as in every write that counts a month again after locking people (curation), so two
 * such writes never wait for each other in opposite orders.
 */
public final class DerivedData {

	private DerivedData() {
	}

	/** Of everything that is not synthetic (the seed's and the analysts'), in the seed load's transaction. */
	public static void markRecorded(TransactionContext tx) {
		Contacts.markRecorded(tx);
		StanceSides.markRecorded(tx);
		StanceScores.markRecorded(tx);
		ContactTallies.markAll(tx); // every month: a changed seed script may have moved an event to another one
	}

	/** Of the whole graph, in the caller's transaction. */
	public static void markAll(TransactionContext tx) {
		Contacts.markAll(tx);
		StanceSides.markAll(tx);
		StanceScores.markAll(tx);
		ContactTallies.markAll(tx);
	}

	/** Of the whole graph, 10,000 nodes a transaction. */
	public static void markAll(Graph graph) {
		Contacts.markAll(graph);
		StanceSides.markAll(graph);
		StanceScores.markAll(graph);
		ContactTallies.markAll(graph);
	}
}
