package org.parley.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.neo4j.driver.TransactionContext;
import org.parley.errors.ParleyException;
import org.parley.files.OutputFiles;
import org.parley.graph.Graph;

/**
 * Writes a logical backup of every node and relationship (not the migration history, which the schema recreates):
 * read in one transaction, written to a temporary sibling directory and moved into place only when complete.
 */
final class BackupWriter {

	/** Result of a backup. */
	record Written(Path dir, long nodes, long relationships, long bytes) {
	}

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final int ATTEMPTS = 3;

	private final Graph graph;

	BackupWriter(Graph graph) {
		this.graph = graph;
	}

	Written write(Path out, String schemaVersion) {
		Path dir = out.toAbsolutePath().normalize();
		if (Files.exists(dir) && !isEmptyDirectory(dir)) {
			throw new ParleyException("will not overwrite " + dir + ": choose a new or empty directory");
		}
		Path parent = dir.getParent();
		Path temp = parent.resolve("." + dir.getFileName() + ".partial-" + ProcessHandle.current().pid());
		try {
			Files.createDirectories(parent);
			removeStalePartials(parent);
			for (int attempt = 1;; attempt++) {
				OutputFiles.deleteTree(temp);
				Files.createDirectories(temp);
				var manifest = graph.inRead(tx -> snapshot(tx, temp, schemaVersion), graph.timeout().multipliedBy(20));
				if (manifest != null) {
					manifest.write(temp);
					Files.deleteIfExists(dir);
					Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
					long bytes = Files.size(dir.resolve(Manifest.NODES)) + Files.size(dir.resolve(Manifest.RELATIONSHIPS));
					return new Written(dir, manifest.nodes(), manifest.relationships(), bytes);
				}
				if (attempt == ATTEMPTS) {
					OutputFiles.deleteTree(temp);
					throw new ParleyException("the graph kept changing while it was read " + ATTEMPTS
							+ " times; back up again when writes pause");
				}
			}
		}
		catch (IOException ex) {
			OutputFiles.deleteQuietly(temp);
			throw new ParleyException("cannot write the backup to " + dir + ": " + ex.getMessage(), ex);
		}
		catch (UncheckedIOException ex) {
			OutputFiles.deleteQuietly(temp);
			throw new ParleyException("cannot write the backup to " + dir + ": " + ex.getCause().getMessage(), ex);
		}
		catch (RuntimeException ex) {
			OutputFiles.deleteQuietly(temp);
			throw ex;
		}
	}

	private static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile("\\..+\\.partial-(\\d+)");

	/**
	 * Deletes the {@code .DIR.partial-PID} directories in {@code parent} that a killed backup left: those whose
	 * process is gone, or is a newer process that reused the number (it started after the directory last changed; Linux
	 * knows start times to the second, hence a margin).
	 * A backup still being written by a live process is left alone. Each removal is said on stderr.
	 */
	static void removeStalePartials(Path parent) throws IOException {
		List<Path> partials;
		try (var list = Files.list(parent)) {
			partials = list.filter(p -> PARTIAL.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
				.toList();
		}
		for (Path partial : partials) {
			var m = PARTIAL.matcher(partial.getFileName().toString());
			m.matches();
			long pid;
			try {
				pid = Long.parseLong(m.group(1));
			}
			catch (NumberFormatException ex) {
				continue;
			}
			if (pid == ProcessHandle.current().pid()) {
				continue;
			}
			var changed = Files.getLastModifiedTime(partial).toInstant();
			boolean writing = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.map(h -> h.info().startInstant().map(start -> !start.isAfter(changed.plusSeconds(2))).orElse(true))
				.orElse(false);
			if (!writing) {
				OutputFiles.deleteTree(partial);
				System.err.println("Removed " + partial + ": a backup left it unfinished (process " + pid + " is gone)");
			}
		}
	}

	/** Reads nodes then relationships; {@code null} when a relationship points at a node created meanwhile. */
	private Manifest snapshot(TransactionContext tx, Path dir, String schemaVersion) {
		Map<String, Long> keys = new HashMap<>();
		Map<String, Long> labels = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		Map<String, String> checksums = new TreeMap<>();
		try (var nodes = new JsonLines(dir.resolve(Manifest.NODES))) {
			var result = tx.run("""
					MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
					RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
					""");
			while (result.hasNext()) {
				var record = result.next();
				long key = keys.size();
				keys.put(record.get("id").asString(), key);
				var line = MAPPER.createObjectNode().put("k", key);
				var labelArray = line.putArray("labels");
				for (var label : record.get("labels").asList(v -> v.asString())) {
					labelArray.add(label);
					labels.merge(label, 1L, Long::sum);
				}
				line.set("properties", PropertyCodec.encode(record.get("properties").asMap(v -> v)));
				nodes.write(line);
			}
			checksums.put(Manifest.NODES, nodes.finish());
		}
		long relationships = 0;
		try (var rels = new JsonLines(dir.resolve(Manifest.RELATIONSHIPS))) {
			var result = tx.run("""
					MATCH (a)-[r]->(b)
					WHERE none(label IN labels(a) WHERE label STARTS WITH '__')
					  AND none(label IN labels(b) WHERE label STARTS WITH '__')
					RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS properties
					""");
			while (result.hasNext()) {
				var record = result.next();
				Long start = keys.get(record.get("start").asString());
				Long end = keys.get(record.get("end").asString());
				if (start == null || end == null) {
					result.consume();
					return null;
				}
				String type = record.get("type").asString();
				types.merge(type, 1L, Long::sum);
				var line = MAPPER.createObjectNode().put("s", start).put("e", end).put("type", type);
				line.set("properties", PropertyCodec.encode(record.get("properties").asMap(v -> v)));
				rels.write(line);
				relationships++;
			}
			checksums.put(Manifest.RELATIONSHIPS, rels.finish());
		}
		var target = graph.target();
		String origin = target.store() != null ? target.store().toString() : target.uri();
		return new Manifest(Manifest.FORMAT, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
				origin, schemaVersion,
				keys.size(), relationships, labels, types, checksums);
	}

	private static boolean isEmptyDirectory(Path dir) {
		try (var entries = Files.list(dir)) {
			return Files.isDirectory(dir) && entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** A gzipped JSON-lines file that computes its SHA-256 as it is written. */
	private static final class JsonLines implements AutoCloseable {

		private final java.security.DigestOutputStream digest;

		private final BufferedWriter writer;

		JsonLines(Path file) {
			try {
				digest = new java.security.DigestOutputStream(Files.newOutputStream(file), DigestUtils.getSha256Digest());
				writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(digest, 1 << 16),
						StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void write(Object json) {
			try {
				writer.write(MAPPER.writeValueAsString(json));
				writer.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String finish() {
			try {
				writer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Hex.encodeHexString(digest.getMessageDigest().digest());
		}

		@Override
		public void close() {
			try {
				writer.close();
			}
			catch (IOException ex) {
				// already closed by finish
			}
		}
	}
}
