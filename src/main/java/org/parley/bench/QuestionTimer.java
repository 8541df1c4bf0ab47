package org.parley.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.parley.cli.CommonOptions;
import org.parley.graph.Graph;
import org.parley.report.catalog.PackagedReports;

/**
 * Runs every canned question's report through Parley's report engine (as the question commands do) with random
 * arguments drawn from the loaded synthetic network, after a warm-up, and keeps each run's time.
 */
final class QuestionTimer {

	/** A question's percentiles in ms; {@code error} says why it could not be timed (then no runs). */
	record Timing(String question, double p50, double p95, double p99, int runs, String error) {

		static Timing failed(String question, String error) {
			return new Timing(question, Double.NaN, Double.NaN, Double.NaN, 0, error);
		}
	}

	/** Untimed runs of each channels variant before the timed ones. */
	static final int CHANNELS_WARMUP = 3;

	private final Graph graph;

	private final PackagedReports reports;

	private final SplittableRandom random = new SplittableRandom(2026);

	private final List<String> people;

	private final List<String> posts;

	private final List<String> events;

	private final List<String> countries;

	QuestionTimer(Graph graph) {
		this.graph = graph;
		this.reports = new PackagedReports(graph);
		this.people = ids("MATCH (n:Person:Synthetic) RETURN n.id AS id");
		this.posts = ids("MATCH (n:Post:Synthetic) RETURN n.id AS id");
		this.events = ids("MATCH (n:Event:Synthetic) WITH n LIMIT 50000 RETURN n.id AS id");
		this.countries = ids("MATCH (n:Country:Synthetic) RETURN n.id AS id");
	}

	private List<String> ids(String cypher) {
		return graph.read(cypher, Map.of(), r -> r.get("id").asString());
	}

	/** The canned questions: the command, the report it runs and how to draw its arguments. */
	private Map<String, Function<SplittableRandom, Map<String, Object>>> questions() {
		var q = new LinkedHashMap<String, Function<SplittableRandom, Map<String, Object>>>();
		q.put("who (who)", r -> Map.of("post", pick(posts, r), "at", date(r)));
		q.put("roles (roles)", r -> Map.of("person", pick(people, r)));
		q.put("person (person-summary)", r -> Map.of("person", pick(people, r)));
		q.put("person (person-channels)", r -> Map.of("person", pick(people, r)));
		q.put("person (person-sources)", r -> Map.of("person", pick(people, r)));
		q.put("stance (stance)", r -> Map.of("person", pick(people, r)));
		q.put("counterparts (counterparts)", r -> Map.of("person", pick(people, r), "at", date(r)));
		q.put("counterparts (post-channels)", r -> Map.of("person", pick(people, r), "at", date(r)));
		q.put("channels --a (channels)", r -> Map.of("a", pick(people, r)));
		q.put("timeline --person (timeline)", r -> Map.of("person", pick(people, r)));
		q.put("path (path)", r -> {
			int a = r.nextInt(people.size());
			int b = (a + 1 + r.nextInt(people.size() - 1)) % people.size(); // never a itself: shortestPath refuses that
			return Map.of("a", people.get(a), "b", people.get(b));
		});
		q.put("delegation (delegation)", r -> Map.of("event", pick(events, r)));
		q.put("evidence (evidence)", r -> Map.of("facts", List.of(pick(events, r))));
		q.put("who --holders (holders)", r -> Map.of("post", pick(posts, r)));
		// as the command asks it: the top of the ranking, from the people's score timelines
		q.put("hawks --side (hawks)", r -> Map.of("side", pick(countries, r), "at", date(r), "limit", CommonOptions.RANKING_LIMIT));
		// the whole ranking, a row per assessed person of the side, built from the side's stances
		q.put("hawks --side --all (hawks)", r -> Map.of("side", pick(countries, r), "at", date(r)));
		return q;
	}

	/**
	 * Times each question {@code runs} times after {@code warmup} untimed runs, or as many runs as fit in
	 * {@code budget} (a whole-side ranking at 1M interactions takes a second a run): the timing says how many ran.
	 */
	List<Timing> time(int runs, int warmup, Duration budget) {
		List<Timing> timings = new ArrayList<>();
		questions().forEach((label, args) -> {
			String report = label.substring(label.indexOf('(') + 1, label.length() - 1);
			try {
				long deadline = System.nanoTime() + budget.toNanos();
				for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
					reports.run(report, args.apply(random));
				}
				deadline = System.nanoTime() + budget.toNanos();
				long[] nanos = new long[runs];
				int done = 0;
				while (done < runs && (done < 20 || System.nanoTime() < deadline)) {
					Map<String, Object> values = args.apply(random);
					long start = System.nanoTime();
					reports.run(report, values);
					nanos[done++] = System.nanoTime() - start;
				}
				timings.add(percentiles(label, Arrays.copyOf(nanos, done)));
			}
			catch (RuntimeException ex) { // one failing question must not cost the other results of a long run
				System.err.println("bench: " + label + " failed: " + ex.getMessage());
				timings.add(Timing.failed(label, ex.getMessage()));
			}
		});
		return timings;
	}

	/**
	 * channels by quarter over every contact between the sides, the heaviest aggregate question: as the
	 * {@code channels} command asks it (counts and shares, without the event ids) and as {@code report run channels}
	 * does (every counted event's id in the fact column). Both are warmed up alike and run alternately, so neither is
	 * timed while the JIT still compiles what they share (a single warm-up left the first of them 50-60% slower in
	 * one run of five and not in another).
	 */
	List<Timing> channelsByQuarter(int runs) {
		List<String> labels = List.of("channels --by quarter (all)", "channels --by quarter (all, with ids)");
		// the generated network's two sides (the default sides are the seed's, US and CN)
		List<Map<String, Object>> args = List.of(
				Map.of("by", "quarter", "facts", false, "sides", List.of("syn-c00", "syn-c01")),
				Map.of("by", "quarter", "facts", true, "sides", List.of("syn-c00", "syn-c01")));
		try {
			for (int i = 0; i < CHANNELS_WARMUP; i++) {
				args.forEach(values -> reports.run("channels", values));
			}
			long[][] nanos = new long[args.size()][runs];
			for (int i = 0; i < runs; i++) {
				for (int v = 0; v < args.size(); v++) {
					long start = System.nanoTime();
					reports.run("channels", args.get(v));
					nanos[v][i] = System.nanoTime() - start;
				}
			}
			return List.of(percentiles(labels.get(0), nanos[0]), percentiles(labels.get(1), nanos[1]));
		}
		catch (RuntimeException ex) {
			System.err.println("bench: channels --by quarter failed: " + ex.getMessage());
			return labels.stream().map(label -> Timing.failed(label, ex.getMessage())).toList();
		}
	}

	static Timing percentiles(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Timing(label, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.length, null);
	}

	private static double at(long[] sorted, double q) {
		int i = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}

	private static String pick(List<String> ids, SplittableRandom r) {
		return ids.get(r.nextInt(ids.size()));
	}

	private static LocalDate date(SplittableRandom r) {
		return LocalDate.of(2014, 1, 1).plusDays(r.nextInt(4383));
	}
}
