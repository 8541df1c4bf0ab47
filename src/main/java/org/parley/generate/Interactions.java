package org.parley.generate;

import java.util.SplittableRandom;

import org.parley.load.Table;

/**
 * Events and their participations. People work in desks of a dozen; an event pairs a desk of one country with its
 * counterpart desk of another, so the same people meet again and again across turnover. Events run in date order,
 * the channel mix shifting with the date; participations are written sorted by person (the loader's start node).
 */
final class Interactions {

	private static final int DESK = 12;

	private static final String[] STATUS = { "happened", "planned", "expected", "cancelled", "threatened" };

	private static final double[] STATUS_WEIGHTS = { 0.86, 0.06, 0.03, 0.03, 0.02 };

	private final NetworkGenerator gen;

	private final NetworkGenerator.Sink out;

	private final int[] firstPerson;

	private final int[][] tenures;

	private final int[] person;

	private final int[] event;

	private final byte[] role;

	private final int[] postCountry;

	private final int[] post;

	Interactions(NetworkGenerator gen, NetworkGenerator.Sink out, int[] firstPerson, int[][] tenures) {
		this.gen = gen;
		this.out = out;
		this.firstPerson = firstPerson;
		this.tenures = tenures;
		int m = gen.spec().interactions();
		person = new int[m];
		event = new int[m];
		role = new byte[m];
		postCountry = new int[m];
		post = new int[m];
	}

	static final String[] ROLES = { "counterpart", "delegation-lead", "delegation-member", "host", "speaker", "subject" };

	void write() {
		SplittableRandom random = gen.random();
		int m = gen.spec().interactions();
		int countries = firstPerson.length - 1;
		double estimate = Math.max(1, m / 2.6);
		int n = 0;
		for (int e = 0; n < m; e++) {
			double t = Math.min(1, e / estimate);
			int day = Math.min(NetworkGenerator.DAYS - 1, (int) (t * (NetworkGenerator.DAYS - 1)) + random.nextInt(3));
			Vocabulary.Channel channel = Vocabulary.channel(t, random);
			int a = random.nextInt(10) < 7 ? random.nextInt(2) : random.nextInt(countries);
			int b = a < 2 && random.nextInt(10) < 8 ? 1 - a : (a + 1 + random.nextInt(countries - 1)) % countries;
			int na = channel.min() + random.nextInt(channel.max() - channel.min() + 1);
			int nb = channel.oneSided() ? 1 : channel.min() + random.nextInt(channel.max() - channel.min() + 1);
			int remaining = m - n;
			while (na + nb > remaining) {
				if (na > 1) {
					na--;
				}
				else {
					nb--;
				}
			}
			if (remaining - na - nb == 1) {
				na++;
			}
			int desk = random.nextInt(desks(a));
			n = side(e, a, desk, na, channel, true, day, n, random);
			n = side(e, b, desk % desks(b), nb, channel, false, day, n, random);
			String date = HolderSuccession.day(day);
			String precision = "day";
			String basis = random.nextInt(10) < 6 ? "stated" : random.nextInt(3) < 2 ? "derived-from-publication" : "public-record";
			int p = random.nextInt(100);
			if (p < 8) {
				date = date.substring(0, 8) + "01";
				precision = "month";
				basis = "inferred";
			}
			else if (p < 10) {
				date = date.substring(0, 5) + "01-01";
				precision = "year";
				basis = "inferred";
			}
			String evidence = "syn-ev-e" + e;
			out.row(Table.EVIDENCE, evidence, gen.source(day + random.nextInt(3), random.nextInt(Vocabulary.OUTLETS.size())),
					channel.name() + " reported", gen.grade(), gen.info());
			out.row(Table.EVENTS, "syn-e" + e, title(channel, a, b), channel.cameo(), channel.name(), date, precision,
					basis, STATUS[Vocabulary.pick(STATUS_WEIGHTS, random)],
					"syn-topic-" + Vocabulary.TOPICS.get(random.nextInt(Vocabulary.TOPICS.size())), evidence);
		}
		writeSorted();
	}

	private int desks(int country) {
		return Math.max(1, (firstPerson[country + 1] - firstPerson[country]) / DESK);
	}

	/** Adds count distinct people of one desk of a country to event e; returns the new participation count. */
	private int side(int e, int country, int desk, int count, Vocabulary.Channel channel, boolean first, int day,
			int n, SplittableRandom random) {
		int from = firstPerson[country] + desk * DESK;
		int size = Math.min(DESK, firstPerson[country + 1] - from);
		if (desk == desks(country) - 1) {
			size = firstPerson[country + 1] - from;
		}
		int start = n;
		for (int i = 0; i < count; i++) {
			int who;
			boolean taken;
			do {
				who = from + random.nextInt(size);
				taken = false;
				for (int j = start; j < n; j++) {
					taken |= person[j] == who;
				}
			}
			while (taken && n - start < size);
			person[n] = who;
			event[n] = e;
			role[n] = (byte) role(channel, first, i, count);
			postCountry[n] = -1;
			int[] held = tenures[who];
			for (int h = 0; h < held.length; h += 4) {
				if (held[h + 2] <= day && (held[h + 3] < 0 || held[h + 3] >= day)) {
					postCountry[n] = held[h];
					post[n] = held[h + 1];
				}
			}
			n++;
		}
		return n;
	}

	private static int role(Vocabulary.Channel channel, boolean first, int i, int count) {
		if (channel.oneSided()) {
			return first ? 4 : 5;
		}
		if (channel.name().equals("visit") && !first) {
			return 3;
		}
		if (count == 1) {
			return 0;
		}
		return i == 0 ? 1 : 2;
	}

	private String title(Vocabulary.Channel channel, int a, int b) {
		String name = channel.name().replace('-', ' ');
		return Character.toUpperCase(name.charAt(0)) + name.substring(1) + ", " + Vocabulary.COUNTRIES.get(a) + " and "
				+ Vocabulary.COUNTRIES.get(b);
	}

	/** Participations by person (counting sort, stable: each person's events stay in date order). */
	private void writeSorted() {
		int people = firstPerson[firstPerson.length - 1];
		int[] start = new int[people + 1];
		for (int p : person) {
			start[p + 1]++;
		}
		for (int p = 0; p < people; p++) {
			start[p + 1] += start[p];
		}
		int[] order = new int[person.length];
		for (int i = 0; i < person.length; i++) {
			order[start[person[i]]++] = i;
		}
		for (int i : order) {
			int country = countryOf(person[i]);
			out.row(Table.PARTICIPATIONS, NetworkGenerator.person(person[i]), "syn-e" + event[i], ROLES[role[i]],
					postCountry[i] < 0 ? "" : NetworkGenerator.post(postCountry[i], post[i]), NetworkGenerator.country(country));
		}
	}

	private int countryOf(int p) {
		int c = 0;
		while (firstPerson[c + 1] <= p) {
			c++;
		}
		return c;
	}
}
