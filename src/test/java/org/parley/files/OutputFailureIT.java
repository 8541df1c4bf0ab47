package org.parley.files;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ParleyApplication;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In-process: every kind of command whose standard output cannot be written (a full disk) exits 1 with one line, and
 * the files it was asked for are whole or absent; {@code --force}, CSV neutralising and the UTF-8 rule where they
 * succeed.
 */
class OutputFailureIT extends GraphTestBase {

	@TempDir
	Path dir;

	private List<String> settings;

	@Override
	protected boolean usesSeed() {
		return true;
	}

	@BeforeEach
	void settings() {
		loadSeed();
		settings = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.seed-dir=" + SEED_DIR.toAbsolutePath(),
				"--parley.home=" + dir.resolve("home"));
	}

	@TestFactory
	Stream<DynamicTest> everyCommandWhoseOutputCannotBeWrittenExits1() {
		List<List<String>> commands = List.of(List.of("report", "run", "labels", "--format", "csv"),
				List.of("report", "list"), List.of("report", "show", "labels"), List.of("cypher", "RETURN 1 AS one"),
				List.of("who", "Treasury Secretary"), List.of("person", "Liu He"), List.of("hawks", "--format", "json"),
				List.of("timeline", "--format", "markdown"), List.of("channels"), List.of("status"), List.of("help"),
				List.of("generate", "--interactions", "100", "--out", "NET"),
				List.of("backup", "--out", "BACKUP"));
		return commands.stream().map(command -> DynamicTest.dynamicTest(String.join(" ", command), () -> {
			Path scratch = Files.createTempDirectory(dir, "run");
			String[] args = command.stream()
				.map(word -> switch (word) {
					case "EXPORT" -> scratch.resolve("curated.cypher").toString();
					case "NET", "BACKUP" -> scratch.resolve(word.toLowerCase()).toString();
					default -> word;
				})
				.toArray(String[]::new);
			var result = toFullDevice(args);
			assertThat(result.code()).as(result.toString()).isEqualTo(1);
			assertThat(result.err()).as(result.toString()).isEqualTo("parley: cannot write output: write error\n");
		}));
	}

	@Test
	void forceOverwritesAndNothingIsLeftBeside() throws IOException {
		Path out = Files.writeString(dir.resolve("labels.csv"), "old\n");
		var refused = Cli.run(settings, "report", "run", "labels", "--format", "csv", "--out", out.toString());
		assertThat(refused.code()).isEqualTo(1);
		assertThat(out).hasContent("old");
		var forced = Cli.run(settings, "report", "run", "labels", "--format", "csv", "--out", out.toString(), "--force");
		assertThat(forced.code()).as(forced.toString()).isZero();
		assertThat(forced.out()).isEmpty();
		assertThat(forced.err()).matches("\\d+ rows written to " + java.util.regex.Pattern.quote(out.toString()) + " \\(csv\\)\n");
		assertThat(Files.readString(out)).startsWith("label,nodes\r\n").contains("\r\nPerson,");
		var export = Cli.run(settings, "export", "seed", "--out", out.toString(), "--force");
		assertThat(export.code()).as(export.toString()).isZero();
		assertThat(Files.readString(out)).doesNotContain("label,nodes");
		try (Stream<Path> files = Files.list(dir)) {
			// the file and nothing beside it (no temporary sibling)
			assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("home"))).containsExactly("labels.csv");
		}
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
		var result = Cli.run(settings, "cypher", "RETURN '=HYPERLINK(\"http://evil\")' AS `@link`, -5 AS n, '-5' AS t, '-x' AS d",
				"--format", "csv");
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out()).isEqualTo("'@link,n,t,d\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",-5,-5,'-x\r\n");
		var json = Cli.run(settings, "cypher", "RETURN '=1+1' AS f", "--format", "json");
		assertThat(json.out()).contains("\"=1+1\"");
	}

	@Test
	void aReportThatIsNotUtf8IsListedAsBrokenWithOneWarningAndTheOthersRun() throws IOException {
		Path reports = Files.createDirectories(dir.resolve("reports"));
		Files.writeString(reports.resolve("fine.cypher"), "// title: Fine\nRETURN 1 AS one\n");
		Files.write(reports.resolve("latin1.cypher"), "// title: Caf\u00e9\nRETURN 1\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.write(reports.resolve("bom.cypher"), ("\uFEFF// title: With a BOM\nRETURN 2 AS two\n").getBytes(StandardCharsets.UTF_8));
		var list = Cli.run(settings, "report", "list", "--reports", reports.toString());
		assertThat(list.code()).as(list.toString()).isZero();
		assertThat(list.out()).contains("fine ").contains("Fine").contains("With a BOM").contains("latin1 ")
			.contains("latin1: " + reports.resolve("latin1.cypher") + ":1: not UTF-8 text (byte 13)");
		assertThat(list.err()).isEqualTo("parley: warning: report 'latin1' cannot run: " + reports.resolve("latin1.cypher")
				+ ":1: not UTF-8 text (byte 13)\n");
		assertThat(Cli.run(settings, "report", "run", "fine", "--reports", reports.toString(), "--format", "csv").out())
			.isEqualTo("one\r\n1\r\n");
		assertThat(Cli.run(settings, "report", "run", "bom", "--reports", reports.toString(), "--format", "csv").out())
			.isEqualTo("two\r\n2\r\n");
	}

	@Test
	void aCommandFileWithAByteOrderMarkRuns() throws IOException {
		Path script = dir.resolve("commands.txt");
		Files.write(script, "\uFEFFcypher \"RETURN 1 AS one\" --format csv\n".getBytes(StandardCharsets.UTF_8));
		var result = Cli.run(settings, "--file", script.toString());
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out()).isEqualTo("one\r\n1\r\n");
	}

	@Test
	void aSeedFileWithAByteOrderMarkLoads() throws IOException {
		Path seeds = Files.createDirectories(dir.resolve("seed-bom"));
		Files.write(seeds.resolve("00_bom.cypher"),
				"\uFEFFMERGE (c:Country {id: 'ZB'}) SET c.name = 'Bomland';\n".getBytes(StandardCharsets.UTF_8));
		var result = Cli.run(List.of(settings.get(0), "--parley.seed-dir=" + seeds), "seed", "load");
		try {
			assertThat(result.code()).as(result.toString()).isZero();
			assertThat(count("MATCH (c:Country {id: 'ZB', name: 'Bomland'}) RETURN count(c)")).isOne();
		}
		finally {
			graph().autoCommit("MATCH (c:Country {id: 'ZB'}) DETACH DELETE c", Map.of());
			graph().autoCommit("MATCH (f:SeedFile {name: '00_bom.cypher'}) DETACH DELETE f", Map.of());
		}
	}

	/** Runs a command with its standard output on {@code /dev/full}, as {@link Cli} runs one. */
	private Cli.Result toFullDevice(String... command) throws FileNotFoundException {
		synchronized (Cli.class) {
			var args = new ArrayList<>(settings);
			args.addAll(List.of(command));
			var err = new ByteArrayOutputStream();
			PrintStream stdout = System.out;
			PrintStream stderr = System.err;
			try (var full = new PrintStream(new FileOutputStream("/dev/full"), true, StandardCharsets.UTF_8)) {
				System.setOut(full);
				System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
				int code = ParleyApplication.run(args.toArray(String[]::new));
				return new Cli.Result(code, "", err.toString(StandardCharsets.UTF_8));
			}
			finally {
				System.setOut(stdout);
				System.setErr(stderr);
			}
		}
	}
}
