package org.parley.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.graph.ContactTallies;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Cli;
import org.parley.testing.GraphTestBase.DropsCachedPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code backup} and {@code restore} through the command line, against the seeded test database. */
@DropsCachedPlans
class BackupIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	@TempDir
	Path temp;

	private List<String> settings;

	@BeforeEach
	void seed() {
		loadSeed();
		settings = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.seed-dir=" + SEED_DIR.toAbsolutePath());
	}

	private Cli.Result run(String... command) {
		return Cli.run(settings, command);
	}

	@Test
	void aBackupRestoredIntoAnEmptyGraphGivesBackEveryNodeRelationshipAndProperty() {
		graph().autoCommit("""
				CREATE (:Topic {id: 'probe-types', when: datetime('2019-07-30T10:15:00+08:00[Asia/Shanghai]'),
				  local: localdatetime('2019-07-30T10:15'), t: time('10:15+08:00'), lt: localtime('10:15'),
				  span: duration('P1Y2M3DT4H5M6.000000007S'), at: point({longitude: 121.47, latitude: 31.23}),
				  xyz: point({x: 1.0, y: 2.0, z: 3.0}), nan: 0.0/0.0, whole: 7, real: 7.0, flags: [true, false],
				  names: ['a', 'b'], text: 'quote \\' and ; // `tick`', unicode: '刘鹤 — Liu He'})
				""", Map.of());
		var before = fingerprint();
		var backup = run("backup", "--out", temp.resolve("b1").toString());
		assertThat(backup.code()).as(backup.toString()).isZero();
		assertThat(backup.out()).startsWith("Backed up " + before.nodes().size() + " nodes and "
				+ before.relationships().size() + " relationships to " + temp.resolve("b1"));
		assertThat(temp.resolve("b1").resolve("manifest.json")).exists();
		assertThat(temp).isDirectoryNotContaining("glob:**.partial*");

		clearData();
		assertThat(count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isZero();
		var restore = run("restore", temp.resolve("b1").toString());
		assertThat(restore.code()).as(restore.toString()).isZero();
		assertThat(restore.out()).startsWith("Restored " + before.nodes().size() + " nodes and "
				+ before.relationships().size() + " relationships from " + temp.resolve("b1"));
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(query(ContactTallies.WRONG)).as("channels' tallies, counted again").isEmpty();
		assertThat(count("MATCH (t:__ContactTally) RETURN count(t)")).isPositive();
		var status = run("seed", "check");
		assertThat(status.out()).doesNotContain("changed").doesNotContain("new ");
	}

	@Test
	void restoreRefusesAGraphWithDataUnlessToldToReplaceIt() {
		assertThat(run("backup", "--out", temp.resolve("b").toString()).code()).isZero();
		graph().autoCommit("CREATE (:Country {id: 'XX', name: 'Added after the backup'})", Map.of());
		var before = fingerprint();
		var refused = run("restore", temp.resolve("b").toString());
		assertThat(refused.code()).isEqualTo(1);
		assertThat(refused.err()).startsWith("parley: the graph is not empty (").contains("--replace");
		assertThat(refused.err().lines()).hasSize(1);
		assertThat(fingerprint()).isEqualTo(before);
		var replaced = run("restore", temp.resolve("b").toString(), "--replace");
		assertThat(replaced.code()).as(replaced.toString()).isZero();
		assertThat(count("MATCH (c:Country {id: 'XX'}) RETURN count(c)")).isZero();
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(25);
	}

	@Test
	void aLargeBackupIsRestoredInBatchesAndAnInterruptedRestoreIsNoticed() {
		assertThat(run("backup", "--out", temp.resolve("b").toString()).code()).isZero();
		var before = fingerprint();
		graph().autoCommit("CREATE (:__ParleyRestore {from: 'elsewhere'})", Map.of());
		clearData();
		graph().autoCommit("CREATE (:__ParleyRestore {from: 'elsewhere'})", Map.of());
		var refused = run("restore", temp.resolve("b").toString());
		assertThat(refused.code()).isEqualTo(1);
		assertThat(refused.err()).startsWith("parley: an earlier restore was interrupted and left part of a graph; ");

		var restored = new Restorer(graph(), 100).restore(temp.resolve("b"), true, "9999");
		assertThat(restored.nodes()).isEqualTo(before.nodes().size());
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(query(ContactTallies.WRONG)).as("channels' tallies, counted again").isEmpty();
		assertThat(count("MATCH (t:__ContactTally) RETURN count(t)")).isPositive();
		assertThat(count("MATCH (m:__ParleyRestore) RETURN count(m)")).isZero();
	}

	@Test
	void aBadRecordInTheLastBatchIsRefusedBeforeTheFirstWrite() throws IOException {
		Path dir = temp.resolve("b");
		assertThat(run("backup", "--out", dir.toString()).code()).isZero();
		rewriteNodes(dir, lines -> lines.set(lines.size() - 1,
				lines.get(lines.size() - 1).replace("\"properties\":{", "\"properties\":{\"bad\":[1,\"a\"],")));
		long last = lines(dir);
		var before = fingerprint();
		assertThatThrownBy(() -> new Restorer(graph(), 100).restore(dir, true, "9999"))
			.isInstanceOf(org.parley.errors.ParleyException.class)
			.hasMessage("nodes.jsonl.gz:" + last + ": damaged backup: property 'bad': a list property holds values of "
					+ "one type, not Long and String");
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(query(ContactTallies.WRONG)).as("channels' tallies, counted again").isEmpty();
		assertThat(count("MATCH (t:__ContactTally) RETURN count(t)")).isPositive();
		assertThat(count("MATCH (m:__ParleyRestore) RETURN count(m)")).isZero();
	}

	@Test
	void everyQuestionRefusesWhileARestoreIsIncomplete() {
		graph().autoCommit("CREATE (:__ParleyRestore {from: '/backups/b1'})", Map.of());
		for (var question : List.of(List.of("who", "Treasury Secretary"), List.of("report", "run", "labels"),
				List.of("cypher", "MATCH (n) RETURN count(n)"), List.of("backup", "--out", temp.resolve("x").toString()))) {
			var refused = run(question.toArray(String[]::new));
			assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
			assertThat(refused.err()).isEqualTo("parley: a restore from /backups/b1 was interrupted (or is still "
					+ "running) and the graph is incomplete; run `restore /backups/b1 --replace` again, or start Parley "
					+ "on this store with the backup in place to finish it\n");
			assertThat(refused.out()).isEmpty();
		}
		assertThat(temp.resolve("x")).doesNotExist();
		graph().autoCommit("MATCH (m:__ParleyRestore) DELETE m", Map.of());
		assertThat(run("who", "Treasury Secretary").code()).isZero();
	}

	@Test
	void aBackupRemovesThePartialFoldersOfKilledBackupsAndLeavesLiveOnes() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Process busy = new ProcessBuilder("sleep", "300").start();
		try {
			Path stale = Files.createDirectories(temp.resolve(".old.partial-" + gone.pid()));
			Files.writeString(stale.resolve(Manifest.NODES), "half");
			Path live = Files.createDirectories(temp.resolve(".other.partial-" + busy.pid()));
			var backup = run("backup", "--out", temp.resolve("b").toString());
			assertThat(backup.code()).as(backup.toString()).isZero();
			assertThat(backup.err()).isEqualTo("Removed " + stale + ": a backup left it unfinished (process " + gone.pid()
					+ " is gone)\n");
			assertThat(stale).doesNotExist();
			assertThat(live).isDirectory();
			assertThat(temp.resolve("b").resolve(Manifest.FILE)).isRegularFile();
		}
		finally {
			busy.destroyForcibly();
		}
	}

	private static long lines(Path dir) throws IOException {
		try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve(Manifest.NODES)))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count();
		}
	}

	@Test
	void damagedOrIncompleteBackupsAreRefusedBeforeAnythingIsWritten() throws IOException {
		Path good = temp.resolve("good");
		assertThat(run("backup", "--out", good.toString()).code()).isZero();
		var before = fingerprint();

		Path notBackup = Files.createDirectories(temp.resolve("empty"));
		assertError(run("restore", notBackup.toString(), "--replace"),
				notBackup + " is not a complete Parley backup: manifest.json is missing");
		assertError(run("restore", temp.resolve("missing").toString()), "no backup at " + temp.resolve("missing"));

		Path flipped = copy(good, "flipped");
		byte[] bytes = Files.readAllBytes(flipped.resolve(Manifest.RELATIONSHIPS));
		bytes[bytes.length / 2] ^= 0x5a;
		Files.write(flipped.resolve(Manifest.RELATIONSHIPS), bytes);
		assertError(run("restore", flipped.toString(), "--replace"),
				flipped.resolve(Manifest.RELATIONSHIPS) + ": damaged backup: its SHA-256 differs from the manifest's");

		Path badLine = copy(good, "bad-line");
		rewriteNodes(badLine, lines -> lines.set(2, lines.get(2).replace("\"labels\":[", "\"labels\":[1,")));
		assertError(run("restore", badLine.toString(), "--replace"),
				"nodes.jsonl.gz:3: damaged backup: labels must be non-empty strings");

		Path badManifest = copy(good, "bad-manifest");
		Files.writeString(badManifest.resolve(Manifest.FILE), "{\"format\": \"parley-backup/1\",\n  \"nodes\": ");
		assertError(run("restore", badManifest.toString(), "--replace"),
				badManifest.resolve(Manifest.FILE) + ":2: malformed manifest");

		assertError(run("backup", "--out", good.toString()), "will not overwrite " + good);
		assertThat(fingerprint()).isEqualTo(before);
	}

	private void assertError(Cli.Result result, String message) {
		assertThat(result.code()).as(result.toString()).isEqualTo(1);
		assertThat(result.err()).startsWith("parley: " + message);
		assertThat(result.err().lines()).hasSize(1);
		assertThat(result.out()).isEmpty();
	}

	private Path copy(Path from, String name) throws IOException {
		Path to = Files.createDirectories(temp.resolve(name));
		try (var files = Files.list(from)) {
			for (Path f : files.toList()) {
				Files.copy(f, to.resolve(f.getFileName()));
			}
		}
		return to;
	}

	/** Edits the node lines and rewrites the file with a matching checksum, as a careless hand edit would. */
	private void rewriteNodes(Path dir, java.util.function.Consumer<List<String>> edit) throws IOException {
		Path file = dir.resolve(Manifest.NODES);
		List<String> lines;
		try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
			lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		}
		edit.accept(lines);
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		String sha;
		try {
			sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(Files.readAllBytes(file)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		String manifest = Files.readString(dir.resolve(Manifest.FILE));
		Files.writeString(dir.resolve(Manifest.FILE),
				manifest.replaceAll("(\"nodes.jsonl.gz\" : \")[0-9a-f]+", "$1" + sha));
	}

	record Fingerprint(List<String> nodes, List<String> relationships) {
	}

	/** Every node and relationship as canonical text, sorted: equal fingerprints mean equal graphs. */
	static Fingerprint fingerprint() {
		Map<String, String> nodes = new HashMap<>();
		for (var row : query("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') // the schema's and Parley's own, derived again
				RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties""")) {
			nodes.put((String) row.get("id"), row.get("labels").toString() + canonical(row.get("properties")));
		}
		List<String> rels = new ArrayList<>();
		for (var row : query("""
				MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l STARTS WITH '__')
				RETURN elementId(a) AS a, type(r) AS type, properties(r) AS properties, elementId(b) AS b""")) {
			rels.add(nodes.get(row.get("a")) + " -" + row.get("type") + canonical(row.get("properties")) + "-> "
					+ nodes.get(row.get("b")));
		}
		return new Fingerprint(nodes.values().stream().sorted().toList(), rels.stream().sorted().toList());
	}

	@SuppressWarnings("unchecked")
	private static String canonical(Object properties) {
		var sorted = new TreeMap<String, Object>((Map<String, Object>) properties);
		sorted.replaceAll((k, v) -> v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b)
				: v instanceof Double d && d.isNaN() ? "NaN" : v);
		return sorted.toString();
	}
}
