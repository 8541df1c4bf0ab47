package org.parley.shell;

import org.parley.testing.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.GraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parley's one-shot command line, in-process against the test database in external mode: output on stdout only,
 * errors as one line on stderr, and the documented exit codes.
 */
class CommandLineIT extends GraphTestBase {

	@TempDir
	Path seedDir;

	private List<String> settings;

	@BeforeEach
	void settings() throws IOException {
		Files.writeString(seedDir.resolve("00_countries.cypher"),
				"MERGE (c:Country {id: 'US'}) SET c.name = 'United States';\nMERGE (c:Country {id: 'CN'}) SET c.name = 'China';\n");
		settings = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.seed-dir=" + seedDir);
	}

	private Cli.Result run(String... command) {
		return Cli.run(settings, command);
	}

	@Test
	void statusShowsWhereTheDataLivesVersionsSeedFilesAndCounts() {
		assertThat(run("seed", "load").code()).isZero();
		var result = run("status");
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out())
			.contains("Data:          external database " + boltUri())
			.contains("Neo4j:         5.26.30")
			.contains("Schema:        migration 0011")
			.contains("Seed files:    1 of 1 loaded and unchanged")
			.containsPattern("00_countries.cypher\\s+[0-9a-f]{12}  loaded")
			.containsPattern("Country\\s+2")
			.containsPattern("SeedFile\\s+1");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void seedLoadThenCheckThenLoadAgainChangesNothing() throws IOException {
		var first = run("seed", "load");
		assertThat(first.code()).as(first.toString()).isZero();
		assertThat(first.out()).contains("applied    00_countries.cypher").contains("1 of 1 seed files applied");
		var second = run("seed", "load");
		assertThat(second.out()).contains("unchanged  00_countries.cypher").contains("0 of 1 seed files applied");
		Files.writeString(seedDir.resolve("00_countries.cypher"), "MERGE (c:Country {id: 'US'});\n");
		var check = run("seed", "check");
		assertThat(check.code()).isZero();
		assertThat(check.out()).containsPattern("changed\\s+00_countries.cypher").contains("run 'seed load'");
	}

	@Test
	void brokenSeedFileFailsWithFileLineAndExitCodeOne() throws IOException {
		Files.writeString(seedDir.resolve("01_broken.cypher"), "MERGE (:Country {id: 'JP'});\n\nMERGE (x:Country {id: 'KR'}) SETT x.a = 1;\n");
		var result = run("seed", "load");
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("parley: " + seedDir.resolve("01_broken.cypher") + ":3: Invalid input 'SETT'");
		assertThat(result.err().lines()).hasSize(1);
		assertThat(count("MATCH (c:Country) RETURN count(c)")).isZero();
	}

	@Test
	void unknownCommandIsAUsageErrorWithASuggestion() {
		var result = run("stauts");
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).isEqualTo("parley: unknown command 'stauts' (did you mean 'status'?); run 'help' for the list\n");
	}

	@Test
	void unknownOptionIsAUsageErrorWithTheUsageLine() {
		var result = run("seed", "load", "--force");
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).isEqualTo("parley: unknown option '--force' for 'seed load' (it takes no options)\nusage: seed load\n");
	}

	@Test
	void subcommandIsRequired() {
		var result = run("seed");
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).contains("'seed' needs a subcommand: seed check, seed load, seed reset");
	}

	@Test
	void resetWithoutConfirmationChangesNothing() {
		run("seed", "load");
		var result = run("seed", "reset");
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).contains("add --yes to confirm");
		assertThat(count("MATCH (c:Country) RETURN count(c)")).isEqualTo(2);
		var confirmed = run("seed", "reset", "--yes");
		assertThat(confirmed.code()).as(confirmed.toString()).isZero();
		assertThat(confirmed.out()).contains("1 of 1 seed files applied");
	}

	@Test
	void unreachableDatabaseExitsWithThree() {
		var result = Cli.run(List.of("--parley.neo4j.uri=bolt://127.0.0.1:9", "--parley.seed-dir=" + seedDir,
				"--parley.retry-time=0s"), "status");
		assertThat(result.code()).isEqualTo(3);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("parley: ").contains("127.0.0.1:9");
		assertThat(result.err().lines()).hasSize(1);
	}

	@Test
	void commandFileStopsAtTheFirstFailureNamingItsLine(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("commands.txt");
		Files.writeString(file, "# load, then a typo\nseed load\n\nseed chekc\nstatus\n");
		var result = run("--file", file.toString());
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).contains("1 of 1 seed files applied").doesNotContain("Schema:");
		assertThat(result.err()).startsWith(file + ":4: unknown command 'seed chekc'");
	}

	@Test
	void helpListsCommandsWithoutTouchingTheDatabase() {
		var result = Cli.run(List.of("--parley.neo4j.uri=bolt://127.0.0.1:9"), "help");
		assertThat(result.code()).isZero();
		assertThat(result.out()).contains("seed load").contains("status").contains("serve");
	}
}
