package org.parley.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.parley.load.Table;

/**
 * Posts held in turn: every post has two to four holders from its country over the period, one after the other
 * (a successor starts the day after the predecessor leaves; the last holder is still in office).
 */
final class HolderSuccession {

	private final NetworkGenerator gen;

	private final NetworkGenerator.Sink out;

	private final int[] firstPerson;

	HolderSuccession(NetworkGenerator gen, NetworkGenerator.Sink out, int[] firstPerson) {
		this.gen = gen;
		this.out = out;
		this.firstPerson = firstPerson;
	}

	/**
	 * Writes the tenures and returns them per person as flat quadruples (country, post, first day, last day; -1 for
	 * still in office), days counted from {@link NetworkGenerator#FIRST}.
	 */
	int[][] write(int[] postsOf) {
		SplittableRandom random = gen.random();
		int people = firstPerson[firstPerson.length - 1];
		List<List<int[]>> held = new ArrayList<>(people);
		for (int p = 0; p < people; p++) {
			held.add(null);
		}
		int id = 0;
		for (int c = 0; c < postsOf.length; c++) {
			int pool = firstPerson[c + 1] - firstPerson[c];
			int cursor = 0;
			for (int post = 0; post < postsOf[c]; post++) {
				int holders = 2 + random.nextInt(3);
				int[] cuts = new int[holders + 1];
				cuts[0] = random.nextInt(200);
				for (int h = 1; h < holders; h++) {
					cuts[h] = 300 + random.nextInt(NetworkGenerator.DAYS - 400);
				}
				Arrays.sort(cuts, 1, holders);
				cuts[holders] = NetworkGenerator.DAYS;
				for (int h = 0; h < holders; h++) {
					if (h > 0 && cuts[h] <= cuts[h - 1]) {
						continue; // two cuts on one day: one holder fewer
					}
					int start = cuts[h];
					int end = h == holders - 1 ? -1 : nextCut(cuts, h) - 1;
					int person = firstPerson[c] + (cursor++ % pool);
					String source = gen.source(start, random.nextInt(Vocabulary.OUTLETS.size()));
					out.row(Table.TENURES, "syn-tenure-" + id++, NetworkGenerator.person(person),
							NetworkGenerator.post(c, post), day(start), end < 0 ? "" : day(end), source);
					if (held.get(person) == null) {
						held.set(person, new ArrayList<>(2));
					}
					held.get(person).add(new int[] { c, post, start, end });
				}
			}
		}
		int[][] result = new int[people][];
		for (int p = 0; p < people; p++) {
			List<int[]> list = held.get(p);
			result[p] = list == null ? new int[0] : list.stream().flatMapToInt(Arrays::stream).toArray();
		}
		return result;
	}

	private static int nextCut(int[] cuts, int h) {
		int next = h + 1;
		while (next < cuts.length - 1 && cuts[next] <= cuts[h]) {
			next++;
		}
		return cuts[next];
	}

	static String day(int day) {
		return NetworkGenerator.FIRST.plusDays(day).toString();
	}
}
