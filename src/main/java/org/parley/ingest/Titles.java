package org.parley.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles in the text: the graph's post names and the words of {@code titles.tsv} ("Vice Premier", "Treasury chief"),
 * and the title written right before a name, with the post it names; a hyphenated word whose end is a post name
 * ("Vice-President") is a mistranslated title, kept for comparison.
 */
final class Titles {

	private static final Set<String> TITLE_WORDS = Set.of("president", "premier", "minister", "secretary", "governor",
			"commissioner", "representative", "ambassador", "chancellor", "director", "adviser", "advisor", "chairman",
			"spokesman", "spokeswoman", "spokesperson", "envoy", "senator", "negotiator", "rep", "chief", "vice");

	/** A post named in the text, by span. */
	record PostMention(int start, int end, String post) {
	}

	/** The title before a name as written, and the post it names (ending in "?" when mistranslated; null if none). */
	record Title(String text, String post) {
	}

	private final Pattern posts;

	private final Map<String, String> postBySurface = new HashMap<>();

	Titles(Gazetteer gazetteer, Cues cues) {
		for (var p : gazetteer.posts()) {
			for (String n : p.names()) {
				if (n.length() >= 3 && !n.startsWith("@")) {
					postBySurface.putIfAbsent(Recognizer.norm(n).toLowerCase(Locale.ROOT), p.id());
				}
			}
		}
		for (var rule : cues.titles()) {
			postBySurface.putIfAbsent(rule.line().split("\t")[0].strip().toLowerCase(Locale.ROOT), rule.value());
		}
		this.posts = Recognizer.alternation(postBySurface.keySet(), Pattern.CASE_INSENSITIVE);
	}

	/** Posts named in the text, by span. */
	List<PostMention> posts(String text) {
		var out = new ArrayList<PostMention>();
		Matcher m = posts.matcher(Recognizer.norm(text));
		while (m.find()) {
			out.add(new PostMention(m.start(), m.end(), postBySurface.get(m.group().toLowerCase(Locale.ROOT))));
		}
		return out;
	}

	/** Whether a word is (or, hyphenated, holds) a title word: "Secretary", "Vice-President". */
	static boolean isTitle(String word) {
		return Arrays.stream(word.toLowerCase(Locale.ROOT).split("-")).anyMatch(TITLE_WORDS::contains);
	}

	/** The title written right before a name ("Vice Premier", "Vice-President", "Commerce Minister"), if any. */
	static Title before(String t, int start, List<PostMention> titles) {
		for (PostMention p : titles) {
			if (p.end() <= start && t.substring(p.end(), start).isBlank() && start - p.end() <= 2) {
				int from = p.start();
				// a hyphenated word the post name is the end of: "Vice-President"
				while (from > 0 && (Character.isLetter(t.charAt(from - 1)) || t.charAt(from - 1) == '-')) {
					from--;
				}
				return new Title(t.substring(from, p.end()), from == p.start() ? p.post() : mistranslated(t.substring(from, p.end()), p.post()));
			}
		}
		Matcher m = Pattern.compile("((?:\\p{Lu}[\\p{L}.-]* ){1,3})$").matcher(t.substring(Math.max(0, start - 40), start));
		if (m.find()) {
			String words = m.group(1).strip();
			if (Arrays.stream(words.split(" ")).anyMatch(Titles::isTitle)) {
				return new Title(words, null);
			}
		}
		return null;
	}

	/** "Vice-President": the post its last word names is not the one meant; still a post title, so kept for comparison. */
	private static String mistranslated(String text, String post) {
		return post == null ? null : post + "?";
	}
}
