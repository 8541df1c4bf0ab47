package org.parley.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fact proposed from an article, for a person to accept or reject: what kind of fact, its fields in the model's
 * terms, the span of the article it comes from (character offsets, end exclusive) with its verbatim phrase (at most
 * 20 words), and a confidence with its reason. {@code line} is where it stands in a proposals file (0 when new).
 */
record Proposal(String id, String kind, String decision, double confidence, String reason, int start, int end,
		String phrase, Map<String, Object> fields, int line, Map<String, Integer> fieldLines) {

	static final List<String> KINDS = List.of("person", "event", "evidence", "stance", "measure", "source");

	static final List<String> DECISIONS = List.of("pending", "accept", "reject");

	static Proposal of(String id, String kind, double confidence, String reason, int start, int end, String phrase,
			Map<String, Object> fields) {
		return new Proposal(id, kind, "pending", Math.round(confidence * 100) / 100.0, reason, start, end, phrase,
				new LinkedHashMap<>(fields), 0, Map.of());
	}

	Proposal decided(String decision) {
		return new Proposal(id, kind, decision, confidence, reason, start, end, phrase, fields, line, fieldLines);
	}

	Proposal withField(String name, Object value) {
		var copy = new LinkedHashMap<>(fields);
		copy.put(name, value);
		return new Proposal(id, kind, decision, confidence, reason, start, end, phrase, copy, line, fieldLines);
	}

	String text(String field) {
		Object value = fields.get(field);
		return value == null ? null : value.toString();
	}

	/** The line of a field in the file, else the proposal's own line. */
	int lineOf(String field) {
		return fieldLines.getOrDefault(field, line);
	}
}
