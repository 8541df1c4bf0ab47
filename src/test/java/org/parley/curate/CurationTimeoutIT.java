package org.parley.curate;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curation command's one OGM transaction stops after the query timeout, as every other query does: here it waits
 * for a person another client holds locked, and is stopped with the same one line, writing nothing.
 */
class CurationTimeoutIT extends CurationTestBase {

	@Test
	void aCurationWriteWaitingPastTheTimeoutIsStoppedWithOneLineAndWritesNothing() {
		long aliases = count("MATCH (p:Person {id: 'liu-he'}) RETURN size(coalesce(p.aliases, [])) AS n");
		long edits = count("MATCH (e:Edit) RETURN count(e)");
		try (var driver = GraphDatabase.driver(boltUri()); var session = driver.session();
				var blocker = session.beginTransaction()) {
			blocker.run("MATCH (p:Person {id: 'liu-he'}) SET p.heldByAnotherClient = true").consume();
			Cli.Result result = Cli.run(List.of("--parley.neo4j.uri=" + boltUri(), "--parley.query-timeout=2s"), "alias",
					"Liu He", "Vice Premier Liu");
			assertThat(result.code()).as(result.toString()).isEqualTo(1);
			assertThat(result.out()).as(result.toString()).isEmpty();
			assertThat(result.err()).as(result.toString())
				.isEqualTo("parley: query stopped after 2 s (raise parley.query-timeout to allow longer queries)\n");
			blocker.rollback();
		}
		assertThat(count("MATCH (p:Person {id: 'liu-he'}) RETURN size(coalesce(p.aliases, [])) AS n")).isEqualTo(aliases);
		assertThat(count("MATCH (e:Edit) RETURN count(e)")).isEqualTo(edits);
		// and with the lock gone, the same command goes through
		assertThat(run("alias", "Liu He", "Vice Premier Liu").code()).isZero();
	}
}
