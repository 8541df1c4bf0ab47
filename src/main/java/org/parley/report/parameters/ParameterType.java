package org.parley.report.parameters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A declared parameter type: one of the {@link ScalarType scalars}, or a list of one ({@code list} alone is a list of
 * strings, {@code list<date>} a list of dates). A list is written {@code a,b,c} or {@code [a, b, c]}; an element may
 * be quoted to keep a comma in it.
 */
public record ParameterType(ScalarType element, boolean list) {

	/** Reads {@code date}, {@code list} or {@code list<integer>}. */
	public static ParameterType parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.equals("list")) {
			return new ParameterType(ScalarType.STRING, true);
		}
		if (t.startsWith("list<") && t.endsWith(">")) {
			return new ParameterType(ScalarType.of(t.substring(5, t.length() - 1).strip()), true);
		}
		return new ParameterType(ScalarType.of(t), false);
	}

	/** What a value must look like, for error messages. */
	public String expected() {
		return list ? "a comma-separated list of " + element.keyword() + " values (" + element.expected() + ")"
				: element.expected();
	}

	/**
	 * Converts text to the driver value: a scalar, or a {@code List} of them.
	 * @throws IllegalArgumentException when the text (or one element) does not fit
	 */
	public Object convert(String raw, Clock clock) {
		if (!list) {
			return element.convert(raw, clock);
		}
		var values = new ArrayList<Object>();
		for (String item : splitList(raw)) {
			values.add(element.convert(item, clock));
		}
		return values;
	}

	/** Splits {@code a, 'b, c', d} or {@code [a, b]} at top-level commas; quotes around an item are removed. */
	public static List<String> splitList(String raw) {
		String text = raw.strip();
		if (text.startsWith("[") != text.endsWith("]")) {
			throw new IllegalArgumentException("a list as [a, b] or a, b with both brackets or none, not '" + text + "'");
		}
		if (text.startsWith("[") && text.endsWith("]")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		var items = new ArrayList<String>();
		if (text.isEmpty()) {
			return items;
		}
		var item = new StringBuilder();
		char quote = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else {
					item.append(c);
				}
			}
			else if ((c == '\'' || c == '"') && item.toString().isBlank()) {
				quote = c;
				quoted = true;
				item.setLength(0);
			}
			else if (c == ',') {
				items.add(quoted ? item.toString() : item.toString().strip());
				item.setLength(0);
				quoted = false;
			}
			else if (!(quoted && Character.isWhitespace(c))) {
				item.append(c);
			}
		}
		if (quote != 0) {
			throw new IllegalArgumentException("unclosed " + quote + " quote in the list");
		}
		items.add(quoted ? item.toString() : item.toString().strip());
		return items;
	}

	@Override
	public String toString() {
		return list ? (element == ScalarType.STRING ? "list" : "list<" + element.keyword() + ">") : element.keyword();
	}
}
