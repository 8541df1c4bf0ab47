package org.parley.report.catalog;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parley.errors.UsageException;
import org.parley.report.parameters.DeclaredParameter;
import org.parley.report.parameters.ParameterType;
import org.parley.report.parameters.ScalarType;

/**
 * Turns {@code --param NAME=VALUE} words into the parameter map the driver sends: for a report, converted and checked
 * against its declared types, allowed values and defaults; for ad-hoc Cypher, typed by the value's form or by an
 * explicit {@code NAME:TYPE=VALUE}. Values only ever travel as driver parameters, never as Cypher text.
 */
public final class ParameterValues {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

	private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?\\d+[eE][-+]?\\d+");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

	private ParameterValues() {
	}

	/** One {@code --param}: its name, the type written after {@code :} ({@code null} if none) and its raw value. */
	record Assignment(String name, ParameterType type, String value) {
	}

	/**
	 * Splits {@code NAME=VALUE} (or {@code NAME:TYPE=VALUE} when {@code typed}) words, in order.
	 * @throws UsageException for a word without {@code =}, a bad name or type, or a name given twice
	 */
	public static Map<String, Assignment> parse(List<String> words, boolean typed, String usage) {
		var assignments = new LinkedHashMap<String, Assignment>();
		for (String word : words) {
			int eq = word.indexOf('=');
			if (eq <= 0) {
				throw new UsageException("invalid --param '" + word + "': expected NAME=VALUE", usage);
			}
			String name = word.substring(0, eq).strip();
			ParameterType type = null;
			int colon = name.indexOf(':');
			if (typed && colon > 0) {
				try {
					type = ParameterType.parse(name.substring(colon + 1));
				}
				catch (IllegalArgumentException ex) {
					throw new UsageException("invalid --param '" + word + "': " + ex.getMessage(), usage);
				}
				name = name.substring(0, colon).strip();
			}
			if (!NAME.matcher(name).matches()) {
				throw new UsageException("invalid --param '" + word + "': '" + name + "' is not a parameter name "
						+ "(letters, digits and _)", usage);
			}
			if (assignments.put(name, new Assignment(name, type, word.substring(eq + 1))) != null) {
				throw new UsageException("parameter '" + name + "' is given twice", usage);
			}
		}
		return assignments;
	}

	/**
	 * The driver parameters of a report run: each declared parameter from {@code given}, else from the session's
	 * parameters of that name, else its default.
	 * @throws UsageException naming the parameter, the value and the expected form, or listing the expected ones
	 */
	public static Map<String, Object> resolve(ReportFile report, Map<String, Assignment> given, Map<String, String> session,
			Clock clock) {
		String usage = report.usage();
		for (Assignment assignment : given.values()) {
			if (report.parameter(assignment.name()).isEmpty()) {
				throw new UsageException("unknown parameter '" + assignment.name() + "' for report '" + report.name()
						+ "'; " + report.expectedParameters(), usage);
			}
		}
		var values = new LinkedHashMap<String, Object>();
		var missing = new StringBuilder();
		for (DeclaredParameter parameter : report.parameters()) {
			Assignment assignment = given.get(parameter.name());
			String raw = assignment != null ? assignment.value() : session.get(parameter.name());
			if (raw == null && parameter.required()) {
				missing.append(missing.isEmpty() ? "" : ", ").append(parameter.name());
				continue;
			}
			try {
				values.put(parameter.name(), raw != null ? parameter.convert(raw, clock) : parameter.defaultValue(clock));
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("invalid value '" + raw + "' for parameter '" + parameter.name()
						+ "' of report '" + report.name() + "': expected " + ex.getMessage(), usage);
			}
		}
		if (!missing.isEmpty()) {
			throw new UsageException("missing parameter" + (missing.indexOf(",") > 0 ? "s " : " ") + missing
					+ " for report '" + report.name() + "'; " + report.expectedParameters(), usage);
		}
		return values;
	}

	/** The driver parameters of ad-hoc Cypher: typed as declared with {@code NAME:TYPE=}, else by {@link #infer}. */
	public static Map<String, Object> adHoc(Map<String, Assignment> given, Clock clock, String usage) {
		var values = new LinkedHashMap<String, Object>();
		for (Assignment assignment : given.values()) {
			values.put(assignment.name(), convert(assignment.name(), assignment.type(), assignment.value(), clock, usage));
		}
		return values;
	}

	/** Converts one value as {@code type}, or by its form when {@code type} is {@code null}. */
	public static Object convert(String name, ParameterType type, String raw, Clock clock, String usage) {
		try {
			return type == null ? infer(raw, clock) : type.convert(raw, clock);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("invalid value '" + raw + "' for parameter '" + name + "': expected "
					+ ex.getMessage(), usage);
		}
	}

	/**
	 * Types a value by its form, as cypher-shell reads a literal: {@code 42} integer, {@code 0.5} float,
	 * {@code true} boolean, {@code 2019-07-30} date, {@code 2019-07-30T09:00Z} datetime, {@code [a, 1]} list,
	 * {@code null}; anything else, and anything in quotes ({@code '007'}), is text.
	 * @throws IllegalArgumentException for something shaped like a date that is none, such as {@code 2019-13-45}, or
	 *                                  a number beyond its type's range ({@code 1e999} would be Infinity)
	 */
	static Object infer(String raw, Clock clock) {
		String text = raw.strip();
		if (text.length() >= 2 && (text.startsWith("'") || text.startsWith("\"")) && text.endsWith(text.substring(0, 1))) {
			return text.substring(1, text.length() - 1);
		}
		if (text.equals("null")) {
			return null;
		}
		if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(text);
		}
		if (INTEGER.matcher(text).matches()) {
			try {
				return Long.parseLong(text);
			}
			catch (NumberFormatException tooLarge) {
				return raw;
			}
		}
		if (FLOAT.matcher(text).matches()) {
			double value = Double.parseDouble(text);
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("a finite number: " + text + " is beyond a float's range "
						+ "(quote it to send text)");
			}
			return value;
		}
		if (DATE.matcher(text).matches()) {
			return ScalarType.DATE.convert(text, clock);
		}
		if (DATETIME.matcher(text).matches()) {
			return ScalarType.DATETIME.convert(text, clock);
		}
		if (text.startsWith("[") && text.endsWith("]")) {
			return ParameterType.splitList(text).stream().map(item -> infer(item, clock)).toList();
		}
		return raw;
	}
}
