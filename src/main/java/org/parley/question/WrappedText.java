package org.parley.question;

import org.parley.report.format.TerminalWidth;

/** Prose for the terminal: lines wrapped at spaces to its width (80 off a terminal) with a hanging indent. */
final class WrappedText {

	private WrappedText() {
	}

	/**
	 * @param first the indent (or label) of the first line
	 * @param next  the indent of the lines after it
	 * @return the wrapped lines, each ending with a line break
	 */
	static String wrap(String text, String first, String next) {
		var out = new StringBuilder();
		var line = new StringBuilder(first);
		int width = TerminalWidth.columns();
		boolean empty = true;
		for (String word : text.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			if (!empty && line.length() + 1 + word.length() > width) {
				out.append(line).append('\n');
				line = new StringBuilder(next);
				empty = true;
			}
			line.append(empty ? "" : " ").append(word);
			empty = false;
		}
		return out.append(line).append('\n').toString();
	}
}
