package org.parley.errors;

import java.util.regex.Pattern;

/** Text made to fit one line: each line break, with the whitespace around it, becomes one space. */
public final class OneLine {

	private static final Pattern BREAK = Pattern.compile("\\s*\\R\\s*");

	private OneLine() {
	}

	public static String of(String text) {
		return BREAK.matcher(text).replaceAll(" ");
	}
}
