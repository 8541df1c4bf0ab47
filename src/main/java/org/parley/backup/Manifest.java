package org.parley.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.parley.errors.ParleyException;

/**
 * What a backup holds, written last so that a directory with a manifest is a complete backup.
 *
 * @param format        {@link #FORMAT}
 * @param createdAt     when the backup was taken (ISO instant)
 * @param origin        the database it was taken from
 * @param schemaVersion the schema migration the database was at
 * @param nodes         node count
 * @param relationships relationship count
 * @param labels        nodes per label
 * @param types         relationships per type
 * @param checksums     SHA-256 of each data file
 */
record Manifest(String format, String createdAt, String origin, String schemaVersion, long nodes,
		long relationships, Map<String, Long> labels, Map<String, Long> types, Map<String, String> checksums) {

	static final String FORMAT = "parley-backup/1";

	static final String FILE = "manifest.json";

	static final String NODES = "nodes.jsonl.gz";

	static final String RELATIONSHIPS = "relationships.jsonl.gz";

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	Manifest {
		labels = labels == null ? new TreeMap<>() : new TreeMap<>(labels);
		types = types == null ? new TreeMap<>() : new TreeMap<>(types);
		checksums = checksums == null ? null : new TreeMap<>(checksums);
	}

	void write(Path dir) throws IOException {
		Files.writeString(dir.resolve(FILE), MAPPER.writeValueAsString(this) + "\n");
	}

	/** Reads the manifest of {@code dir}, or says in one line why {@code dir} is not a usable backup. */
	static Manifest read(Path dir) {
		Path file = dir.resolve(FILE);
		if (!Files.isDirectory(dir)) {
			throw new ParleyException("no backup at " + dir + ": not a directory");
		}
		if (!Files.isRegularFile(file)) {
			throw new ParleyException(dir + " is not a complete Parley backup: " + FILE + " is missing");
		}
		Manifest manifest;
		try {
			JsonNode json = MAPPER.readTree(file.toFile());
			if (json == null || !FORMAT.equals(json.path("format").asText())) {
				throw new ParleyException(file + ": not a Parley backup manifest (expected format " + FORMAT + ")");
			}
			manifest = MAPPER.treeToValue(json, Manifest.class);
		}
		catch (JsonProcessingException ex) {
			throw new ParleyException(file + ":" + (ex.getLocation() == null ? 1 : ex.getLocation().getLineNr())
					+ ": malformed manifest: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new ParleyException("cannot read " + file + ": " + ex.getMessage());
		}
		if (manifest.checksums() == null || !manifest.checksums().containsKey(NODES)
				|| !manifest.checksums().containsKey(RELATIONSHIPS)) {
			throw new ParleyException(file + ": the manifest lists no checksums for " + NODES + " and " + RELATIONSHIPS);
		}
		return manifest;
	}
}
