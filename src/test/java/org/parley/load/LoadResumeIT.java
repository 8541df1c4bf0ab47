package org.parley.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.parley.generate.SyntheticNetwork;
import org.parley.graph.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar loads a generated network, is killed with SIGKILL part-way, and a second run completes it: exact
 * counts, no duplicates, and the second run says it resumed.
 */
class LoadResumeIT {

	@TempDir
	Path tmp;

	@Test
	void aKilledLoadResumesWithoutDuplicates() throws Exception {
		Path csv = tmp.resolve("csv");
		var counts = SyntheticNetwork.write(300, 6_000, 2, 3, csv);
		Path home = tmp.resolve("home");

		Process first = start(home, csv).redirectErrorStream(true).start();
		List<String> seen = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				seen.add(line);
				if (line.startsWith("evidence") && line.contains(" in ")) {
					first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean store shutdown
					break;
				}
			}
		}
		first.waitFor(60, TimeUnit.SECONDS);
		assertThat(first.exitValue()).as("killed before the end: %s", seen).isNotZero();

		Process second = start(home, csv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(second.exitValue()).as(out).isZero();
		assertThat(out).contains("resumed");

		try (var neo4j = EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m");
				var driver = GraphDatabase.driver(neo4j.uri(), AuthTokens.none());
				var session = driver.session()) {
			var row = session.run("""
					CALL () { MATCH (p:Person:Synthetic) RETURN count(p) AS people, count(DISTINCT p.id) AS ids }
					CALL () { MATCH (e:Event:Synthetic) RETURN count(e) AS events }
					CALL () { MATCH (:Person)-[r:PARTICIPATED_IN]->(:Event:Synthetic) RETURN count(r) AS participations }
					CALL () { MATCH (:Event:Synthetic)-[r:EVIDENCED_BY]->() RETURN count(r) AS evidenced }
					RETURN people, ids, events, participations, evidenced""").single().asMap();
			assertThat(row).isEqualTo(Map.of("people", 300L, "ids", 300L, "events", counts.get(Table.EVENTS),
					"participations", 6_000L, "evidenced", counts.get(Table.EVENTS)));
		}
		assertThat(Files.exists(home)).isTrue();
	}

	/** The jar's {@code load}; with the client compiler only, which suits a load of seconds (8 s less of this test). */
	private static ProcessBuilder start(Path home, Path csv) {
		return ParleyProcess.builder(Map.of(), "--parley.home=" + home, "--parley.bolt-port=0", "--parley.auto-seed=false",
				"load", csv.toString(), "--batch", "500");
	}
}
