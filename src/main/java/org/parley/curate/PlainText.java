package org.parley.curate;

import org.parley.errors.ParleyException;

/**
 * What a person types into a curation command is one line of text: names, titles, aliases, {@code --by} and reasons
 * never hold a control character (newline, carriage return, NUL, the other C0 and C1 controls) nor a line or
 * paragraph separator, which could end a line of a seed script or a log and hide what follows.
 */
final class PlainText {

	private PlainText() {
	}

	/**
	 * Checks each value (a String, or the list of a repeated option) after the name of its option.
	 * @param optionsAndValues {@code "--by", by, "NAME", name, ...}
	 * @throws ParleyException naming the option, the character and where it is, for the first value that holds one
	 */
	static void require(Object... optionsAndValues) {
		for (int i = 0; i + 1 < optionsAndValues.length; i += 2) {
			String option = (String) optionsAndValues[i];
			Object value = optionsAndValues[i + 1];
			if (value instanceof String text) {
				check(option, text);
			}
			else if (value instanceof Iterable<?> texts) {
				texts.forEach(text -> check(option, (String) text));
			}
		}
	}

	static void check(String option, String text) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (breaking(c)) {
				throw new ParleyException(option + " holds a control character (U+" + String.format("%04X", (int) c)
						+ ") at character " + (i + 1) + ": names, titles, aliases, --by and reasons must be one line "
						+ "of visible text");
			}
		}
	}

	/** C0 and C1 controls (newline, CR, NUL, tab, ...), U+2028 and U+2029. */
	static boolean breaking(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}
}
