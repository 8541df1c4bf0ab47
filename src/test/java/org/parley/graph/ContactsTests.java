package org.parley.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactsTests {

	@Test
	void theRuleIsMigrationV0004sConditionWithTheLineThatRemovesTheLabelAndV0007sSidesThenTheTallies() {
		assertThat(Contacts.MARK_BY_ID).isEqualTo("""
				UNWIND $ids AS id
				MATCH (e:Event {id: id})
				WITH e, COUNT { MATCH (e)<-[r:PARTICIPATED_IN]-()
				                WHERE r.side IS NOT NULL AND NOT r.role IN ['subject', 'reporter']
				                RETURN DISTINCT r.side } > 1
				        AND NOT EXISTS { (e)-[:DURING]->(whole:Event) WHERE whole.channel = e.channel } AS contact
				FOREACH (_ IN CASE WHEN contact THEN [1] ELSE [] END | SET e:Contact)
				FOREACH (_ IN CASE WHEN contact THEN [] ELSE [1] END | REMOVE e:Contact)
				SET e.contactSides = CASE WHEN contact THEN COLLECT { MATCH (e)<-[r:PARTICIPATED_IN]-(:Person) WHERE r.side IS NOT NULL AND NOT r.role IN ['subject', 'reporter'] RETURN DISTINCT r.side AS side ORDER BY side } END
				""" + ContactTallies.OF_EVENTS);
	}

	@Test
	void aMissingMigrationIsSaidNotGuessed() {
		assertThatThrownBy(() -> Contacts.rule("neo4j/migrations/V9999__none.cypher"))
			.hasMessageContaining("V9999__none.cypher is not packaged");
	}
}
