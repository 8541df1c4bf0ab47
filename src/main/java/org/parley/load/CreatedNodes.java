package org.parley.load;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.neo4j.graphdb.Label;

/**
 * The nodes a load has created and committed, by label and id, so that the rows of later tables find them without an
 * index seek each: at 1,000,000 interactions the participations name events a million times, and the events and
 * stances name evidence 350,000 times. A node is held as a 64-bit hash of its id and its internal id (16 bytes in a
 * primitive map, no id text kept), up to {@link #LIMIT} nodes a load; the nodes of later tables are then found by the
 * index as before. What is found here is never trusted alone: {@link InProcessRows} uses the node only if it still has
 * the label and the id (a node deleted by someone else meanwhile, its internal id taken again, or two ids of one hash),
 * else it asks the index.
 * <p>
 * Filled by the loader's main thread between tables, from the batches of a table that committed; read by the writing
 * threads of the tables after it (no table reads the label it creates), so no lock is needed.
 */
final class CreatedNodes {

	/** The most nodes held: at 1,000,000 interactions a load creates 810,000 nodes that later tables name. */
	static final int LIMIT = 1_000_000;

	private static final long NONE = -1;

	private final Map<Label, LongLongHashMap> byLabel = new HashMap<>();

	private final int limit;

	private int size;

	CreatedNodes() {
		this(LIMIT);
	}

	/** Holding at most {@code limit} nodes (for tests; a load holds {@link #LIMIT}). */
	CreatedNodes(int limit) {
		this.limit = limit;
	}

	/** What one batch created: the label, each node's id hash and internal id in the same order. */
	record Batch(Label label, long[] idHashes, long[] nodeIds) {
	}

	/** Holds a committed batch's nodes, while there is room. */
	void add(Batch batch, int expected) {
		if (batch == null || batch.label() == null) {
			return;
		}
		if (size >= limit) {
			return;
		}
		var ids = byLabel.computeIfAbsent(batch.label(), l -> new LongLongHashMap(Math.min(expected, limit)));
		for (int i = 0; i < batch.nodeIds().length && size < limit; i++) {
			if (batch.nodeIds()[i] >= 0 && ids.getIfAbsentPut(batch.idHashes()[i], batch.nodeIds()[i]) == batch.nodeIds()[i]) {
				size++;
			}
		}
	}

	/** The internal id of the node of this label and id a batch created, if held: a candidate to check, not an answer. */
	long candidate(Label label, Object id) {
		var ids = byLabel.get(label);
		return ids == null || !(id instanceof String text) ? NONE : ids.getIfAbsent(hash(text), NONE);
	}

	static boolean none(long candidate) {
		return candidate == NONE;
	}

	int size() {
		return size;
	}

	/** Two 32-bit hashes of the id's characters (String's own and FNV-1a) as one 64-bit key. */
	static long hash(String id) {
		int fnv = 0x811c9dc5;
		for (int i = 0; i < id.length(); i++) {
			fnv = (fnv ^ id.charAt(i)) * 0x01000193;
		}
		return ((long) id.hashCode() << 32) | (fnv & 0xffffffffL);
	}
}
