package org.parley.load;

import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Label;

import static org.assertj.core.api.Assertions.assertThat;

/** What the loader holds of the nodes it created: by label and id, up to its limit, never a guess for a clash. */
class CreatedNodesTests {

	private static final Label EVENT = Label.label("Event");

	private static final Label PERSON = Label.label("Person");

	private static CreatedNodes.Batch batch(Label label, String... ids) {
		long[] hashes = new long[ids.length];
		long[] nodes = new long[ids.length];
		for (int i = 0; i < ids.length; i++) {
			hashes[i] = CreatedNodes.hash(ids[i]);
			nodes[i] = 100 + i;
		}
		return new CreatedNodes.Batch(label, hashes, nodes);
	}

	@Test
	void aNodeIsFoundByItsLabelAndIdOnly() {
		var created = new CreatedNodes();
		created.add(batch(EVENT, "syn-e0", "syn-e1", "syn-e10"), 3);
		assertThat(created.candidate(EVENT, "syn-e0")).isEqualTo(100);
		assertThat(created.candidate(EVENT, "syn-e10")).isEqualTo(102);
		assertThat(CreatedNodes.none(created.candidate(EVENT, "syn-e2"))).isTrue();
		assertThat(CreatedNodes.none(created.candidate(PERSON, "syn-e0"))).as("another label").isTrue();
		assertThat(CreatedNodes.none(created.candidate(EVENT, 0L))).as("an id that is no text").isTrue();
		assertThat(created.size()).isEqualTo(3);
	}

	@Test
	void holdsNoMoreThanItsLimitAndNothingItCannotTellApart() {
		var created = new CreatedNodes(2);
		created.add(batch(PERSON, "a", "b", "c"), 3);
		created.add(batch(EVENT, "d"), 1);
		assertThat(created.size()).isEqualTo(2);
		assertThat(created.candidate(PERSON, "b")).isEqualTo(101);
		assertThat(CreatedNodes.none(created.candidate(PERSON, "c"))).isTrue();
		assertThat(CreatedNodes.none(created.candidate(EVENT, "d"))).isTrue();

		// two ids of one hash: the first is held, the second is left to the index (InProcessRows checks the id anyway)
		var clash = new CreatedNodes();
		long hash = CreatedNodes.hash("x");
		clash.add(new CreatedNodes.Batch(EVENT, new long[] { hash, hash }, new long[] { 7, 8 }), 2);
		assertThat(clash.size()).isOne();
		assertThat(clash.candidate(EVENT, "x")).isEqualTo(7);
		// a node whose id was no text is not held
		clash.add(new CreatedNodes.Batch(PERSON, new long[] { 0 }, new long[] { -1 }), 1);
		assertThat(clash.size()).isOne();
		clash.add(null, 0);
		assertThat(clash.size()).isOne();
	}

	@Test
	void idsThatDifferAnywhereHashApart() {
		assertThat(CreatedNodes.hash("syn-e12")).isNotEqualTo(CreatedNodes.hash("syn-e21"))
			.isNotEqualTo(CreatedNodes.hash("syn-e1"));
		// the two halves are two hashes: ids of one String hash ("Aa" and "BB") still differ
		assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
		assertThat(CreatedNodes.hash("Aa")).isNotEqualTo(CreatedNodes.hash("BB"));
	}
}
