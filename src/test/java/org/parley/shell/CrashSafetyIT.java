package org.parley.shell;

import org.parley.testing.ParleyProcess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Parley processes killed with SIGKILL in the middle of writing: the store opens again, committed work is
 * intact, nothing half-done remains, and a rerun completes without duplicates. Two one-shot Parleys on one home
 * take turns instead of failing.
 */
class CrashSafetyIT {

	@TempDir
	Path home;

	@TempDir
	Path seeds;

	private Map<String, String> env() {
		var env = new HashMap<String, String>();
		env.put("PARLEY_HOME", home.toString());
		env.put("PARLEY_BOLT_PORT", Integer.toString(ParleyProcess.freePort()));
		env.put("PARLEY_AUTO_SEED", "false");
		env.put("PARLEY_SEED_DIR", seeds.toString());
		return env;
	}

	@Test
	void aSeedLoadKilledMidTransactionLeavesNothingAndARerunLoadsEverythingOnce() throws Exception {
		try (var files = Files.list(Path.of("seed"))) {
			for (Path file : files.toList()) {
				Files.copy(file, seeds.resolve(file.getFileName()));
			}
		}
		// a file between the real ones whose second statement keeps the one seed transaction open for a while; its
		// first statement, traced when done, says the four files before it are written and the slow one has begun
		Path slow = seeds.resolve("05_slow.cypher");
		Files.writeString(slow, "RETURN 'the slow statement is next' AS marker;\n"
				+ "UNWIND range(1, 400000000) AS i WITH i WHERE i = 0 CREATE (:Never);\n");
		var env = env();
		env.put("PARLEY_TRACE", "1");
		Process load = ParleyProcess.builder(env, "seed", "load").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		try (var err = new BufferedReader(new InputStreamReader(load.getErrorStream(), StandardCharsets.UTF_8))) {
			var slowStatementBegun = CompletableFuture.supplyAsync(() -> {
				try {
					for (String line = err.readLine(); line != null; line = err.readLine()) {
						if (line.contains("] 05_slow.cypher:1 ")) {
							return true;
						}
					}
					return false;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			try {
				assertThat(slowStatementBegun.get(300, TimeUnit.SECONDS)).as("the load reached the slow statement").isTrue();
				assertThat(load.isAlive()).as("seed load still running when killed").isTrue();
			}
			finally {
				ParleyProcess.killHard(load);
			}
		}

		Files.writeString(slow, "UNWIND range(1, 10) AS i WITH i WHERE i = 0 CREATE (:Never);\n");
		Path script = home.resolve("after-crash.txt");
		Files.writeString(script, """
				cypher "MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n) AS nodes"
				seed load
				cypher "MATCH (p:Person) RETURN count(p) AS people, count(DISTINCT p.id) AS ids"
				cypher "MATCH (e:Event) RETURN count(e) AS events, count(DISTINCT e.id) AS ids"
				seed load
				""");
		var rerun = ParleyProcess.run(env(), "--file", script.toString());
		assertThat(rerun.code()).as(rerun.toString()).isZero();
		String out = rerun.out();
		assertThat(out).containsPattern("nodes\\s*\\R[-+ ]*\\R\\s*0\\s");
		assertThat(out).contains("11 of 11 seed files applied");
		assertThat(out).containsPattern("people\\s+ids\\s*\\R[-+ ]*\\R\\s*25\\s+25\\s");
		assertThat(out).containsPattern("events\\s+ids\\s*\\R[-+ ]*\\R\\s*64\\s+64\\s");
		assertThat(out).contains("0 of 11 seed files applied");
	}

	@Test
	void twoOneShotParleysOnOneHomeTakeTurns() throws Exception {
		// both start on a home with no store yet: one creates it, the other waits for it and then opens it
		var env = env();
		var first = CompletableFuture.supplyAsync(() -> ParleyProcess.run(env, "cypher", "MATCH (c:Country) RETURN count(c) AS n"));
		var second = CompletableFuture.supplyAsync(() -> ParleyProcess.run(env, "cypher", "MATCH (c:Country) RETURN count(c) AS n"));
		for (var result : List.of(first.get(300, TimeUnit.SECONDS), second.get(300, TimeUnit.SECONDS))) {
			assertThat(result.code()).as(result.toString()).isZero();
			assertThat(result.out()).containsPattern("n\\s*\\R[-+ ]*\\R\\s*0\\s");
			assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

}
