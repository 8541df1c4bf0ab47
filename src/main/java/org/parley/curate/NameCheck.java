package org.parley.curate;

import java.io.PrintStream;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.errors.ParleyException;

/**
 * The names and titles a curation command records (a person's or post's name, an alias, an outlet, a source's or
 * an event's title, the analyst of {@code --by}). A name must hold a letter or digit: a blank one is refused. It may
 * not hold invisible formatting characters (right-to-left and other bidi controls, zero-width spaces and joiners,
 * byte-order marks, Hangul fillers): they make two different names look alike or reorder what a terminal shows,
 * so they are refused outright. A name that mixes scripts the way look-alikes do (a Cyrillic 'а' in "Bessent") is
 * recorded with a warning on stderr, since real names in several scripts exist.
 */
final class NameCheck {

	/** Code points that show as nothing without being of the format category. */
	private static final Set<Integer> INVISIBLE = Set.of(0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E);

	/** Script mixes real names have (Unicode's "highly restrictive" level): Latin with Chinese, Japanese or Korean. */
	private static final List<Set<UnicodeScript>> USUAL = List.of(
			EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
			EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
			EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

	private NameCheck() {
	}

	/**
	 * A name as it is recorded: without surrounding spaces (Unicode ones too), checked, and warned about on
	 * {@code System.err} when it mixes scripts.
	 * @param what what the name is, for messages: "a person's name", "an alias", "a source's title"
	 * @throws ParleyException when it is blank, has no letter or digit, or holds an invisible character
	 */
	static String name(String what, String value) {
		String name = trimmed(value == null ? "" : value);
		if (name.isEmpty()) {
			throw new ParleyException(what + " cannot be blank");
		}
		invisible(what, name);
		if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new ParleyException(what + " '" + name + "' has no letter or digit");
		}
		mixedScripts(name).ifPresent(mix -> warn(what + " '" + name + "' " + mix
				+ "; check that it is not a look-alike of a name in one script"));
		return name;
	}

	/** @throws ParleyException naming the first invisible character and where it is */
	static void invisible(String what, String text) {
		int at = 1;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), at++) {
			int cp = text.codePointAt(i);
			if (Character.getType(cp) == Character.FORMAT || INVISIBLE.contains(cp)) {
				throw new ParleyException(what + " holds an invisible character, " + describe(cp) + ", at character "
						+ at + " of '" + shown(text) + "': type it without");
			}
		}
	}

	/**
	 * Says which scripts a name mixes the way look-alikes do: "mixes Latin and Cyrillic letters ('е' is U+0435
	 * CYRILLIC SMALL LETTER IE)"; empty for one script or a usual mix (Latin with Han, Kana or Hangul).
	 */
	static Optional<String> mixedScripts(String name) {
		Map<UnicodeScript, Integer> counts = new LinkedHashMap<>();
		Map<UnicodeScript, Integer> first = new LinkedHashMap<>();
		name.codePoints().filter(Character::isLetter).forEach(cp -> {
			UnicodeScript script = UnicodeScript.of(cp);
			if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
				counts.merge(script, 1, Integer::sum);
				first.putIfAbsent(script, cp);
			}
		});
		if (counts.size() <= 1 || USUAL.stream().anyMatch(usual -> usual.containsAll(counts.keySet()))) {
			return Optional.empty();
		}
		UnicodeScript main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		var others = counts.keySet().stream().filter(s -> s != main).toList();
		int odd = first.get(others.get(0));
		return Optional.of("mixes " + title(main) + " and " + String.join(" and ", others.stream().map(NameCheck::title).toList())
				+ " letters ('" + Character.toString(odd) + "' is " + describe(odd) + ")");
	}

	/** Strips spaces of every kind (no-break, ideographic, ...) from both ends. */
	static String trimmed(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && space(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && space(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end);
	}

	private static boolean space(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
	}

	private static void warn(String message) {
		PrintStream err = System.err;
		err.println("parley: warning: " + message);
		err.flush();
	}

	private static String describe(int cp) {
		String name = Character.getName(cp);
		return String.format("U+%04X", cp) + (name == null ? "" : " " + name);
	}

	/** The text with invisible characters written as {@code <U+200F>}, so the message shows where they are. */
	private static String shown(String text) {
		var out = new StringBuilder();
		text.codePoints().forEach(cp -> {
			if (Character.getType(cp) == Character.FORMAT || INVISIBLE.contains(cp) || Character.isISOControl(cp)) {
				out.append(String.format("<U+%04X>", cp));
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	private static String title(UnicodeScript script) {
		String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
