package org.parley.seed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a seed statement's leading {@code UNWIND [ ...literal rows... ] AS row} list as a parameter instead of as
 * query text. The statement means the same, but Neo4j no longer parses and rewrites hundreds of literals per
 * statement, which on a freshly started JVM cost most of a seed load. Line breaks are kept, so an error's line
 * number still points into the file. Anything that is not a plain literal (a variable, an expression) leaves the
 * statement as it is.
 */
final class LiteralHoister {

	static final String PARAMETER = "seedRows";

	/** A statement as sent to Neo4j, with its parameters. */
	record Hoisted(String text, Map<String, Object> parameters) {
	}

	private final String text;

	private int pos;

	private LiteralHoister(String text, int pos) {
		this.text = text;
		this.pos = pos;
	}

	static Hoisted hoist(String statement) {
		if (!statement.regionMatches(true, 0, "UNWIND", 0, 6) || statement.length() < 8
				|| !Character.isWhitespace(statement.charAt(6))) {
			return new Hoisted(statement, Map.of());
		}
		int start = 6;
		while (start < statement.length() && Character.isWhitespace(statement.charAt(start))) {
			start++;
		}
		if (start >= statement.length() || statement.charAt(start) != '[') {
			return new Hoisted(statement, Map.of());
		}
		var parser = new LiteralHoister(statement, start);
		Optional<Object> rows = parser.value();
		if (rows.isEmpty()) {
			return new Hoisted(statement, Map.of());
		}
		String literal = statement.substring(start, parser.pos);
		String newlines = "\n".repeat((int) literal.chars().filter(c -> c == '\n').count());
		String text = statement.substring(0, start) + "$" + PARAMETER + newlines + statement.substring(parser.pos);
		return new Hoisted(text, Map.of(PARAMETER, rows.get()));
	}

	/** One literal value, or empty when the text at this point is not a plain literal. */
	private Optional<Object> value() {
		skipSpace();
		if (pos >= text.length()) {
			return Optional.empty();
		}
		char c = text.charAt(pos);
		if (c == '[') {
			return list();
		}
		if (c == '{') {
			return map();
		}
		if (c == '\'' || c == '"') {
			return string();
		}
		if (c == '-' || Character.isDigit(c)) {
			return number();
		}
		if (Character.isLetter(c)) {
			return word();
		}
		return Optional.empty();
	}

	private Optional<Object> list() {
		pos++;
		var items = new ArrayList<Object>();
		skipSpace();
		if (peek(']')) {
			pos++;
			return Optional.of(items);
		}
		while (true) {
			Optional<Object> item = value();
			if (item.isEmpty()) {
				return Optional.empty();
			}
			items.add(item.get() == NULL ? null : item.get());
			skipSpace();
			if (peek(',')) {
				pos++;
			}
			else if (peek(']')) {
				pos++;
				return Optional.of(items);
			}
			else {
				return Optional.empty();
			}
		}
	}

	private Optional<Object> map() {
		pos++;
		var entries = new LinkedHashMap<String, Object>();
		skipSpace();
		if (peek('}')) {
			pos++;
			return Optional.of(entries);
		}
		while (true) {
			skipSpace();
			String key = key();
			skipSpace();
			if (key == null || !peek(':')) {
				return Optional.empty();
			}
			pos++;
			Optional<Object> item = value();
			if (item.isEmpty()) {
				return Optional.empty();
			}
			entries.put(key, item.get() == NULL ? null : item.get());
			skipSpace();
			if (peek(',')) {
				pos++;
			}
			else if (peek('}')) {
				pos++;
				return Optional.of(entries);
			}
			else {
				return Optional.empty();
			}
		}
	}

	private String key() {
		int start = pos;
		if (peek('`')) {
			int end = text.indexOf('`', pos + 1);
			if (end < 0) {
				return null;
			}
			pos = end + 1;
			return text.substring(start + 1, end);
		}
		while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
			pos++;
		}
		return pos > start && !Character.isDigit(text.charAt(start)) ? text.substring(start, pos) : null;
	}

	private Optional<Object> string() {
		char quote = text.charAt(pos++);
		var value = new StringBuilder();
		while (pos < text.length()) {
			char c = text.charAt(pos++);
			if (c == quote) {
				return Optional.of(value.toString());
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			if (pos >= text.length()) {
				return Optional.empty();
			}
			char e = text.charAt(pos++);
			switch (e) {
				case 't' -> value.append('\t');
				case 'b' -> value.append('\b');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 'f' -> value.append('\f');
				case '\'', '"', '\\' -> value.append(e);
				case 'u', 'U' -> {
					int digits = e == 'u' ? 4 : 8;
					if (pos + digits > text.length()) {
						return Optional.empty();
					}
					try {
						value.appendCodePoint(Integer.parseInt(text.substring(pos, pos + digits), 16));
					}
					catch (IllegalArgumentException ex) {
						return Optional.empty();
					}
					pos += digits;
				}
				default -> {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Object> number() {
		int start = pos;
		if (peek('-')) {
			pos++;
		}
		while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || ".eE+-".indexOf(text.charAt(pos)) >= 0)) {
			pos++;
		}
		String literal = text.substring(start, pos);
		try {
			if (literal.matches("-?\\d+")) {
				return Optional.of(Long.parseLong(literal));
			}
			if (literal.matches("-?\\d+\\.\\d+([eE][+-]?\\d+)?|-?\\d+[eE][+-]?\\d+")) {
				return Optional.of(Double.parseDouble(literal));
			}
		}
		catch (NumberFormatException ex) {
			// falls through: not a plain literal
		}
		return Optional.empty();
	}

	/** true, false, null, or a temporal constructor over a string literal: date('2019-07-30'), datetime('...'). */
	private Optional<Object> word() {
		int start = pos;
		while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
			pos++;
		}
		String word = text.substring(start, pos).toLowerCase();
		switch (word) {
			case "true":
				return Optional.of(Boolean.TRUE);
			case "false":
				return Optional.of(Boolean.FALSE);
			case "null":
				return Optional.of(NULL);
			case "date", "datetime":
				skipSpace();
				if (!peek('(')) {
					return Optional.empty();
				}
				pos++;
				skipSpace();
				if (!peek('\'') && !peek('"')) {
					return Optional.empty();
				}
				Optional<Object> literal = string();
				skipSpace();
				if (literal.isEmpty() || !peek(')')) {
					return Optional.empty();
				}
				pos++;
				try {
					String iso = (String) literal.get();
					return Optional.of(word.equals("date") ? LocalDate.parse(iso) : OffsetDateTime.parse(iso));
				}
				catch (DateTimeParseException ex) {
					return Optional.empty();
				}
			default:
				return Optional.empty();
		}
	}

	private boolean peek(char c) {
		return pos < text.length() && text.charAt(pos) == c;
	}

	private void skipSpace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (Character.isWhitespace(c)) {
				pos++;
			}
			else if (text.startsWith("//", pos)) {
				int end = text.indexOf('\n', pos);
				pos = end < 0 ? text.length() : end + 1;
			}
			else if (text.startsWith("/*", pos)) {
				int end = text.indexOf("*/", pos + 2);
				pos = end < 0 ? text.length() : end + 2;
			}
			else {
				return;
			}
		}
	}

	/** Stands for a literal null while parsing, so that "no literal here" and "the literal null" differ. */
	private static final Object NULL = new Object();
}
