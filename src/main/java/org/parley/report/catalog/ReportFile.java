package org.parley.report.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parley.dates.Days;
import org.parley.errors.ParleyException;
import org.parley.cypher.CypherScript;
import org.parley.report.parameters.DeclaredParameter;
import org.parley.report.parameters.ParameterType;
import org.parley.report.parameters.Range;

/**
 * A saved report, {@code cypher/NAME.cypher}: a header of {@code //} comments and one read query.
 *
 * <pre>
 * // title: Who held a post on a date
 * // description: The people holding a post on a given day,
 * //   with their side.
 * // param: post string = 'us-treasury-secretary'  -- id or name of the post
 * // param: at date = today  -- the date to ask about
 * // param: side string = US in [US, CN]
 * // example: report run who-held --param post=USTR --param at=2019-07-30
 * MATCH ... RETURN ...
 * </pre>
 *
 * Header fields are {@code title} (required), {@code description} (further comment lines continue it),
 * {@code param} (any number) and {@code example}; other comment lines are free text, but {@code // word: ...} with an
 * unknown lower-case word is taken for a misspelt field. Errors name {@code file:line}.
 *
 * @param name       the report's name: the file name without {@code .cypher}
 * @param origin     where it was read from, as errors name it: {@code cypher/labels.cypher}
 * @param queryLine  the line of the file where the query starts
 */
public record ReportFile(String name, String origin, String title, String description, List<DeclaredParameter> parameters,
		String example, String query, int queryLine) {

	private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z-]*)\\s*:\\s*(.*)$");

	private static final Pattern PARAM = Pattern
		.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s+(list\\s*<\\s*[A-Za-z]+\\s*>|[A-Za-z]+)(.*)$");

	private static final List<String> FIELDS = List.of("title", "description", "param", "example");

	public static ReportFile parse(String name, String origin, String text) {
		List<CypherScript.Statement> statements = CypherScript.split(origin, text);
		if (statements.isEmpty()) {
			throw error(origin, 1, "the report has no query");
		}
		if (statements.size() > 1) {
			throw error(origin, statements.get(1).line(), "a report holds one query, but a second one starts here");
		}
		CypherScript.Statement statement = statements.get(0);
		String[] lines = text.split("\\R", -1);
		String title = null;
		var description = new StringBuilder();
		String example = null;
		var parameters = new ArrayList<DeclaredParameter>();
		boolean inDescription = false;
		for (int i = 0; i < statement.line() - 1 && i < lines.length; i++) {
			int line = i + 1;
			String stripped = lines[i].strip();
			if (!stripped.startsWith("//")) {
				inDescription = false;
				continue;
			}
			String content = stripped.substring(2).strip();
			Matcher field = FIELD.matcher(content);
			String key = field.matches() ? field.group(1) : null;
			if (key != null && FIELDS.contains(key.toLowerCase(Locale.ROOT))) {
				key = key.toLowerCase(Locale.ROOT);
			}
			if (key == null || (!FIELDS.contains(key) && !key.equals(key.toLowerCase(Locale.ROOT)))) {
				if (inDescription && !content.isEmpty()) {
					description.append(' ').append(content);
				}
				else {
					inDescription = false;
				}
				continue;
			}
			String value = field.group(2).strip();
			inDescription = key.equals("description");
			switch (key) {
				case "title" -> {
					if (title != null) {
						throw error(origin, line, "the header has a second title");
					}
					title = value;
				}
				case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
				case "example" -> example = value;
				case "param" -> parameters.add(parameter(origin, line, value));
				default -> throw error(origin, line, "unknown header field '" + key + "' (expected "
						+ String.join(", ", FIELDS) + ")");
			}
		}
		if (title == null || title.isEmpty()) {
			throw error(origin, 1, "the header has no '// title: ...' line");
		}
		var seen = new HashSet<String>();
		for (DeclaredParameter parameter : parameters) {
			if (!seen.add(parameter.name())) {
				throw error(origin, parameter.line(), "parameter '" + parameter.name() + "' is declared twice");
			}
		}
		return new ReportFile(name, origin, title, description.toString().strip(), List.copyOf(parameters), example,
				statement.text(), statement.line());
	}

	public Optional<DeclaredParameter> parameter(String parameterName) {
		return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
	}

	/** {@code usage: report run who-held --param post=STRING [--param at=DATE]}: how to run this report. */
	public String usage() {
		return "usage: report run " + name + parameters.stream().map(p -> " " + p.usage()).collect(Collectors.joining());
	}

	/** Names the parameters this report expects, for error messages. */
	String expectedParameters() {
		return parameters.isEmpty() ? "it takes no parameters"
				: "expected: " + parameters.stream().map(DeclaredParameter::summary).collect(Collectors.joining(", "));
	}

	/** Reads {@code NAME TYPE [= DEFAULT] [in [A, B]] [-- description]}. */
	private static DeclaredParameter parameter(String origin, int line, String text) {
		Matcher m = PARAM.matcher(text);
		if (!m.matches()) {
			throw error(origin, line, "cannot read the parameter: expected 'param: NAME TYPE [= DEFAULT] [in [A, B]] "
					+ "[-- description]'");
		}
		String name = m.group(1);
		ParameterType type;
		try {
			type = ParameterType.parse(m.group(2).replaceAll("\\s+", ""));
		}
		catch (IllegalArgumentException ex) {
			throw error(origin, line, "parameter '" + name + "' has an " + ex.getMessage());
		}
		var rest = new Scanner(m.group(3));
		String defaultText = null;
		List<String> allowed = List.of();
		Range range = null;
		String description = "";
		try {
			if (rest.skip("=")) {
			defaultText = rest.token();
			if (defaultText == null) {
				throw error(origin, line, "parameter '" + name + "' has '=' but no default value");
			}
		}
		if (rest.skipWord("in")) {
			String list = rest.token();
			if (list != null && list.contains("..") && !list.startsWith("[")) {
				range = Range.parse(list, type);
			}
			else if (list == null || !list.startsWith("[")) {
				throw error(origin, line, "parameter '" + name + "': expected 'in [A, B, ...]' or 'in MIN..MAX'");
			}
			else {
				allowed = List.copyOf(ParameterType.splitList(list));
			}
		}
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw error(origin, line, "parameter '" + name + "': " + ex.getMessage());
		}
		if (rest.skip("--")) {
			description = rest.remainder();
		}
		else if (!rest.atEnd()) {
			throw error(origin, line, "parameter '" + name + "': unexpected '" + rest.remainder()
					+ "' (a description follows '--')");
		}
		var parameter = new DeclaredParameter(name, type, defaultText, allowed, range, description, line);
		Clock clock = Days.CLOCK;
		for (String value : allowed) {
			try {
				type.element().convert(value, clock);
			}
			catch (IllegalArgumentException ex) {
				throw error(origin, line, "allowed value '" + value + "' of parameter '" + name + "' is not "
						+ type.element().expected());
			}
		}
		try {
			parameter.defaultValue(clock);
		}
		catch (IllegalArgumentException ex) {
			throw error(origin, line, "default " + defaultText + " of parameter '" + name + "' does not fit its "
					+ "declaration: expected " + ex.getMessage());
		}
		return parameter;
	}

	private static ParleyException error(String origin, int line, String message) {
		return new ParleyException(origin + ":" + line + ": " + message);
	}

	/** Reads the words of a parameter declaration: quoted strings and {@code [...]} lists stay one token. */
	private static final class Scanner {

		private final String text;

		private int at;

		Scanner(String text) {
			this.text = text;
		}

		private void whitespace() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}

		boolean skip(String symbol) {
			whitespace();
			if (text.startsWith(symbol, at)) {
				at += symbol.length();
				return true;
			}
			return false;
		}

		boolean skipWord(String word) {
			whitespace();
			int end = at + word.length();
			if (text.startsWith(word, at) && end < text.length()
					&& (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '[')) {
				at = end;
				return true;
			}
			return false;
		}

		/** A quoted string (quotes kept), a bracketed list, or a word; {@code null} at the end. */
		String token() {
			whitespace();
			if (at >= text.length()) {
				return null;
			}
			int start = at;
			char first = text.charAt(at);
			char close = first == '[' ? ']' : (first == '\'' || first == '"') ? first : 0;
			if (close == 0) {
				while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
					at++;
				}
				return text.substring(start, at);
			}
			char quote = 0;
			for (at = start + 1; at < text.length(); at++) {
				char c = text.charAt(at);
				if (quote != 0) {
					quote = c == quote ? 0 : quote;
				}
				else if (c == close) {
					at++;
					return text.substring(start, at);
				}
				else if (close == ']' && (c == '\'' || c == '"')) {
					quote = c;
				}
			}
			throw new IllegalStateException("unclosed " + first + " in '" + text.substring(start).strip() + "'");
		}

		String remainder() {
			String rest = text.substring(Math.min(at, text.length())).strip();
			at = text.length();
			return rest;
		}

		boolean atEnd() {
			whitespace();
			return at >= text.length();
		}
	}
}
