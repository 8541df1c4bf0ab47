package org.parley.report.parameters;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parley.errors.UsageException;
import org.springframework.stereotype.Component;
import org.parley.report.format.CellText;

/**
 * Parameters set for the rest of the session with {@code param set}, like cypher-shell's {@code :param}: every
 * {@code cypher} query receives them, and a report uses one in place of the default of its parameter of that name.
 */
@Component
public class SessionParameters {

	/** How a secret parameter's value is shown: never as it is. */
	public static final String HIDDEN = "****";

	/**
	 * @param raw    the value as typed, converted again when a report declares the parameter with its own type
	 * @param value  the value as the driver receives it
	 * @param secret whether the value is hidden from {@code param list} and the console history
	 */
	public record Entry(String name, String raw, Object value, boolean secret) {

		/** The value for people: its literal, or {@value SessionParameters#HIDDEN} for a secret. */
		public String shown() {
			return secret ? HIDDEN : CellText.literal(value);
		}

		public String typeName() {
			return typeName(value);
		}

		public static String typeName(Object value) {
			if (value == null) {
				return "null";
			}
			if (value instanceof Long) {
				return "integer";
			}
			if (value instanceof Double) {
				return "float";
			}
			if (value instanceof Boolean) {
				return "boolean";
			}
			if (value instanceof LocalDate) {
				return "date";
			}
			if (value instanceof ZonedDateTime) {
				return "datetime";
			}
			if (value instanceof List<?> list) {
				return list.isEmpty() ? "list" : "list<" + typeName(list.get(0)) + ">";
			}
			return "string";
		}
	}

	private final Map<String, Entry> entries = new TreeMap<>();

	public synchronized Entry set(String name, String raw, Object value, boolean secret) {
		var entry = new Entry(name, raw, value, secret);
		entries.put(name, entry);
		return entry;
	}

	public synchronized List<Entry> list() {
		return List.copyOf(entries.values());
	}

	/** name → value, as the driver receives them. */
	public synchronized Map<String, Object> values() {
		var values = new LinkedHashMap<String, Object>();
		entries.forEach((name, entry) -> values.put(name, entry.value()));
		return values;
	}

	/** name → value as typed. */
	public synchronized Map<String, String> raw() {
		var raw = new LinkedHashMap<String, String>();
		entries.forEach((name, entry) -> raw.put(name, entry.raw()));
		return raw;
	}

	/** The error with every secret value in its message written {@value #HIDDEN}: a report may echo a bad one. */
	public synchronized UsageException hidden(UsageException error) {
		String message = error.getMessage();
		for (Entry entry : entries.values()) {
			if (entry.secret() && !entry.raw().isEmpty() && message.contains(entry.raw())) {
				message = message.replace(entry.raw(), HIDDEN);
			}
		}
		return message.equals(error.getMessage()) ? error : new UsageException(message, error.usage());
	}

	/** @return how many were removed */
	public synchronized int clear(String name) {
		if (name == null) {
			int n = entries.size();
			entries.clear();
			return n;
		}
		return entries.remove(name) != null ? 1 : 0;
	}
}
