package org.parley.shell;

import org.parley.testing.Cli;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** External mode against a separately started Neo4j server (neo4j-harness, in-process): no embedded store opens. */
class ExternalServerIT {

	private static Neo4j server;

	@BeforeAll
	static void start() {
		server = Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// as Parley's own embedded server (EmbeddedNeo4j): Bolt stops at once instead of after 5 s of quiet
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void migratesSeedsAndReportsTheExternalServer() {
		var settings = List.of("--parley.neo4j.uri=" + server.boltURI(), "--parley.home=target/never-created");
		var load = Cli.run(settings, "seed", "load");
		assertThat(load.code()).as(load.toString()).isZero();
		assertThat(load.out()).containsPattern("\\d+ of \\d+ seed files applied");
		var status = Cli.run(settings, "status");
		assertThat(status.code()).as(status.toString()).isZero();
		assertThat(status.out()).contains("external database " + server.boltURI()).contains("Schema:        migration ");
		assertThat(java.nio.file.Path.of("target/never-created")).doesNotExist();
		try (var tx = server.defaultDatabaseService().beginTx()) {
			assertThat(tx.execute("MATCH (c:Country) RETURN count(c) AS n").<Long>columnAs("n").next()).isPositive();
		}
	}
}
