package org.parley.report.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which operators of a plan Neo4j calls read-only but a read-only report or cypher must not run. */
class PlainReadTests {

	@Test
	void administrationOperatorsAreNotPlainReads() {
		assertThat(PlainRead.operator("TerminateTransactions@neo4j", "")).hasValueSatisfying(
				reason -> assertThat(reason).contains("terminates transactions"));
		assertThat(PlainRead.operator("ShowTransactions@neo4j", "")).hasValueSatisfying(
				reason -> assertThat(reason).contains("ShowTransactions"));
		assertThat(PlainRead.operator("ShowSettings@neo4j", "")).isPresent();
		assertThat(PlainRead.operator("AdministrationCommand@system", "")).isPresent();
		assertThat(PlainRead.operator("LoadCSV@neo4j", "")).hasValueSatisfying(
				reason -> assertThat(reason).contains("LOAD CSV"));
	}

	@Test
	void onlyProceduresThatReadTheGraphMayBeCalled() {
		assertThat(PlainRead.operator("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)")).isEmpty();
		assertThat(PlainRead.operator("ProcedureCall@neo4j", "`db`.`labels`() :: (label :: STRING)")).isEmpty();
		assertThat(PlainRead.operator("ProcedureCall@neo4j", "db.schema.visualization()")).isEmpty();
		assertThat(PlainRead.operator("ProcedureCall@neo4j", "db.stats.clear($section)")).hasValueSatisfying(
				reason -> assertThat(reason).contains("db.stats.clear"));
		assertThat(PlainRead.operator("ProcedureCall@neo4j", "db.prepareForReplanning()")).isPresent();
		assertThat(PlainRead.operator("ProcedureCall@neo4j", "")).hasValueSatisfying(
				reason -> assertThat(reason).contains("(unknown)"));
	}

	@Test
	void readingOperatorsArePlainReads() {
		for (String op : new String[] { "ProduceResults@neo4j", "AllNodesScan@neo4j", "NodeIndexSeek@neo4j", "Expand(All)@neo4j",
				"EagerAggregation@neo4j", "Projection@neo4j", "Limit@neo4j", "ShortestPath@neo4j" }) {
			assertThat(PlainRead.operator(op, "n")).as(op).isEmpty();
		}
	}
}
