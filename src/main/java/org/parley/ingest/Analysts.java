package org.parley.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The description after a name that says the person is an analyst ("Jane Roe, an analyst at Example Research"): what
 * makes a stance theirs rather than the outlet's, and what says capitalised words are a person the graph lacks.
 */
final class Analysts {

	static final Pattern ANALYST = Pattern.compile(
			"^,? (?:an? |the )?(?:senior |chief |lead |leading )?(?:[\\p{L}-]+ )?(analyst|economist|professor|fellow|researcher|strategist|scholar)"
			+ "(?: (?:at|of|with) (?:the )?((?:\\p{Lu}[\\p{L}&-]*)(?: (?:of |for |and )?\\p{Lu}[\\p{L}&-]*)*))?");

	private Analysts() {
	}

	/** The analyst's description right after a name ending at {@code end}, matched or not. */
	static Matcher after(String text, int end) {
		return ANALYST.matcher(text.substring(end, Math.min(text.length(), end + 120)));
	}

	/** The organization an analyst mention names ("an analyst at Example Research"), if any. */
	static String organization(String text, int end) {
		Matcher analyst = after(text, end);
		return analyst.find() ? analyst.group(2) : null;
	}

	static boolean isAnalyst(String text, int end) {
		return after(text, end).find();
	}
}
