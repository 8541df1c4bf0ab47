package org.parley.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.codec.digest.DigestUtils;
import org.parley.errors.ParleyException;
import org.parley.graph.Schema;

/**
 * Everything a restore checks before its first write, so that no record can fail once writing has begun: the
 * manifest, both checksums, every line, the counts, that every label and relationship type is one of the model's
 * (an internal {@code __} label, such as the migrations' {@code __Neo4jMigration}, never is), that no two nodes share
 * an id the schema keeps unique, and that every property value is one Neo4j can store.
 */
final class BackupCheck {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private BackupCheck() {
	}

	/** The manifest of a backup that is whole and restorable, or a one-line error naming the file, line and problem. */
	static Manifest check(Path dir, String currentSchema) {
		Manifest manifest = Manifest.read(dir);
		if (manifest.schemaVersion() != null && currentSchema != null
				&& manifest.schemaVersion().compareTo(currentSchema) > 0) {
			throw new ParleyException("the backup was taken at schema migration " + manifest.schemaVersion()
					+ ", newer than this Parley's " + currentSchema + "; restore it with a newer Parley");
		}
		verifyChecksum(dir, Manifest.NODES, manifest);
		verifyChecksum(dir, Manifest.RELATIONSHIPS, manifest);
		long[] counted = new long[2];
		Set<String> unique = new HashSet<>();
		each(dir, Manifest.NODES, (line, json) -> {
			checkNode(line, json, counted[0], unique);
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
		return manifest;
	}

	private static void checkNode(long line, JsonNode json, long expectedKey, Set<String> unique) {
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
		Map<String, Object> properties = decodeOrFail(Manifest.NODES, line, json);
		for (JsonNode l : labels) {
			String label = l.asText();
			if (Schema.internal(label)) {
				throw refused(Manifest.NODES, line, "the label '" + printable(label) + "' is internal to Parley and "
						+ "never restored (Parley's backups leave it out: this one was edited)");
			}
			if (!Schema.LABELS.contains(label)) {
				throw refused(Manifest.NODES, line, "the label '" + printable(label) + "' is not in Parley's model "
						+ "(README, The model); restore takes only the model's labels");
			}
			String key = Schema.uniqueKey(label);
			if (key != null && properties.get(key) != null
					&& !unique.add(label + '\u0000' + key + '\u0000' + properties.get(key))) {
				throw refused(Manifest.NODES, line, "a second " + label + " with " + key + " '"
						+ printable(String.valueOf(properties.get(key))) + "' (the schema keeps it unique)");
			}
		}
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
		String type = json.get("type").asText();
		if (!Schema.TYPES.contains(type)) {
			throw refused(Manifest.RELATIONSHIPS, line, "the relationship type '" + printable(type) + "' is not in "
					+ "Parley's model (README, The model); restore takes only the model's types");
		}
		decodeOrFail(Manifest.RELATIONSHIPS, line, json);
	}

	private static Map<String, Object> decodeOrFail(String file, long line, JsonNode json) {
		Map<String, Object> properties;
		try {
			properties = PropertyCodec.decode(json.path("properties"));
		}
		catch (RuntimeException ex) {
			throw damaged(file, line, ex.getMessage());
		}
		properties.forEach((key, value) -> {
			String problem = storable(value);
			if (key.isEmpty() || problem != null) {
				throw damaged(file, line, "property '" + printable(key) + "': "
						+ (problem == null ? "an empty property key" : problem));
			}
		});
		return properties;
	}

	/** Why Neo4j would refuse to store {@code value} as a property, or null when it stores it. */
	static String storable(Object value) {
		if (value == null) {
			return "null is not a property value";
		}
		if (value instanceof List<?> list) {
			Class<?> first = null;
			for (Object item : list) {
				if (item == null || item instanceof List<?>) {
					return "a list property holds only values, not null or lists";
				}
				if (first != null && item.getClass() != first) {
					return "a list property holds values of one type, not " + first.getSimpleName() + " and "
							+ item.getClass().getSimpleName();
				}
				first = item.getClass();
			}
		}
		return null;
	}

	/** Text from a backup in a message: one line, whatever it holds. */
	static String printable(String text) {
		String shown = text.codePoints()
			.mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? String.format("\\u%04X", c) : Character.toString(c))
			.collect(java.util.stream.Collectors.joining());
		return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
	}

	static ParleyException damaged(String file, long line, String problem) {
		return new ParleyException(file + ":" + line + ": damaged backup: " + problem);
	}

	private static ParleyException refused(String file, long line, String problem) {
		return new ParleyException(file + ":" + line + ": refused: " + problem + "; nothing was restored");
	}

	interface LineHandler {

		void accept(long line, JsonNode json);
	}

	static void each(Path dir, String file, LineHandler handler) {
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
		try (InputStream in = Files.newInputStream(path)) {
			String actual = DigestUtils.sha256Hex(in);
			if (!actual.equals(manifest.checksums().get(file))) {
				throw new ParleyException(path + ": damaged backup: its SHA-256 differs from the manifest's");
			}
		}
		catch (IOException ex) {
			throw new ParleyException(path + ": cannot read: " + ex.getMessage(), ex);
		}
	}
}
