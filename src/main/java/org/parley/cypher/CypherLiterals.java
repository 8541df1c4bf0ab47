package org.parley.cypher;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.parley.errors.ParleyException;

/**
 * The one writer of values as Cypher literals: {@code null}, lists {@code [a, b]} and maps {@code {key: value}} the
 * same way everywhere, text and the other values in a {@link Style}. {@link #SCRIPT} writes what a seed script may
 * hold (exact, one line, nothing a reader could take for code); a report cell writes its display style with it.
 */
public final class CypherLiterals {

	/**
	 * How a kind of output writes what is not null, a list or a map.
	 * @param text   a text value
	 * @param key    a map key (a style may refuse it)
	 * @param sorted whether map entries are written in key order (else in the map's own)
	 * @param other  any other value ({@link #literal} writes the values inside a list or map again in this style)
	 */
	public record Style(UnaryOperator<String> text, UnaryOperator<String> key, boolean sorted,
			Function<Object, String> other) {
	}

	/**
	 * For scripts Parley writes ({@code export seed}): single-quoted text with every unsafe character escaped, plain
	 * keys in order, numbers, booleans, dates and datetimes; anything it cannot write exactly and safely is refused.
	 */
	public static final Style SCRIPT = new Style(text -> "'" + escape(text) + "'", CypherLiterals::plainKey, true,
			CypherLiterals::scriptValue);

	private CypherLiterals() {
	}

	/** The value as a literal of the style. */
	public static String literal(Object value, Style style) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return style.text().apply(text);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(item -> literal(item, style)).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> entries = style.sorted() ? new TreeMap<>() : new LinkedHashMap<>();
			map.forEach((k, v) -> entries.put(String.valueOf(k), v));
			return entries.entrySet()
				.stream()
				.map(e -> style.key().apply(e.getKey()) + ": " + literal(e.getValue(), style))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		return style.other().apply(value);
	}

	private static String plainKey(String name) {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new ParleyException("cannot export the property key '" + comment(name)
					+ "': only plain names (letters, digits, _) are written to a seed script");
		}
		return name;
	}

	private static String scriptValue(Object value) {
		if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
			return String.valueOf(value);
		}
		if (value instanceof Double number) {
			return number.isNaN() ? "(0.0 / 0.0)" : number.isInfinite() ? (number > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)")
					: String.valueOf(number);
		}
		if (value instanceof LocalDate day) {
			return "date('" + day + "')";
		}
		if (value instanceof ZonedDateTime time) {
			return "datetime('" + time.toOffsetDateTime() + "')";
		}
		throw new ParleyException("cannot export a value of type " + value.getClass().getSimpleName()
				+ " (export seed writes strings, numbers, booleans, dates, datetimes and lists of them)");
	}

	/**
	 * The body of a single-quoted Cypher string: backslash and quote escaped, and every character that could end a
	 * line or hide in one (C0 and C1 controls, line and paragraph separators, format characters) as a backslash-u escape,
	 * which Cypher reads back as the same character.
	 */
	public static String escape(String text) {
		var out = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(c -> {
			if (c == '\\' || c == '\'') {
				out.append('\\').appendCodePoint(c);
			}
			else if (unsafe(c)) {
				out.append(unicode(c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** Text for a {@code //} comment: one line whatever it holds (unsafe characters shown as backslash-u escapes). */
	public static String comment(String text) {
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> out.append(unsafe(c) ? unicode(c) : Character.toString(c)));
		return out.toString();
	}

	/** Characters that may end a line for some reader, or that a person cannot see: never written raw. */
	public static boolean unsafe(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| type == Character.FORMAT || type == Character.SURROGATE;
	}

	/** {@code \\uXXXX} for each UTF-16 unit of {@code c} (a pair for a supplementary character). */
	private static String unicode(int c) {
		var out = new StringBuilder();
		for (char unit : Character.toChars(c)) {
			out.append(String.format("\\u%04X", (int) unit));
		}
		return out.toString();
	}
}
