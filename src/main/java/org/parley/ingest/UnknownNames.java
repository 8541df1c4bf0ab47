package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Capitalised names the graph does not have as written: one it nearly has (edit distance, or the same sound by
 * Double Metaphone: "He Lipeng", "Biesant"), proposed as "same as X?"; else a new person where a title or an
 * analyst's description says the words are a person.
 */
final class UnknownNames {

	private final Gazetteer gazetteer;

	private final Cues cues;

	private final DoubleMetaphone sound = new DoubleMetaphone();

	UnknownNames(Gazetteer gazetteer, Cues cues) {
		this.gazetteer = gazetteer;
		this.cues = cues;
	}

	/** A capitalised name the graph nearly has: edit distance or sound. */
	Mention nearMatch(String t, int start, int end, String surface, List<Titles.PostMention> titles, LocalDate published) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String bestName = null;
		boolean ambiguous = false;
		for (var p : gazetteer.people()) {
			for (String n : p.names()) {
				if (n.startsWith("@") || n.contains(" ") != surface.contains(" ")) {
					continue;
				}
				if (!surface.contains(" ") && (n.length() < 5 || surface.length() < 5 || n.charAt(0) != surface.charAt(0))) {
					continue;
				}
				int d = LevenshteinDistance.getDefaultInstance().apply(surface.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
				boolean soundsAlike = sound.isDoubleMetaphoneEqual(lastWord(surface), lastWord(n))
						&& firstWordClose(surface, n);
				int limit = surface.contains(" ") ? 2 : 1;
				if (d == 0 || (d > limit && !soundsAlike) || d > surface.length() / 2) {
					continue;
				}
				if (d < bestDistance) {
					best = p.id();
					bestDistance = d;
					bestName = n;
					ambiguous = false;
				}
				else if (d == bestDistance && !p.id().equals(best)) {
					ambiguous = true;
				}
			}
		}
		if (best == null || ambiguous) {
			return null;
		}
		var person = gazetteer.person(best).orElseThrow();
		var title = Titles.before(t, start, titles);
		String reason = "'" + surface + "' is not a name in the graph but close to '" + bestName + "' (" + person.name()
				+ ", edit distance " + bestDistance + "): same as " + person.name() + "?";
		return new Mention(start, end, surface, best, null, true, 0.7, reason, title == null ? null : title.text(),
				title == null ? null : title.post(), person.side());
	}

	/**
	 * Someone the graph does not have: two or three capitalised words after a title ("Commerce Minister Zhong Shan"),
	 * or before an analyst's description ("Jane Roe, an analyst at Example Research"); a surname alone later in the
	 * article is the same new person.
	 */
	Mention newPerson(String t, int start, int end, String surface, List<Titles.PostMention> titles, List<Mention> found) {
		for (Mention earlier : found) {
			if (earlier.person() == null && !surface.contains(" ") && lastWord(earlier.name()).equals(surface)) {
				return new Mention(start, end, surface, null, earlier.name(), false, 0.6, "the surname of " + earlier.name()
						+ ", named earlier", null, null, earlier.side());
			}
		}
		if (!surface.contains(" ")) {
			return null;
		}
		var title = Titles.before(t, start, titles);
		Matcher analyst = Analysts.after(t, end);
		if (title == null && !analyst.find()) {
			return null;
		}
		String side = null;
		String reason;
		String post = null;
		if (title != null) {
			post = title.post() != null && !title.post().endsWith("?") ? title.post() : null;
			side = post == null ? null : gazetteer.post(post).map(Gazetteer.PostEntry::side).orElse(null);
			int from = t.lastIndexOf('\n', start) + 1;
			String before = t.substring(Math.max(from, start - title.text().length() - 20), start);
			for (var rule : cues.sides()) {
				if (rule.pattern().matcher(before).find()) {
					side = rule.value();
					break;
				}
			}
			reason = "no person in the graph is named '" + surface + "'; the title '" + title.text() + "' before it says a person"
					+ (post != null ? " holding " + gazetteer.post(post).map(Gazetteer.PostEntry::name).orElse(post) : "");
		}
		else {
			reason = "no person in the graph is named '" + surface + "'; the text calls them " + analyst.group().replaceFirst("^,? ", "");
		}
		return new Mention(start, end, surface, null, surface, false, title != null ? 0.6 : 0.55, reason,
				title == null ? null : title.text(), post, side);
	}

	private static String lastWord(String s) {
		return s.substring(s.lastIndexOf(' ') + 1);
	}

	private static boolean firstWordClose(String a, String b) {
		if (!a.contains(" ")) {
			return true;
		}
		return LevenshteinDistance.getDefaultInstance().apply(a.substring(0, a.indexOf(' ')).toLowerCase(Locale.ROOT),
				b.substring(0, b.indexOf(' ')).toLowerCase(Locale.ROOT)) <= 1;
	}

	/** Whether two names are at most two edits apart, ignoring case. */
	static boolean close(String a, String b) {
		return LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT)) <= 2;
	}
}
