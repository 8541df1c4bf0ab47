package org.parley.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verbatim phrase a proposal cites: at most 20 words of one sentence around what was recognised. */
final class Spans {

	static final int MAX_WORDS = 20;

	private static final Pattern WORD = Pattern.compile("\\S+");

	private Spans() {
	}

	record Span(int start, int end, String text) {
	}

	/** The phrase around [from, to) within the line it stands on. */
	static Span phrase(String text, int from, int to) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
		int lineEnd = text.indexOf('\n', to);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		return phrase(text, from, to, new Sentences.Sentence(lineStart, lineEnd, text.substring(lineStart, lineEnd)));
	}

	/** The whole sentence when it has at most 20 words, else 20 words around [from, to). */
	static Span phrase(String text, int from, int to, Sentences.Sentence sentence) {
		var words = new java.util.ArrayList<int[]>();
		Matcher m = WORD.matcher(sentence.text());
		while (m.find()) {
			words.add(new int[] { sentence.start() + m.start(), sentence.start() + m.end() });
		}
		if (words.isEmpty()) {
			return new Span(from, to, text.substring(from, to));
		}
		int first = 0;
		while (first < words.size() - 1 && words.get(first)[1] <= from) {
			first++;
		}
		int last = first;
		while (last < words.size() - 1 && words.get(last)[1] < to) {
			last++;
		}
		// widen around the key words, before and after in turn, to at most 20 words
		while (last - first + 1 < MAX_WORDS && (first > 0 || last < words.size() - 1)) {
			if (last < words.size() - 1) {
				last++;
			}
			if (last - first + 1 < MAX_WORDS && first > 0) {
				first--;
			}
		}
		int start = words.get(first)[0];
		int end = words.get(last)[1];
		return new Span(start, end, text.substring(start, end));
	}
}
