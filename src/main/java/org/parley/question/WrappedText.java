package org.parley.question;

/** Prose for the terminal: lines wrapped at spaces to 80 columns with a hanging indent. */
final class WrappedText {

	static final int WIDTH = 80;

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
		boolean empty = true;
		for (String word : text.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			if (!empty && line.length() + 1 + word.length() > WIDTH) {
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
