package org.parley.load;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.neo4j.graphdb.Label;

/**
 * The nodes a load has created and committed, by label and id, so that the rows of later tables find them without an
 * index seek each: at 1,000,000 interactions the participations name events a million times, and the events and
 * stances name evidence 350,000 times. A node is held as a 64-bit hash of its id and its internal id in a primitive
 * map (no id text kept; slots of 16 bytes, at most half of them used: about 42 MB for the 810,000 nodes held at 1M),
 * up to {@link #LIMIT} nodes a load, in table order; the nodes of later tables are then found by the index as before.
 * What is found here is never trusted alone: {@link InProcessRows} uses the node only if it still has the label and
 * the id (a node deleted by someone else meanwhile, its internal id taken again, or two ids of one hash), else it
 * asks the index.
 * <p>
 * Filled by the loader's main thread once every batch of a table has ended, from those that committed; read by the
 * writing threads of the tables after it, which the loader starts only then, so no lock is needed.
 */
final class CreatedNodes {

	/** The most nodes held: at 1,000,000 interactions a load creates 810,000 nodes that later tables name. */
	static final int LIMIT = 1_000_000;

	private static final long NONE = -1;

	private final Map<Label, LongLongHashMap> byLabel = new HashMap<>();

	private final int limit;

	private int size;

	/** Rows that found their node here (and checked it), counted by the writing threads. */
	private final AtomicLong used = new AtomicLong();

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

	/** Holds a committed batch's nodes, while there is room; {@code expected} is the rows of its table. */
	void add(Batch batch, long expected) {
		if (batch == null || batch.label() == null || size >= limit) {
			return;
		}
		var ids = byLabel.computeIfAbsent(batch.label(), l -> new LongLongHashMap((int) Math.min(expected, limit - size)));
		long[] hashes = batch.idHashes();
		long[] nodes = batch.nodeIds();
		for (int i = 0; i < nodes.length && size < limit; i++) {
			// a node without a text id is not held; of two ids of one hash, the first is
			if (nodes[i] >= 0 && ids.getIfAbsentPut(hashes[i], nodes[i]) == nodes[i]) {
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

	/** A row took the candidate: it still had the label and id. */
	void countUse() {
		used.incrementAndGet();
	}

	long used() {
		return used.get();
	}

	/** Forgets every node (the count of uses stays). */
	void clear() {
		byLabel.clear();
		size = 0;
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
