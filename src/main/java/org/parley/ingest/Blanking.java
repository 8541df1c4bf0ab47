package org.parley.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a sentence blanked out, same length, so that offsets stay those of the text: what is quoted (someone's
 * words, whose tense is not the article's) and what a pattern matches (a date something takes effect on).
 */
final class Blanking {

	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");

	private Blanking() {
	}

	/**
	 * The text with what is quoted blanked out, same length: offsets stay those of the text. A quoted word or two
	 * ("expected") is the article's own wording, kept.
	 */
	static String unquoted(String text) {
		var out = new StringBuilder(text);
		Matcher m = QUOTED.matcher(text);
		while (m.find()) {
			if (m.group().strip().split("\\s+").length < 4) {
				continue;
			}
			for (int i = m.start(); i < m.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	/** The text with what a pattern matches blanked out, same length. */
	static String blank(String text, Pattern pattern) {
		var out = new StringBuilder(text);
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}
}
