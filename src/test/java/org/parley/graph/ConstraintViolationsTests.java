package org.parley.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConstraintViolationsTests {

	@Test
	void aTakenIdIsNamedWithWhatToDo() {
		assertThat(ConstraintViolations.explain("Node(0) already exists with label `Country` and property `id` = 'US'"))
			.isEqualTo("a Country with id 'US' already exists (node 0), and each Country's id is unique: nothing was"
					+ " changed; use another id, or change the existing node with MATCH (n:Country {id: 'US'}) SET ...");
	}

	@Test
	void aSyntheticIdPointsToUnload() {
		assertThat(ConstraintViolations.explain("Node(503) already exists with label `Country` and property `id` = 'syn-c1'"))
			.isEqualTo("a Country with id 'syn-c1' already exists (node 503), and each Country's id is unique: nothing"
					+ " was changed; it belongs to a synthetic network already loaded: 'unload --yes' removes that"
					+ " network (the seed stays), then generate or load again");
	}

	@Test
	void anEventIsAnEvent() {
		assertThat(ConstraintViolations.explain("Node(7) already exists with label `Event` and property `id` = 'x'"))
			.startsWith("an Event with id 'x' already exists (node 7)");
	}

	@Test
	void otherMessagesAreLeftAlone() {
		assertThat(ConstraintViolations.explain("Node(5) with label `Person` must have the property `id`")).isNull();
	}
}
