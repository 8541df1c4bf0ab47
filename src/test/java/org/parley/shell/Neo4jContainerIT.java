package org.parley.shell;

import org.parley.testing.Cli;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** Parley against a real Neo4j server image with authentication; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {

	@Container
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("parley-test-password");

	@Test
	void seedsAndReportsStatusOnAServerWithAuthentication() {
		var settings = List.of("--parley.neo4j.uri=" + NEO4J.getBoltUrl(), "--parley.neo4j.user=neo4j",
				"--parley.neo4j.password=parley-test-password");
		var load = Cli.run(settings, "seed", "load");
		assertThat(load.code()).as(load.toString()).isZero();
		var status = Cli.run(settings, "status");
		assertThat(status.code()).as(status.toString()).isZero();
		assertThat(status.out()).contains("external database " + NEO4J.getBoltUrl()).doesNotContain("parley-test-password");
		// the migrations' stance sides and their index answer a side's ranking on the server too
		var hawks = Cli.run(settings, "hawks", "--side", "CN", "--at", "2019-12-31", "--format", "csv");
		assertThat(hawks.code()).as(hawks.toString()).isZero();
		assertThat(hawks.out()).contains("Liu He,CN,").doesNotContain(",US,");
		var wrong = Cli.run(List.of("--parley.neo4j.uri=" + NEO4J.getBoltUrl(), "--parley.neo4j.password=wrong"), "status");
		assertThat(wrong.code()).isEqualTo(3);
		assertThat(wrong.err()).doesNotContain("wrong");
	}
}
