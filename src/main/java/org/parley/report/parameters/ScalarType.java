package org.parley.report.parameters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parley.cypher.Scalar;
import org.parley.dates.Days;
import org.parley.lookup.Kind;

/**
 * The scalar types a report parameter can declare, each turning the text the user typed into the value the driver
 * sends: {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate}, {@code ZonedDateTime} or the text itself.
 * Lists ({@code list<date>}) are lists of one of these, see {@link DeclaredParameter}.
 */
public enum ScalarType {

	STRING("string", "text"),

	INTEGER("integer", "a whole number, e.g. 10"),

	FLOAT("float", "a number, e.g. 0.5"),

	BOOLEAN("boolean", "true or false"),

	DATE("date", Days.FORM + ", e.g. 2019-07-30, or today"),

	DATETIME("datetime", "a date and time as YYYY-MM-DDThh:mm[:ss][Z|+hh:mm], e.g. 2019-07-30T09:00Z, or now"),

	/** Text naming a person: a report run resolves a name or alias to the person's id, as the questions do. */
	PERSON("person", "the name, alias or id of a person", Kind.PERSON),

	POST("post", "the name, alias or id of a post", Kind.POST),

	TOPIC("topic", "the name, alias or id of a topic", Kind.TOPIC),

	EVENT("event", "the title or id of an event", Kind.EVENT),

	SIDE("side", "a side's country code or name, e.g. US", Kind.COUNTRY);

	private final String keyword;

	private final String expected;

	private final Kind names;

	ScalarType(String keyword, String expected) {
		this(keyword, expected, null);
	}

	ScalarType(String keyword, String expected, Kind names) {
		this.keyword = keyword;
		this.expected = expected;
		this.names = names;
	}

	/**
	 * What a value of this type names ({@code person}, {@code post}...): such a value is resolved to the node's id
	 * through {@code lookup.Names} before the query runs; {@code null} for a plain value.
	 */
	public Kind names() {
		return names;
	}

	public String keyword() {
		return keyword;
	}

	/** The form a value must have, for error messages: "a date as YYYY-MM-DD, e.g. 2019-07-30, or today". */
	public String expected() {
		return expected;
	}

	public static ScalarType of(String keyword) {
		return Arrays.stream(values())
			.filter(t -> t.keyword.equals(keyword.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown type '" + keyword + "' (expected " + keywords()
					+ ", or list<TYPE>)"));
	}

	public static String keywords() {
		return Arrays.stream(values()).map(ScalarType::keyword).collect(Collectors.joining(", ")) + ", list";
	}

	/**
	 * Converts text to this type's driver value.
	 * @throws IllegalArgumentException when the text does not have the expected form
	 */
	public Object convert(String raw, Clock clock) {
		String text = raw.strip();
		try {
			return switch (this) {
				case STRING -> raw;
				case PERSON, POST, TOPIC, EVENT, SIDE -> text;
				case INTEGER -> Scalar.INTEGER.parse(text.replace("_", ""));
				case FLOAT -> parseFloat(text);
				case BOOLEAN -> parseBoolean(text);
				case DATE -> text.equalsIgnoreCase("today") ? LocalDate.now(clock) : Scalar.DATE.parse(text);
				case DATETIME -> parseDateTime(text, clock);
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new IllegalArgumentException(expected, ex);
		}
		catch (IllegalArgumentException ex) {
			// the one date rule (Days): a year out of its range is said as such
			throw new IllegalArgumentException(Days.YEARS.equals(ex.getMessage()) ? Days.YEARS + ", e.g. 2019-07-30"
					: expected, ex);
		}
	}

	private static Object parseFloat(String text) {
		if (text.endsWith("d") || text.endsWith("f") || text.endsWith("D") || text.endsWith("F")) {
			throw new NumberFormatException(text);
		}
		return Scalar.FLOAT.parse(text);
	}

	private Boolean parseBoolean(String text) {
		if (text.equalsIgnoreCase("true")) {
			return Boolean.TRUE;
		}
		if (text.equalsIgnoreCase("false")) {
			return Boolean.FALSE;
		}
		throw new IllegalArgumentException(expected);
	}

	/** Accepts an offset or zone ({@code 2019-07-30T09:00+08:00[Asia/Shanghai]}); without one, UTC is meant. */
	private static ZonedDateTime parseDateTime(String text, Clock clock) {
		if (text.equalsIgnoreCase("now")) {
			return ZonedDateTime.now(clock);
		}
		if (!text.matches("\\d{4}-.*")) {
			throw new IllegalArgumentException("datetime");
		}
		ZonedDateTime value;
		try {
			value = ZonedDateTime.parse(text);
		}
		catch (DateTimeParseException notZoned) {
			value = text.contains("T") ? LocalDateTime.parse(text).atZone(ZoneOffset.UTC)
					: Days.parse(text).atStartOfDay(ZoneOffset.UTC);
		}
		Days.check(value.getYear());
		return value;
	}
}
