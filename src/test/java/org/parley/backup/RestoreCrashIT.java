package org.parley.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, defect 4: a restore in batches killed with SIGKILL (a real process). While the graph is incomplete every
 * question refuses with one line that names the backup; the next start on the store finishes the restore from the
 * start, and then the graph is the backup's, exactly.
 */
class RestoreCrashIT {

	private static final int TOPICS = 10_000;

	private static final int LINKS = 5_000;

	@TempDir
	Path temp;

	private Map<String, String> env() {
		var env = new HashMap<String, String>();
		env.put("PARLEY_HOME", temp.resolve("home").toString());
		env.put("PARLEY_BOLT_PORT", "0");
		env.put("PARLEY_AUTO_SEED", "false");
		// batches of 100: the restore of 15,000 entities takes 150 transactions, long enough to be killed midway
		env.put(Restorer.LIMIT_VARIABLE, "400");
		return env;
	}

	@Test
	void aRestoreKilledMidwayIsRefusedByEveryQuestionAndFinishedByTheNextStart() throws Exception {
		Path backup = largeBackup(temp.resolve("big"));
		Process restore = ParleyProcess.builder(env(), "restore", backup.toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		try (var err = new BufferedReader(new InputStreamReader(restore.getErrorStream(), StandardCharsets.UTF_8))) {
			String line = err.readLine();
			while (line != null && !line.startsWith("Restoring ")) {
				line = err.readLine();
			}
			assertThat(line).as("the restore announces its batches").isEqualTo("Restoring " + backup
					+ " in batches of 100 (" + TOPICS + " nodes, " + LINKS + " relationships); until it ends, questions refuse");
			assertThat(restore.isAlive()).as("restore still running when killed").isTrue();
			ParleyProcess.killHard(restore);
		}

		Path away = temp.resolve("moved-away");
		Files.move(backup, away);
		for (var question : List.of(List.of("report", "run", "labels"), List.of("person", "Liu He"))) {
			var refused = ParleyProcess.run(env(), question.toArray(String[]::new));
			assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
			assertThat(refused.out()).isEmpty();
			assertThat(refused.err()).as(refused.toString()).isEqualTo("parley: a restore from " + backup
					+ " was interrupted (or is still running) and the graph is incomplete; run `restore " + backup
					+ " --replace` again, or start Parley on this store with the backup in place to finish it\n");
		}

		Files.move(away, backup);
		var next = ParleyProcess.run(env(), "cypher", "MATCH (t:Topic) RETURN count(t) AS topics, count(DISTINCT t.id) AS ids");
		assertThat(next.code()).as(next.toString()).isZero();
		assertThat(next.err()).startsWith("A restore from " + backup + " was interrupted; finishing it")
			.contains("Finished the interrupted restore: " + TOPICS + " nodes and " + LINKS + " relationships from " + backup);
		assertThat(next.out()).containsPattern("topics\\s+ids\\s*\\R[-+ ]*\\R\\s*" + TOPICS + "\\s+" + TOPICS + "\\s");

		var after = ParleyProcess.run(env(), "cypher", """
				MATCH (n) WHERE NOT n:__Neo4jMigration WITH count(n) AS nodes, sum(CASE WHEN n:__ParleyRestore THEN 1 ELSE 0 END) AS markers
				MATCH ()-[r:ABOUT]->() RETURN nodes, markers, count(r) AS links""");
		assertThat(after.code()).as(after.toString()).isZero();
		assertThat(after.err()).isEmpty();
		assertThat(after.out()).containsPattern("nodes\\s+markers\\s+links\\s*\\R[-+ ]*\\R\\s*" + TOPICS + "\\s+0\\s+" + LINKS + "\\s");
	}

	/** A backup of {@value #TOPICS} topics and {@value #LINKS} links, written as {@link BackupWriter} does, checksums included. */
	private static Path largeBackup(Path dir) throws Exception {
		Files.createDirectories(dir);
		try (Writer out = gz(dir.resolve(Manifest.NODES))) {
			for (int i = 0; i < TOPICS; i++) {
				out.write("{\"k\":" + i + ",\"labels\":[\"Topic\"],\"properties\":{\"id\":\"topic-" + i
						+ "\",\"name\":\"Topic " + i + "\"}}\n");
			}
		}
		try (Writer out = gz(dir.resolve(Manifest.RELATIONSHIPS))) {
			for (int i = 0; i < LINKS; i++) {
				out.write("{\"s\":" + (2 * i) + ",\"e\":" + (2 * i + 1) + ",\"type\":\"ABOUT\",\"properties\":{}}\n");
			}
		}
		new Manifest(Manifest.FORMAT, "2026-12-02T08:00:00Z", "test", null, TOPICS, LINKS, Map.of("Topic", (long) TOPICS),
				Map.of("ABOUT", (long) LINKS), Map.of(Manifest.NODES, sha256(dir.resolve(Manifest.NODES)),
						Manifest.RELATIONSHIPS, sha256(dir.resolve(Manifest.RELATIONSHIPS)))).write(dir);
		return dir;
	}

	private static Writer gz(Path file) throws IOException {
		OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
		return new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
