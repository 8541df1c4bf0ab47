package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the people an article names, with the graph's names and aliases as the gazetteer: exact names first (longest
 * wins), then capitalised names the graph nearly has (edit distance, or the same sound by Double Metaphone: "He
 * Lipeng", "Biesant", "Jamison Greer"), proposed as "same as X?"; then new people where a title or an analyst's
 * description says the capitalised words are a person. A title written before a name is checked against the post the
 * person held that day ("Vice-President He Lifeng" is the Vice Premier: a mistranslated title, not someone else).
 */
final class Recognizer {

	private static final Pattern CAPITALISED = Pattern.compile(
			"(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?![\\p{L}\\p{N}'’])");

	private static final Set<String> TITLE_WORDS = Set.of("president", "premier", "minister", "secretary", "governor",
			"commissioner", "representative", "ambassador", "chancellor", "director", "adviser", "advisor", "chairman",
			"spokesman", "spokeswoman", "spokesperson", "envoy", "senator", "negotiator", "rep", "chief", "vice");

	private static final Pattern ANALYST = Pattern.compile(
			"^,? (?:an? |the )?(?:senior |chief |lead |leading )?(?:[\\p{L}-]+ )?(analyst|economist|professor|fellow|researcher|strategist|scholar)"
			+ "(?: (?:at|of|with) (?:the )?((?:\\p{Lu}[\\p{L}&-]*)(?: (?:of |for |and )?\\p{Lu}[\\p{L}&-]*)*))?");

	private final Gazetteer gazetteer;

	private final Cues cues;

	private final Pattern people;

	private final Map<String, List<String>> bySurface = new HashMap<>();

	private final Pattern posts;

	private final Map<String, String> postBySurface = new HashMap<>();

	private final Pattern others;

	private final DoubleMetaphone sound = new DoubleMetaphone();

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
		for (var p : gazetteer.posts()) {
			for (String n : p.names()) {
				if (n.length() >= 3 && !n.startsWith("@")) {
					postBySurface.putIfAbsent(norm(n).toLowerCase(Locale.ROOT), p.id());
				}
			}
		}
		for (var rule : cues.titles()) {
			postBySurface.putIfAbsent(rule.line().split("\t")[0].strip().toLowerCase(Locale.ROOT), rule.value());
		}
		this.posts = alternation(postBySurface.keySet(), Pattern.CASE_INSENSITIVE);
		var other = new java.util.HashSet<String>();
		gazetteer.organizations().forEach(o -> o.names().stream().filter(n -> n.length() >= 2).forEach(n -> other.add(norm(n))));
		gazetteer.places().forEach(o -> o.names().stream().filter(n -> n.length() >= 2).forEach(n -> other.add(norm(n))));
		this.others = alternation(other, 0);
	}

	/** One regular expression for many names: longest first, whole words only. */
	private static Pattern alternation(java.util.Collection<String> names, int flags) {
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

	/** Posts named in the text, by span. */
	record PostMention(int start, int end, String post) {
	}

	List<PostMention> posts(String text) {
		var out = new ArrayList<PostMention>();
		Matcher m = posts.matcher(norm(text));
		while (m.find()) {
			out.add(new PostMention(m.start(), m.end(), postBySurface.get(m.group().toLowerCase(Locale.ROOT))));
		}
		return out;
	}

	/** Every person named in the text, in order. */
	List<Mention> mentions(String text, LocalDate published) {
		String t = norm(text);
		List<PostMention> titles = posts(text);
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
				if (before.find() && !cues.words().contains(before.group(1)) && !isTitle(before.group(1))) {
					String full = before.group(1) + " " + surface;
					if (!full.equals(person.name()) && close(full, person.name())) {
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
			var title = titleBefore(t, start, titles);
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
		for (PostMention p : titles) {
			for (int i = p.start(); i < p.end(); i++) {
				taken[i] = true;
			}
		}
		for (int[] run : runs(t, taken)) {
			int start = run[0];
			int end = run[1];
			String surface = t.substring(start, end);
			Mention near = nearMatch(t, start, end, surface, titles, published);
			if (near != null) {
				add(found, taken, near);
				continue;
			}
			Mention fresh = newPerson(t, start, end, surface, titles, found);
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
			boolean usable = !overlaps(taken, c.start(), c.end()) && !cues.words().contains(c.group()) && !isTitle(c.group());
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

	private boolean isTitle(String word) {
		return Arrays.stream(word.toLowerCase(Locale.ROOT).split("-")).anyMatch(TITLE_WORDS::contains);
	}

	private record Title(String text, String post) {
	}

	/** The title written right before a name ("Vice Premier", "Vice-President", "Commerce Minister"), if any. */
	private Title titleBefore(String t, int start, List<PostMention> titles) {
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
			if (Arrays.stream(words.split(" ")).anyMatch(this::isTitle)) {
				return new Title(words, null);
			}
		}
		return null;
	}

	/** "Vice-President": the post its last word names is not the one meant; still a post title, so kept for comparison. */
	private static String mistranslated(String text, String post) {
		return post == null ? null : post + "?";
	}

	/** A capitalised name the graph nearly has: edit distance or sound. */
	private Mention nearMatch(String t, int start, int end, String surface, List<PostMention> titles, LocalDate published) {
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
		var title = titleBefore(t, start, titles);
		String reason = "'" + surface + "' is not a name in the graph but close to '" + bestName + "' (" + person.name()
				+ ", edit distance " + bestDistance + "): same as " + person.name() + "?";
		return new Mention(start, end, surface, best, null, true, 0.7, reason, title == null ? null : title.text(),
				title == null ? null : title.post(), person.side());
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

	private static boolean close(String a, String b) {
		return LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT)) <= 2;
	}

	/**
	 * Someone the graph does not have: two or three capitalised words after a title ("Commerce Minister Zhong Shan"),
	 * or before an analyst's description ("Jane Roe, an analyst at Example Research"); a surname alone later in the
	 * article is the same new person.
	 */
	private Mention newPerson(String t, int start, int end, String surface, List<PostMention> titles, List<Mention> found) {
		for (Mention earlier : found) {
			if (earlier.person() == null && !surface.contains(" ") && lastWord(earlier.name()).equals(surface)) {
				return new Mention(start, end, surface, null, earlier.name(), false, 0.6, "the surname of " + earlier.name()
						+ ", named earlier", null, null, earlier.side());
			}
		}
		if (!surface.contains(" ")) {
			return null;
		}
		var title = titleBefore(t, start, titles);
		Matcher analyst = ANALYST.matcher(t.substring(end, Math.min(t.length(), end + 120)));
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

	/** The organization an analyst mention names ("an analyst at Example Research"), if any. */
	static String analystOrganization(String text, int end) {
		Matcher analyst = ANALYST.matcher(text.substring(end, Math.min(text.length(), end + 120)));
		return analyst.find() ? analyst.group(2) : null;
	}

	static boolean isAnalyst(String text, int end) {
		return ANALYST.matcher(text.substring(end, Math.min(text.length(), end + 120))).find();
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
