package org.parley.report.parameters;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter a report declares in its header: {@code // param: at date = today  -- the date to ask about}.
 *
 * @param name        the name the query uses as {@code $name}
 * @param type        its declared type
 * @param defaultText the default as written ({@code today}, {@code 'US'}, {@code null}); {@code null} when required
 * @param allowed     the allowed values as written after {@code in [...]}; empty when any value is allowed
 * @param range       the bounds written {@code in 1..100000}, {@code in 0..} or {@code in ..10}, for numbers;
 *                    {@code null} when there are none
 * @param description what it means, from after {@code --}
 * @param line        where it is declared, for errors
 */
public record DeclaredParameter(String name, ParameterType type, String defaultText, List<String> allowed, Range range,
		String description, int line) {

	public static final String NULL = "null";

	public boolean required() {
		return defaultText == null;
	}

	/** Converts a given value, checking it against the allowed values. */
	public Object convert(String raw, Clock clock) {
		Object value = type.convert(raw, clock);
		if (range != null) {
			range.check(value);
		}
		if (allowed.isEmpty()) {
			return value;
		}
		if (value instanceof List<?> items) {
			return items.stream().map(item -> allowedValue(item, clock)).toList();
		}
		return allowedValue(value, clock);
	}

	/** The default's driver value: {@code null} for {@code = null}, else the default converted like a given value. */
	public Object defaultValue(Clock clock) {
		if (defaultText == null || defaultText.equals(NULL)) {
			return null;
		}
		return convert(unquote(defaultText), clock);
	}

	/** {@code 'US'} as written in a header: the quotes around a default are not part of its value. */
	static String unquote(String text) {
		if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
				&& text.charAt(text.length() - 1) == text.charAt(0)) {
			return text.substring(1, text.length() - 1);
		}
		return text;
	}

	/** An allowed value equal to this one; for text a match ignoring case is normalised to the allowed spelling. */
	private Object allowedValue(Object value, Clock clock) {
		for (String text : allowed) {
			Object candidate = type.element().convert(text, clock);
			if (Objects.equals(candidate, value)) {
				return candidate;
			}
			if (value instanceof String s && candidate instanceof String c
					&& s.toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT))) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("one of " + String.join(", ", allowed));
	}

	/** {@code at (date, default today)}, {@code post (string, required)}, {@code side (string, default US, one of US, CN)}. */
	public String summary() {
		var text = new StringBuilder(name).append(" (").append(type);
		text.append(required() ? ", required" : ", default " + defaultText);
		if (!allowed.isEmpty()) {
			text.append(", one of ").append(String.join(", ", allowed));
		}
		if (range != null) {
			text.append(", ").append(range.describe());
		}
		return text.append(')').toString();
	}

	/** {@code --param at=DATE}, bracketed when optional: one word of a report's usage line. */
	public String usage() {
		String text = "--param " + name + "=" + type.toString().toUpperCase(Locale.ROOT);
		return required() ? text : "[" + text + "]";
	}
}
