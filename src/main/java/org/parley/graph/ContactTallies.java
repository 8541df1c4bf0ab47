package org.parley.graph;

import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * The monthly tallies of contacts ({@code __ContactTally}, migration {@code V0011} says what they hold) that
 * {@code channels} over all contacts counts when it is asked for no more than they hold (no event ids, no publication
 * date, whole months): at a million interactions about 750 tallies instead of 160,000 contacts. They are counted again
 * by every write Parley makes, for the months it touched: with the {@code Contact} label ({@link Contacts#MARK_BY_ID}:
 * {@code add event}, {@code merge}, {@code retract}, {@code ingest apply}), after bulk loads, seed loads, restore,
 * {@code unload} and {@code cypher --write} (all months). Each month's {@code __ContactMonth} node is its lock, so two
 * writes counting one month again wait for each other instead of each missing the other's contact.
 */
public final class ContactTallies {

	private ContactTallies() {
	}

	private static final String MIGRATION = SchemaMigrations.LOCATION + "/V0011__Contact_tallies.cypher";

	/** The rule for one month {@code month} (its first day): from the migration's MERGE on. */
	static final String RULE = StanceSides.between(MIGRATION, "MERGE (m:__ContactMonth", ";");

	/** Counts again the months of the events {@code e} of the rows before it (a statement's tail). */
	static final String OF_EVENTS = """
			WITH e WHERE e.date IS :: DATE NOT NULL
			WITH DISTINCT date.truncate('month', e.date) AS month
			ORDER BY month
			""" + RULE;

	/** Every month that has a contact, a lock or a tally (a month that is no date, made by hand, is left to WRONG). */
	private static final String ALL_MONTHS = """
			CALL () {
			  MATCH (e:Contact) WHERE e.date IS :: DATE NOT NULL RETURN DISTINCT date.truncate('month', e.date) AS month
			  UNION
			  MATCH (m:__ContactMonth) WHERE m.month IS :: DATE NOT NULL RETURN m.month AS month
			  UNION
			  MATCH (t:__ContactTally) WHERE t.month IS :: DATE NOT NULL RETURN DISTINCT t.month AS month
			}
			WITH month ORDER BY month
			""";

	/**
	 * What is wrong with the tallies (should be nothing): a tally that is not what the rule gives, one the rule gives
	 * that is missing, a tally without its month's lock.
	 */
	public static final String WRONG = """
			CALL () {
			  MATCH (e:Event:Contact) WHERE e.date IS :: DATE NOT NULL AND NOT e:Retracted AND e.status = 'happened'
			  WITH date.truncate('month', e.date) AS month, e {.datePrecision, .endDate, .contactSides, .channel, .count, .countAtLeast} AS x
			  WITH month, x.channel AS channel, x.contactSides AS sides,
			       CASE WHEN x.datePrecision = 'span' AND x.endDate IS :: DATE NOT NULL THEN date.truncate('month', x.endDate) ELSE month END AS last,
			       sum(coalesce(x.count, 1)) AS contacts, any(v IN collect(x.countAtLeast) WHERE v) AS atLeast
			  RETURN 'missing' AS kind, month, last, channel, [s IN sides | s] AS sides, contacts, atLeast
			  UNION ALL
			  MATCH (t:__ContactTally)
			  RETURN 'wrong' AS kind, t.month AS month, t.lastMonth AS last, t.channel AS channel, [s IN t.sides | s] AS sides,
			         t.contacts AS contacts, t.atLeast AS atLeast
			}
			WITH month, last, channel, sides, contacts, atLeast, collect(kind) AS kinds
			WHERE size(kinds) <> 2 OR kinds[0] = kinds[1]
			RETURN kinds[0] + ' tally ' + coalesce(toString(month), '-') + ' ' + coalesce(toString(last), '-') + ' '
			       + coalesce(channel, '-') + ' ' + reduce(text = '', s IN coalesce(sides, []) | text + s + ',') + ' '
			       + coalesce(toString(contacts), '-') + ' ' + coalesce(toString(atLeast), '-') AS id
			UNION ALL
			MATCH (t:__ContactTally) WHERE NOT EXISTS { MATCH (:__ContactMonth {month: t.month}) }
			RETURN 'tally without its month ' + toString(t.month) AS id""";

	/** Counts every month again, in the caller's transaction (a seed load, a restore, {@code cypher --write}). */
	public static void markAll(TransactionContext tx) {
		tx.run(ALL_MONTHS + RULE).consume();
	}

	/** Counts every month again, 12 months a transaction (after a bulk load, a restore in batches, {@code unload}). */
	public static void markAll(Graph graph) {
		graph.autoCommit(ALL_MONTHS + "CALL (month) {\n" + RULE + "} IN TRANSACTIONS OF 12 ROWS", Map.of());
	}
}
