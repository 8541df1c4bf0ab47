package org.parley.cypher;

import java.util.ArrayList;
import java.util.List;

import org.parley.errors.ParleyException;

/**
 * Splits a Cypher script into statements at top-level semicolons. A {@code ;} inside a string, a backtick-quoted
 * name or a comment does not split. Each statement keeps the line where its first token starts, so an error can
 * name {@code file:line}.
 */
public final class CypherScript {

	/** One statement of a script, without its terminating semicolon or the comments before it. */
	public record Statement(int line, String text) {
	}

	private enum State {
		CODE, SINGLE, DOUBLE, BACKTICK, LINE_COMMENT, BLOCK_COMMENT
	}

	private CypherScript() {
	}

	/**
	 * @param name  how the script is named in errors, e.g. {@code seed/10_talks.cypher}
	 * @param text  the script
	 * @return its statements in order; blank and comment-only parts are dropped
	 */
	public static List<Statement> split(String name, String text) {
		var statements = new ArrayList<Statement>();
		State state = State.CODE;
		int line = 1;
		int start = -1;
		int startLine = 0;
		int openedLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
			switch (state) {
				case CODE -> {
					if (c == '/' && next == '/') {
						state = State.LINE_COMMENT;
						i++;
					}
					else if (c == '/' && next == '*') {
						state = State.BLOCK_COMMENT;
						openedLine = line;
						i++;
					}
					else if (c == ';') {
						if (start >= 0) {
							statements.add(new Statement(startLine, text.substring(start, i).strip()));
						}
						start = -1;
					}
					else if (!Character.isWhitespace(c)) {
						if (start < 0) {
							start = i;
							startLine = line;
						}
						if (c == '\'' || c == '"' || c == '`') {
							state = c == '\'' ? State.SINGLE : c == '"' ? State.DOUBLE : State.BACKTICK;
							openedLine = line;
						}
					}
				}
				case SINGLE, DOUBLE -> {
					if (c == '\\') {
						if (next == '\n') {
							line++;
						}
						i++;
					}
					else if ((c == '\'' && state == State.SINGLE) || (c == '"' && state == State.DOUBLE)) {
						state = State.CODE;
					}
				}
				case BACKTICK -> {
					if (c == '`' && next == '`') {
						i++;
					}
					else if (c == '`') {
						state = State.CODE;
					}
				}
				case LINE_COMMENT -> {
					if (c == '\n') {
						state = State.CODE;
					}
				}
				case BLOCK_COMMENT -> {
					if (c == '*' && next == '/') {
						state = State.CODE;
						i++;
					}
				}
			}
			if (c == '\n') {
				line++;
			}
		}
		switch (state) {
			case SINGLE, DOUBLE -> throw new ParleyException(name + ":" + openedLine + ": unterminated string");
			case BACKTICK -> throw new ParleyException(name + ":" + openedLine + ": unterminated backtick-quoted name");
			case BLOCK_COMMENT -> throw new ParleyException(name + ":" + openedLine + ": unterminated /* comment");
			default -> {
			}
		}
		if (start >= 0) {
			statements.add(new Statement(startLine, text.substring(start).strip()));
		}
		return statements;
	}
}
