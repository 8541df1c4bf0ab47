package org.parley.shell;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * How the console's line reader splits a line: JLine's {@link DefaultParser} (quotes, backslashes, and an unclosed
 * quote continued on the next line at a {@code dquote>} prompt), with completions quoted as the console's own parser
 * ({@link ParleyCommandParser#tokenize}) reads them. Tab on {@code counterparts Bes} inserts
 * {@code counterparts "Scott Bessent" }, not two words; inside a quote the user opened, the completion closes it.
 * Spring Shell's parser inserted a name with spaces as it is, which the command then read as two arguments.
 */
final class ConsoleLineParser implements Parser {

	private final DefaultParser parser = new DefaultParser();

	ConsoleLineParser() {
		parser.setEofOnUnclosedQuote(true);
		parser.setEofOnEscapedNewLine(true);
	}

	@Override
	public ParsedLine parse(String line, int cursor, ParseContext context) {
		ParsedLine parsed = parser.parse(line, cursor, context);
		return parsed instanceof CompletingParsedLine completing ? new Quoting(completing) : parsed;
	}

	/**
	 * A candidate as it must be typed: in double quotes when it has a space, a quote or a backslash (with {@code "}
	 * and {@code \} escaped inside), in the quote the word opened when it opened one; {@code complete} closes the
	 * quote.
	 */
	static String quote(String candidate, char openingQuote, boolean complete) {
		char quote = openingQuote;
		if (quote == 0 && candidate.chars().anyMatch(c -> Character.isWhitespace(c) || "\"'\\".indexOf(c) >= 0)) {
			quote = '"';
		}
		if (quote == 0) {
			return candidate;
		}
		// JLine replaces the whole word as typed, its opening quote too
		var text = new StringBuilder().append(quote);
		if (quote == '\'') {
			// nothing escapes inside single quotes: a quote in the value closes, escapes and reopens them
			text.append(candidate.replace("'", "'\\''"));
		}
		else {
			text.append(candidate.replace("\\", "\\\\").replace("\"", "\\\""));
		}
		if (complete) {
			text.append(quote);
		}
		return text.toString();
	}

	/** The parsed line, with {@link #quote} for what a completion inserts. */
	private record Quoting(CompletingParsedLine parsed) implements CompletingParsedLine {

		@Override
		public CharSequence escape(CharSequence candidate, boolean complete) {
			return quote(candidate.toString(), openingQuote(), complete);
		}

		/** The quote the word being completed starts with, or 0. */
		private char openingQuote() {
			int start = parsed.cursor() - parsed.rawWordCursor();
			if (start < 0 || start >= parsed.line().length() || parsed.rawWordLength() == 0) {
				return 0;
			}
			char first = parsed.line().charAt(start);
			return first == '"' || first == '\'' ? first : 0;
		}

		@Override
		public int rawWordCursor() {
			return parsed.rawWordCursor();
		}

		@Override
		public int rawWordLength() {
			return parsed.rawWordLength();
		}

		@Override
		public String word() {
			return parsed.word();
		}

		@Override
		public int wordCursor() {
			return parsed.wordCursor();
		}

		@Override
		public int wordIndex() {
			return parsed.wordIndex();
		}

		@Override
		public List<String> words() {
			return parsed.words();
		}

		@Override
		public String line() {
			return parsed.line();
		}

		@Override
		public int cursor() {
			return parsed.cursor();
		}
	}
}
