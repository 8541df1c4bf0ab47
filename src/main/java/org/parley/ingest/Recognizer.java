package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the people an article names, with the graph's names and aliases as the gazetteer: exact names first (longest
 * wins), then capitalised names the graph nearly has ("He Lipeng", "Biesant", "Jamison Greer"), proposed as "same as X?",
 * and new people where a title or an analyst's description says the capitalised words are a person ({@link
 * UnknownNames}). A title ({@link Titles}) written before a name is checked against the post the
 * person held that day ("Vice-President He Lifeng" is the Vice Premier: a mistranslated title, not someone else).
 */
final class Recognizer {

	private static final Pattern CAPITALISED = Pattern.compile(
			"(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?![\\p{L}\\p{N}'’])");

	private final Gazetteer gazetteer;

	private final Cues cues;

	private final Pattern people;

	private final Map<String, List<String>> bySurface = new HashMap<>();

	private final Titles titles;

	private final UnknownNames unknown;

	private final Pattern others;

	Recognizer(Gazetteer gazetteer, Cues cues) {
		this.gazetteer = gazetteer;
		this.cues = cues;
		for (var p : gazetteer.people()) {
			for (String n : p.names()) {
				if (n.length() >= 2 && !n.startsWith("@") && Character.isUpperCase(n.codePointAt(0))) {
					bySurface.computeIfAbsent(norm(n), k -> new ArrayList<>()).add(p.id());
				}
			}
		}
		this.people = alternation(bySurface.keySet(), 0);
		this.titles = new Titles(gazetteer, cues);
		this.unknown = new UnknownNames(gazetteer, cues);
		var other = new java.util.HashSet<String>();
		gazetteer.organizations().forEach(o -> o.names().stream().filter(n -> n.length() >= 2).forEach(n -> other.add(norm(n))));
		gazetteer.places().forEach(o -> o.names().stream().filter(n -> n.length() >= 2).forEach(n -> other.add(norm(n))));
		this.others = alternation(other, 0);
	}

	/** One regular expression for many names: longest first, whole words only. */
	static Pattern alternation(java.util.Collection<String> names, int flags) {
		if (names.isEmpty()) {
			return Pattern.compile("(?!)");
		}
		String body = names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
			.map(Pattern::quote).collect(Collectors.joining("|"));
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])", flags);
	}

	/** Curly apostrophes as straight ones, same length: offsets stay those of the article. */
	static String norm(String text) {
		return text.replace('’', '\'').replace('‘', '\'');
	}

	/** Every person named in the text, in order. */
	List<Mention> mentions(String text, LocalDate published) {
		String t = norm(text);
		List<Titles.PostMention> titles = this.titles.posts(text);
		var found = new ArrayList<Mention>();
		var taken = new boolean[t.length()];
		// an organization or place whose name holds a person's ("Trump administration") is not the person
		var institutions = new boolean[t.length()];
		Matcher known = others.matcher(t);
		while (known.find()) {
			for (int i = known.start(); i < known.end(); i++) {
				institutions[i] = true;
			}
		}
		Matcher m = people.matcher(t);
		while (m.find()) {
			if (overlaps(institutions, m.start(), m.end()) && !covers(institutions, m.start(), m.end(), t)) {
				continue;
			}
			List<String> ids = bySurface.get(m.group());
			if (ids.size() != 1) {
				continue; // a name two people share: said nothing about whom
			}
			String id = ids.get(0);
			var person = gazetteer.person(id).orElseThrow();
			int start = m.start();
			String surface = m.group();
			boolean near = false;
			double confidence = surface.contains(" ") ? 0.95 : 0.85;
			String reason = "'" + surface + "' is " + (surface.equals(person.name()) ? "the name" : "an alias") + " of " + person.name();
			// a single known word after an unknown capitalised one: "Jamison Greer" for Jamieson Greer
			if (!surface.contains(" ")) {
				Matcher before = Pattern.compile("(\\p{Lu}\\p{Ll}+) $").matcher(t.substring(Math.max(0, start - 30), start));
				if (before.find() && !cues.words().contains(before.group(1)) && !Titles.isTitle(before.group(1))) {
					String full = before.group(1) + " " + surface;
					if (!full.equals(person.name()) && UnknownNames.close(full, person.name())) {
						start -= before.group(1).length() + 1;
						surface = full;
						near = true;
						confidence = 0.7;
						reason = "'" + full + "' is not a name in the graph but close to " + person.name() + " (edit distance "
								+ LevenshteinDistance.getDefaultInstance().apply(full.toLowerCase(Locale.ROOT), person.name().toLowerCase(Locale.ROOT))
								+ "): same as " + person.name() + "?";
					}
				}
			}
			var title = Titles.before(t, start, titles);
			if (title != null && title.post() != null) {
				String held = person.postOn(published).orElse(null);
				if (held != null && !held.equals(title.post())) {
					String heldName = gazetteer.post(held).map(Gazetteer.PostEntry::name).orElse(held);
					reason += "; the title '" + title.text() + "' is not the post " + person.name() + " held on " + published
							+ " (" + heldName + "): taken as a mistranslated title";
					confidence = Math.min(confidence, 0.8);
				}
			}
			add(found, taken, new Mention(start, m.end(), surface, id, null, near, confidence, reason,
					title == null ? null : title.text(), title == null ? null : title.post(), person.side()));
		}
		for (int i = 0; i < t.length(); i++) {
			taken[i] |= institutions[i];
		}
		for (Titles.PostMention p : titles) {
			for (int i = p.start(); i < p.end(); i++) {
				taken[i] = true;
			}
		}
		for (int[] run : runs(t, taken)) {
			int start = run[0];
			int end = run[1];
			String surface = t.substring(start, end);
			Mention near = unknown.nearMatch(t, start, end, surface, titles, published);
			if (near != null) {
				add(found, taken, near);
				continue;
			}
			Mention fresh = unknown.newPerson(t, start, end, surface, titles, found);
			if (fresh != null) {
				add(found, taken, fresh);
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return found;
	}

	/**
	 * Runs of one to three capitalised words, next to each other, none already recognised, none a word that starts
	 * no name (words.tsv) nor a title: the candidates for a misspelt or a new name.
	 */
	private List<int[]> runs(String t, boolean[] taken) {
		var runs = new ArrayList<int[]>();
		int runStart = -1;
		int runEnd = -1;
		int words = 0;
		Matcher c = CAPITALISED.matcher(t);
		while (c.find()) {
			boolean usable = !overlaps(taken, c.start(), c.end()) && !cues.words().contains(c.group()) && !Titles.isTitle(c.group());
			boolean adjacent = runStart >= 0 && c.start() == runEnd + 1 && t.charAt(runEnd) == ' ' && words < 3;
			if (usable && adjacent) {
				runEnd = c.end();
				words++;
				continue;
			}
			if (runStart >= 0) {
				runs.add(new int[] { runStart, runEnd });
				runStart = -1;
			}
			if (usable) {
				runStart = c.start();
				runEnd = c.end();
				words = 1;
			}
		}
		if (runStart >= 0) {
			runs.add(new int[] { runStart, runEnd });
		}
		return runs;
	}

	private static void add(List<Mention> found, boolean[] taken, Mention mention) {
		for (int i = mention.start(); i < mention.end(); i++) {
			taken[i] = true;
		}
		found.add(mention);
	}

	/** Whether an institution's name lies entirely inside [start, end): then the person's name is the longer. */
	private static boolean covers(boolean[] institutions, int start, int end, String t) {
		boolean inside = (start == 0 || !institutions[start - 1]) && (end >= t.length() || !institutions[end]);
		return inside;
	}

	private static boolean overlaps(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

	/** Distinct people by key, first mention first. */
	static Map<String, Mention> firstMentions(List<Mention> mentions) {
		var out = new LinkedHashMap<String, Mention>();
		for (Mention m : mentions) {
			out.putIfAbsent(m.key() + (m.near() ? "|" + m.surface() : ""), m);
		}
		return out;
	}
}
