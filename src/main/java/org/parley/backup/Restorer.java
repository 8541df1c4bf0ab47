package org.parley.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.TransactionContext;
import org.parley.ParleyException;
import org.parley.graph.Contacts;
import org.parley.graph.Graph;

/**
 * Restores a backup written by {@link BackupWriter}. Everything is checked before anything is written (manifest,
 * checksums, every line, counts); then the graph is replaced in one transaction, so a failure leaves it as it was
 * (backups of more than {@link #SINGLE_TRANSACTION_LIMIT} entities: in batches, with a marker until complete).
 */
final class Restorer {

	/** Result of a restore. */
	record Restored(long nodes, long relationships, String createdAt, String origin) {
	}

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final int BATCH = 5_000;

	/** Backups up to this many nodes and relationships are restored in one transaction; larger ones in batches. */
	static final long SINGLE_TRANSACTION_LIMIT = 200_000;

	private final Graph graph;

	private final long singleTransactionLimit;

	Restorer(Graph graph) {
		this(graph, SINGLE_TRANSACTION_LIMIT);
	}

	Restorer(Graph graph, long singleTransactionLimit) {
		this.graph = graph;
		this.singleTransactionLimit = singleTransactionLimit;
	}

	Restored restore(Path dir, boolean replace, String currentSchema) {
		Manifest manifest = Manifest.read(dir);
		if (manifest.schemaVersion() != null && currentSchema != null
				&& manifest.schemaVersion().compareTo(currentSchema) > 0) {
			throw new ParleyException("the backup was taken at schema migration " + manifest.schemaVersion()
					+ ", newer than this Parley's " + currentSchema + "; restore it with a newer Parley");
		}
		verifyChecksum(dir, Manifest.NODES, manifest);
		verifyChecksum(dir, Manifest.RELATIONSHIPS, manifest);
		long[] counted = new long[2];
		each(dir, Manifest.NODES, (line, json) -> {
			checkNode(line, json, counted[0]);
			counted[0]++;
		});
		each(dir, Manifest.RELATIONSHIPS, (line, json) -> {
			checkRelationship(line, json, counted[0]);
			counted[1]++;
		});
		if (counted[0] != manifest.nodes() || counted[1] != manifest.relationships()) {
			throw new ParleyException(dir + ": the data files hold " + counted[0] + " nodes and " + counted[1]
					+ " relationships, the manifest says " + manifest.nodes() + " and " + manifest.relationships());
		}
		if (manifest.nodes() + manifest.relationships() <= singleTransactionLimit) {
			graph.inWrite(tx -> {
				checkTarget(tx, dir, replace);
				tx.run("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') DETACH DELETE n").consume();
				write(dir, work -> work.accept(tx));
				Contacts.markAll(tx);
				return null;
			}, graph.timeout().multipliedBy(20));
		}
		else {
			restoreInBatches(dir, replace);
		}
		graph.refreshStatistics();
		return new Restored(manifest.nodes(), manifest.relationships(), manifest.createdAt(), manifest.origin());
	}

	/**
	 * A backup too large for one transaction is restored in batches: the {@code __ParleyRestore} marker says a restore
	 * is under way until the last batch commits, so an interrupted one is noticed and redone with --replace.
	 */
	private void restoreInBatches(Path dir, boolean replace) {
		graph.inWrite(tx -> {
			checkTarget(tx, dir, replace);
			return null;
		});
		graph.autoCommit("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') OR n:__ParleyRestore
				CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""", Map.of());
		graph.inWrite(tx -> tx.run("CREATE (:__ParleyRestore {from: $dir, startedAt: datetime()})",
				Map.of("dir", dir.toString())).consume());
		write(dir, work -> graph.inWrite(tx -> {
			work.accept(tx);
			return null;
		}, graph.timeout().multipliedBy(20)));
		Contacts.markAll(graph);
		graph.inWrite(tx -> tx.run("MATCH (m:__ParleyRestore) DELETE m").consume());
	}

	private static void checkTarget(TransactionContext tx, Path dir, boolean replace) {
		long existing = tx.run("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n) AS n")
			.single().get("n").asLong();
		boolean interrupted = tx.run("MATCH (m:__ParleyRestore) RETURN count(m) > 0 AS found").single().get("found").asBoolean();
		if (interrupted && !replace) {
			throw new ParleyException("an earlier restore was interrupted and left part of a graph; `restore " + dir
					+ " --replace` deletes it and restores again");
		}
		if (existing > 0 && !replace) {
			throw new ParleyException("the graph is not empty (" + existing + " nodes); `restore " + dir
					+ " --replace` deletes them first");
		}
	}

	private void write(Path dir, Consumer<Consumer<TransactionContext>> batches) {
		Map<Long, String> ids = new HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		Consumer<List<Map<String, Object>>> createNodes = batch -> batches.accept(tx -> tx.run("""
				UNWIND $rows AS row
				CREATE (n:$(row.labels))
				SET n = row.properties
				RETURN row.k AS k, elementId(n) AS id
				""", Map.of("rows", batch)).forEachRemaining(r -> ids.put(r.get("k").asLong(), r.get("id").asString())));
		each(dir, Manifest.NODES, (line, json) -> {
			List<String> labels = new ArrayList<>();
			json.get("labels").forEach(l -> labels.add(l.asText()));
			rows.add(Map.of("k", json.get("k").asLong(), "labels", labels,
					"properties", PropertyCodec.decode(json.get("properties"))));
			if (rows.size() == BATCH) {
				createNodes.accept(List.copyOf(rows));
				rows.clear();
			}
		});
		if (!rows.isEmpty()) {
			createNodes.accept(List.copyOf(rows));
			rows.clear();
		}
		Consumer<List<Map<String, Object>>> createRelationships = batch -> batches.accept(tx -> tx.run("""
				UNWIND $rows AS row
				MATCH (a) WHERE elementId(a) = row.start
				MATCH (b) WHERE elementId(b) = row.end
				CREATE (a)-[r:$(row.type)]->(b)
				SET r = row.properties
				""", Map.of("rows", batch)).consume());
		each(dir, Manifest.RELATIONSHIPS, (line, json) -> {
			rows.add(Map.of("start", ids.get(json.get("s").asLong()), "end", ids.get(json.get("e").asLong()),
					"type", json.get("type").asText(), "properties", PropertyCodec.decode(json.get("properties"))));
			if (rows.size() == BATCH) {
				createRelationships.accept(List.copyOf(rows));
				rows.clear();
			}
		});
		if (!rows.isEmpty()) {
			createRelationships.accept(List.copyOf(rows));
		}
	}

	private static void checkNode(long line, JsonNode json, long expectedKey) {
		if (!json.path("k").isIntegralNumber() || json.get("k").asLong() != expectedKey) {
			throw damaged(Manifest.NODES, line, "expected node key " + expectedKey);
		}
		JsonNode labels = json.path("labels");
		if (!labels.isArray() || labels.isEmpty()) {
			throw damaged(Manifest.NODES, line, "a node needs at least one label");
		}
		labels.forEach(l -> {
			if (!l.isTextual() || l.asText().isBlank()) {
				throw damaged(Manifest.NODES, line, "labels must be non-empty strings");
			}
		});
		decodeOrFail(Manifest.NODES, line, json);
	}

	private static void checkRelationship(long line, JsonNode json, long nodes) {
		for (String end : List.of("s", "e")) {
			if (!json.path(end).isIntegralNumber() || json.get(end).asLong() < 0 || json.get(end).asLong() >= nodes) {
				throw damaged(Manifest.RELATIONSHIPS, line, "'" + end + "' must name one of the " + nodes + " nodes");
			}
		}
		if (!json.path("type").isTextual() || json.get("type").asText().isBlank()) {
			throw damaged(Manifest.RELATIONSHIPS, line, "a relationship needs a type");
		}
		decodeOrFail(Manifest.RELATIONSHIPS, line, json);
	}

	private static void decodeOrFail(String file, long line, JsonNode json) {
		try {
			PropertyCodec.decode(json.path("properties"));
		}
		catch (RuntimeException ex) {
			throw damaged(file, line, ex.getMessage());
		}
	}

	private static ParleyException damaged(String file, long line, String problem) {
		return new ParleyException(file + ":" + line + ": damaged backup: " + problem);
	}

	private interface LineHandler {

		void accept(long line, JsonNode json);
	}

	private static void each(Path dir, String file, LineHandler handler) {
		try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(dir.resolve(file)),
				1 << 16), StandardCharsets.UTF_8))) {
			long number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				JsonNode json;
				try {
					json = MAPPER.readTree(line);
				}
				catch (JsonProcessingException ex) {
					throw damaged(file, number, "not JSON: " + ex.getOriginalMessage());
				}
				handler.accept(number, json);
			}
		}
		catch (IOException ex) {
			throw new ParleyException(dir.resolve(file) + ": cannot read: " + ex.getMessage(), ex);
		}
	}

	private static void verifyChecksum(Path dir, String file, Manifest manifest) {
		Path path = dir.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new ParleyException(dir + " is not a complete Parley backup: " + file + " is missing");
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
			if (!actual.equals(manifest.checksums().get(file))) {
				throw new ParleyException(path + ": damaged backup: its SHA-256 differs from the manifest's");
			}
		}
		catch (IOException ex) {
			throw new ParleyException(path + ": cannot read: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
