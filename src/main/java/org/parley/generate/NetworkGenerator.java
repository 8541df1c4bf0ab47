package org.parley.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

import org.parley.load.Table;

/**
 * A synthetic negotiation network in Parley's model, the same for the same {@link Spec}: countries with ministries,
 * posts held in turn (tenures without overlap), people on each side working in desks that meet their counterparts
 * again and again, events whose channel mix shifts over 2014-2025 with delegations of several participants, stance
 * assessments over time, and one piece of evidence from a dated source for every event, stance and tenure. Ids start
 * with {@code syn-} and every node has the label {@code Synthetic}. An interaction is one participation (a
 * {@code PARTICIPATED_IN} relationship); generation stops at the requested number.
 */
final class NetworkGenerator {

	static final LocalDate FIRST = LocalDate.of(2014, 1, 1);

	static final LocalDate LAST = LocalDate.of(2025, 12, 31);

	static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;

	/** @param people how many people in all; interactions how many participations; countries at least 2 */
	record Spec(int people, int interactions, int countries, long seed) {
		Spec {
			if (countries < 2 || countries > Vocabulary.COUNTRIES.size()) {
				throw new IllegalArgumentException("countries must be 2 to " + Vocabulary.COUNTRIES.size());
			}
			if (people < 4 * countries || interactions < 2) {
				throw new IllegalArgumentException("need at least 4 people per country and 2 interactions");
			}
		}
	}

	/** Receives rows table by table; a table's rows arrive in load order. */
	interface Sink {
		void row(Table table, String... values);
	}

	private final Spec spec;

	private final SplittableRandom random;

	private final Sink out;

	private final int[] firstPerson;

	private final BitSet usedSources = new BitSet();

	NetworkGenerator(Spec spec, Sink out) {
		this.spec = spec;
		this.random = new SplittableRandom(spec.seed());
		this.out = out;
		this.firstPerson = new int[spec.countries() + 1];
	}

	static String country(int c) {
		return String.format("syn-c%02d", c);
	}

	static String person(int p) {
		return "syn-p" + p;
	}

	void generate() {
		int k = spec.countries();
		for (int c = 0; c < k; c++) {
			out.row(Table.COUNTRIES, country(c), Vocabulary.COUNTRIES.get(c));
		}
		// people: the first two countries (the main pair) have most of them
		double[] weights = new double[k];
		for (int c = 0; c < k; c++) {
			weights[c] = c < 2 ? 3.0 : 1.0;
		}
		double total = Arrays.stream(weights).sum();
		int assigned = 0;
		for (int c = 0; c < k; c++) {
			firstPerson[c] = assigned;
			assigned += c == k - 1 ? spec.people() - assigned : (int) Math.round(spec.people() * weights[c] / total);
		}
		firstPerson[k] = spec.people();
		int[] postsOf = institutions();
		for (int t = 0; t < Vocabulary.TOPICS.size(); t++) {
			String topic = Vocabulary.TOPICS.get(t);
			out.row(Table.TOPICS, "syn-topic-" + topic, Character.toUpperCase(topic.charAt(0)) + topic.substring(1).replace('-', ' '));
		}
		for (int c = 0; c < k; c++) {
			for (int p = firstPerson[c]; p < firstPerson[c + 1]; p++) {
				out.row(Table.PEOPLE, person(p), Vocabulary.FIRST.get(random.nextInt(Vocabulary.FIRST.size())) + " "
						+ Vocabulary.LAST.get(random.nextInt(Vocabulary.LAST.size())), country(c));
			}
		}
		int[][] tenures = new HolderSuccession(this, out, firstPerson).write(postsOf);
		new Interactions(this, out, firstPerson, tenures).write();
		stances();
		writeSources();
	}

	/** Ministries and agencies per country, media outlets, and the posts in them; returns the posts per country. */
	private int[] institutions() {
		int k = spec.countries();
		int[] postsOf = new int[k];
		for (int c = 0; c < k; c++) {
			int people = firstPerson[c + 1] - firstPerson[c];
			int agencies = people / 400;
			int orgs = Vocabulary.INSTITUTIONS.size() + agencies;
			for (int o = 0; o < orgs; o++) {
				String[] inst = o < Vocabulary.INSTITUTIONS.size() ? Vocabulary.INSTITUTIONS.get(o)
						: new String[] { "agency-" + o, "Trade Agency No. " + (o - Vocabulary.INSTITUTIONS.size() + 1), "agency" };
				out.row(Table.ORGANIZATIONS, org(c, o), inst[1] + " of " + Vocabulary.COUNTRIES.get(c), inst[2], country(c));
			}
			postsOf[c] = Math.max(2, (int) Math.ceil(people / 2.5));
			for (int p = 0; p < postsOf[c]; p++) {
				int o = p % orgs;
				String title = Vocabulary.POST_TITLES.get((p / orgs) % Vocabulary.POST_TITLES.size());
				int rank = p / (orgs * Vocabulary.POST_TITLES.size());
				out.row(Table.POSTS, post(c, p), title + (rank > 0 ? " " + (rank + 1) : "") + ", "
						+ Vocabulary.COUNTRIES.get(c) + " org " + (o + 1), country(c), org(c, o));
			}
		}
		for (int o = 0; o < Vocabulary.OUTLETS.size(); o++) {
			out.row(Table.ORGANIZATIONS, outlet(o), Vocabulary.OUTLETS.get(o), "media-outlet", country(o % k));
		}
		return postsOf;
	}

	static String org(int c, int o) {
		return String.format("syn-o%02d-%d", c, o);
	}

	static String post(int c, int p) {
		return String.format("syn-post%02d-%d", c, p);
	}

	static String outlet(int o) {
		return "syn-outlet-" + o;
	}

	/** The id of a source published on a day (index from FIRST) by an outlet, recording it for the sources file. */
	String source(int day, int outlet) {
		int d = Math.min(Math.max(day, 0), DAYS - 1);
		usedSources.set(d * Vocabulary.OUTLETS.size() + outlet);
		return "syn-src-" + d + "-" + outlet;
	}

	private void stances() {
		int n = 0;
		for (int p = 0; p < spec.people(); p++) {
			if (random.nextInt(10) >= 3) {
				continue;
			}
			double score = random.nextDouble() * 2 - 1;
			int day = random.nextInt(DAYS / 2);
			int count = 1 + random.nextInt(3);
			for (int s = 0; s < count && day < DAYS; s++) {
				int outlet = random.nextInt(Vocabulary.OUTLETS.size());
				String evidence = "syn-ev-s" + n;
				String label = Vocabulary.label(score);
				out.row(Table.EVIDENCE, evidence, source(day, outlet), "described as a " + label, grade(), info());
				pendingStances.add(new String[] { "syn-stance-" + n, person(p), label, String.format("%.2f", score),
						FIRST.plusDays(day).toString(), outlet(outlet),
						"syn-topic-" + Vocabulary.TOPICS.get(random.nextInt(Vocabulary.TOPICS.size())), evidence });
				n++;
				score = Math.max(-1, Math.min(1, score + random.nextDouble() * 0.6 - 0.3));
				day += 90 + random.nextInt(700);
			}
		}
	}

	private final List<String[]> pendingStances = new ArrayList<>();

	private void writeSources() {
		for (String[] stance : pendingStances) {
			out.row(Table.STANCES, stance);
		}
		int outlets = Vocabulary.OUTLETS.size();
		for (int i = usedSources.nextSetBit(0); i >= 0; i = usedSources.nextSetBit(i + 1)) {
			int day = i / outlets;
			int outlet = i % outlets;
			out.row(Table.SOURCES, "syn-src-" + day + "-" + outlet, Vocabulary.OUTLETS.get(outlet) + ", "
					+ FIRST.plusDays(day), FIRST.plusDays(day).toString(), "day", outlet(outlet));
		}
	}

	Spec spec() {
		return spec;
	}

	SplittableRandom random() {
		return random;
	}

	String grade() {
		int g = random.nextInt(10);
		return g < 2 ? "A" : g < 8 ? "B" : "C";
	}

	String info() {
		return Integer.toString(1 + random.nextInt(3));
	}
}
