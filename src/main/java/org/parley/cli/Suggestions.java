package org.parley.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the one edit distance (commons-text's Levenshtein) and the one rule for which known name is near
 * enough to a mistyped one to suggest it. Used for command names, report names and the names of people and events.
 */
public final class Suggestions {

	private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

	private Suggestions() {
	}

	/** How many single-character insertions, deletions or substitutions turn one text into the other. */
	public static int distance(String a, String b) {
		return LEVENSHTEIN.apply(a, b);
	}

	/**
	 * The candidate nearest to the typed word, when it is at most a third of the word's length (at least 1) away;
	 * with {@code containing}, a candidate that contains the word or is contained in it is near too.
	 */
	public static Optional<String> closest(Collection<String> candidates, String typed, boolean containing) {
		int limit = Math.max(1, typed.length() / 3);
		return candidates.stream()
			.filter(n -> (containing && (n.contains(typed) || typed.contains(n))) || distance(n, typed) <= limit)
			.min(Comparator.comparingInt(n -> distance(n, typed)));
	}

	/** {@code " (did you mean 'name'?)"} for the closest candidate, or nothing when none is near. */
	public static String didYouMean(Collection<String> candidates, String typed, boolean containing) {
		return closest(candidates, typed, containing).map(n -> " (did you mean '" + n + "'?)").orElse("");
	}
}
