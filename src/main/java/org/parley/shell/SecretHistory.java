package org.parley.shell;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jline.reader.impl.history.DefaultHistory;

/**
 * The console's history ({@code $PARLEY_HOME/history}), without the values of secret session parameters: a line
 * {@code param set token s3cr3t --secret} is kept, in memory and in the file, as {@code param set token **** --secret},
 * so the value is never written to disk and the up arrow does not bring it back.
 */
class SecretHistory extends DefaultHistory {

	static final String HIDDEN = "****";

	private static final Pattern PARAM_SET = Pattern.compile("^\\s*param\\s+set(\\s.*)?$", Pattern.DOTALL);

	@Override
	public void add(Instant time, String line) {
		super.add(time, redact(line));
	}

	/** The line as history keeps it: a {@code param set ... --secret} without its value, any other line as it is. */
	static String redact(String line) {
		if (line == null || !PARAM_SET.matcher(line).matches()) {
			return line;
		}
		if (!line.contains("--secret")) {
			return line;
		}
		// a quote left open may hide the option from the words: the line is redacted all the same
		List<String> words = words(line);
		var kept = new StringBuilder("param set");
		String name = null;
		String type = null;
		for (int i = 2; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equals("--type") && i + 1 < words.size()) {
				type = words.get(++i);
			}
			else if (!word.startsWith("--") && name == null) {
				name = word;
			}
		}
		if (name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			kept.append(' ').append(name);
		}
		kept.append(' ').append(HIDDEN);
		if (type != null && type.matches("[A-Za-z<>]+")) {
			kept.append(" --type ").append(type);
		}
		return kept.append(" --secret").toString();
	}

	/** Splits at spaces outside quotes, as the console does; a quote left open runs to the end. */
	private static List<String> words(String line) {
		var words = new ArrayList<String>();
		var word = new StringBuilder();
		char quote = 0;
		boolean any = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else {
					word.append(c);
				}
			}
			else if (c == '\'' || c == '"') {
				quote = c;
				any = true;
			}
			else if (c == '\\' && i + 1 < line.length()) {
				word.append(line.charAt(++i));
				any = true;
			}
			else if (Character.isWhitespace(c)) {
				if (any) {
					words.add(word.toString());
					word.setLength(0);
					any = false;
				}
			}
			else {
				word.append(c);
				any = true;
			}
		}
		if (any) {
			words.add(word.toString());
		}
		return words;
	}
}
