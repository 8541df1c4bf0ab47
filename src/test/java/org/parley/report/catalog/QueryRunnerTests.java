package org.parley.report.catalog;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.parley.errors.ParleyException;
import org.parley.graph.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/** How the database's refusals read once {@link QueryRunner} has explained them. */
class QueryRunnerTests {

	private static final QueryRunner.Purpose REPORT = new QueryRunner.Purpose("report 'x' is read-only",
			"declare it", "cypher/x.cypher", 5);

	private static final QueryRunner.Purpose AD_HOC = new QueryRunner.Purpose("cypher is read-only", "give it", null, 0);

	private static RuntimeException explain(ClientException ex, QueryRunner.Purpose purpose) {
		// the Graph helper has translated the driver's exception already when QueryRunner sees it
		return QueryRunner.explain(Graph.translate(ex, Duration.ofSeconds(30)), purpose, Duration.ofSeconds(30));
	}

	@Test
	void aWriteRefusedByTheReadTransactionGetsTheReadOnlyMessage() {
		var refused = new ClientException("Neo.ClientError.Statement.AccessMode",
				"Writing in read access mode not allowed. Attempted write to neo4j");
		assertThat(explain(refused, REPORT)).isInstanceOf(ParleyException.class).hasMessage("report 'x' is read-only");
		assertThat(explain(refused, AD_HOC)).hasMessage("cypher is read-only");
	}

	@Test
	void aMissingParameterSaysHowToGiveIt() {
		var missing = new ClientException("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): at");
		assertThat(explain(missing, AD_HOC)).hasMessage("Expected parameter(s): at; give it");
	}

	@Test
	void errorsInAReportsQueryNameTheFileLine() {
		var syntax = new ClientException("Neo.ClientError.Statement.SyntaxError",
				"Invalid input 'RETRUN': expected 'RETURN' (line 3, column 1 (offset: 20))\n\"RETRUN 1\"\n ^");
		assertThat(explain(syntax, REPORT)).hasMessage("cypher/x.cypher:7: Invalid input 'RETRUN': expected 'RETURN'");
		assertThat(explain(syntax, AD_HOC).getMessage()).startsWith("Invalid input 'RETRUN'").doesNotContain("\n");
	}

	@Test
	void aTimeoutSaysHowToAllowLongerQueries() {
		var timeout = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"The transaction has been terminated.");
		assertThat(explain(timeout, REPORT))
			.hasMessage("query stopped after 30 s (raise parley.query-timeout to allow longer queries)");
	}
}
