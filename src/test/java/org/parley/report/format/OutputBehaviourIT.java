package org.parley.report.format;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Cli;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code --out} behaviour everywhere: the data goes to the file (missing directories created), the confirmation
 * to stderr, stdout stays empty; counts are printed with their noun in the right number.
 */
class OutputBehaviourIT extends SeededTestBase {

	@TempDir
	Path dir;

	@Test
	void personOutSaysItWroteAProfileOfSeveralTablesOnStderrIntoANewDirectory() throws Exception {
		Path file = dir.resolve("profiles/2019/liu-he.md");
		Cli.Result result = run("person", "Liu He", "--format", "markdown", "--out", file.toString());
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out()).as("stdout stays the data or nothing").isEmpty();
		assertThat(result.err()).isEqualTo("The profile of Liu He (5 tables) written to " + file + " (markdown)\n");
		assertThat(Files.readString(file)).startsWith("## Liu He (liu-he), China\n").contains("### Posts", "### Sources");
	}

	@Test
	void questionsAndCypherWriteIntoNewDirectoriesAndConfirmOnStderr() throws Exception {
		Path who = dir.resolve("a/b/who.csv");
		Cli.Result answer = run("who", "Treasury Secretary", "--at", "2019-07-30", "--format", "csv", "--out", who.toString());
		assertThat(answer.out()).as(answer.toString()).isEmpty();
		assertThat(answer.err()).isEqualTo("1 row written to " + who + " (csv)\n");
		assertThat(Files.readString(who)).contains("Steven Mnuchin");
		Path one = dir.resolve("c/one.json");
		Cli.Result cypher = run("cypher", "RETURN 1 AS one", "--format", "json", "--out", one.toString());
		assertThat(cypher.out()).as(cypher.toString()).isEmpty();
		assertThat(cypher.err()).isEqualTo("1 row written to " + one + " (json)\n");
		assertThat(Files.readString(one)).contains("\"one\" : 1");
	}

	@Test
	void aFailedWriteIsOneLineAndExit1() throws Exception {
		Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
		Cli.Result result = run("person", "Liu He", "--out", plain.resolve("p.txt").toString());
		assertThat(result.code()).as(result.toString()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).isEqualTo("parley: cannot write " + plain.resolve("p.txt") + ": " + plain + " is not a directory\n");
	}

	@Test
	void countsHaveTheirNounInTheRightNumber() {
		for (String asOf : new String[] { "2018-06-30", "2018-12-31", "2030-01-01" }) {
			String profile = out("person", "Liu He", "--as-of", asOf);
			assertThat(profile).containsPattern("Appears in \\d+ events? in \\d+ sources?")
				.doesNotContainPattern("\\b1 (events|sources|rows)\\b")
				.doesNotContainPattern("\\b([02-9]|\\d\\d+) (event|source) ");
		}
		assertThat(Plural.of(1, "source")).isEqualTo("1 source");
		assertThat(Plural.of(4, "event")).isEqualTo("4 events");
		assertThat(Plural.of(0, "row")).isEqualTo("0 rows");
		assertThat(Plural.of(1, "person", "people")).isEqualTo("1 person");
		assertThat(Plural.of(2, "person", "people")).isEqualTo("2 people");
		assertThat(Plural.grouped(20481, "event")).isEqualTo("20,481 events");
		assertThat(out("cypher", "RETURN 1 AS one")).containsPattern("\n1 row in \\d+ ms\n$");
	}
}
