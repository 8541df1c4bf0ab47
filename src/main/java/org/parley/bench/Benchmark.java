package org.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.parley.files.OutputFiles;
import org.parley.generate.SyntheticNetwork;
import org.parley.graph.GraphStartup;
import org.parley.graph.ParleySettings;
import org.parley.load.BulkLoader;
import org.parley.load.LoadCsv;
import org.parley.load.Table;

/**
 * One size of the benchmark: generate the CSV files once; load them by LOAD CSV into one fresh embedded database and
 * by Parley's loader into another (same schema, same page cache, same JVM); time the canned questions on the latter;
 * then start the packaged jar cold on that store and time its first answer.
 */
final class Benchmark {

	/** Timed runs of each channels variant (their median is reported). */
	static final int CHANNELS_RUNS = 7;

	/**
	 * @param loaderRuns  every load by Parley's loader, the last one into the store the questions ran on
	 * @param loadCsvRuns every load by LOAD CSV
	 * @param loadAverage the machine's one-minute load average when the size started (other work skews it)
	 */
	record SizeResult(int people, int interactions, long events, List<BulkLoader.Result> loaderRuns,
			List<BulkLoader.Result> loadCsvRuns, List<QuestionTimer.Timing> questions, QuestionTimer.Timing channels,
			QuestionTimer.Timing channelsWithIds, double coldStartSeconds, long peakHeapBytes, double loadAverage,
			long storeBytes) {

		/** The fastest load by Parley's loader. */
		BulkLoader.Result loader() {
			return fastest(loaderRuns);
		}

		/** The fastest load by LOAD CSV. */
		BulkLoader.Result loadCsv() {
			return fastest(loadCsvRuns);
		}

		private static BulkLoader.Result fastest(List<BulkLoader.Result> runs) {
			return runs.stream().min(Comparator.comparingLong(BulkLoader.Result::nanos)).orElseThrow();
		}
	}

	/** The longest one question is timed for (warm-up and timed runs each); at least 20 timed runs. */
	static final Duration QUESTION_BUDGET = Duration.ofMinutes(2);

	private final ParleySettings settings;

	private final Path scratch;

	private final int runs;

	private final int loadRuns;

	Benchmark(ParleySettings settings, Path scratch, int runs, int loadRuns) {
		this.settings = settings;
		this.scratch = scratch;
		this.runs = runs;
		this.loadRuns = loadRuns;
	}

	SizeResult run(int people, int interactions) {
		var sampler = new HeapSampler();
		sampler.start();
		try {
			return measure(people, interactions, sampler);
		}
		finally {
			sampler.interrupt();
		}
	}

	/** Samples the used heap every 50 ms: the peak of the whole heap at one moment (pool peaks do not add up). */
	private static final class HeapSampler extends Thread {

		private volatile long peak;

		HeapSampler() {
			super("parley-bench-heap");
			setDaemon(true);
		}

		@Override
		public void run() {
			var memory = ManagementFactory.getMemoryMXBean();
			while (!isInterrupted()) {
				peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}

	/**
	 * Loads a small network by both paths into throw-away stores, so neither path is measured with a cold JIT (the
	 * path that ran second used to look faster for it).
	 */
	void warmUp() {
		Path base = scratch.resolve("warm-up");
		Path csv = base.resolve("csv");
		System.err.println("bench: warm-up, 50,000 interactions by both paths ...");
		SyntheticNetwork.write(5_000, 50_000, 2, 7, csv);
		try (GraphStartup db = open(base.resolve("db-load-csv"))) {
			new LoadCsv(db.graph(), BulkLoader.DEFAULT_BATCH, false).load(csv);
		}
		try (GraphStartup db = open(base.resolve("db-loader"))) {
			new BulkLoader(db.graph(), null, 2, false).load(csv);
		}
		delete(base);
	}

	private SizeResult measure(int people, int interactions, HeapSampler sampler) {
		double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Path base = scratch.resolve("m" + interactions);
		Path csv = base.resolve("csv");
		System.err.printf("bench: %,d people, %,d interactions: generating CSV in %s%n", people, interactions, csv);
		long events = SyntheticNetwork.write(people, interactions, 2, 1, csv).get(Table.EVENTS);
		// each path loads the files loadRuns times, alternating, into fresh stores; the fastest of each counts (this
		// machine's speed wanders by a tenth or more from one minute to the next)
		List<BulkLoader.Result> csvRuns = new ArrayList<>();
		List<BulkLoader.Result> loaderRuns = new ArrayList<>();
		for (int i = 1; i < loadRuns; i++) {
			csvRuns.add(loadCsv(base.resolve("db-load-csv"), csv, i));
			loaderRuns.add(loadByLoader(base.resolve("db-loader"), csv, i));
		}
		csvRuns.add(loadCsv(base.resolve("db-load-csv"), csv, loadRuns));
		List<QuestionTimer.Timing> questions;
		QuestionTimer.Timing channels;
		QuestionTimer.Timing channelsWithIds;
		long storeBytes;
		Path loaded = base.resolve("db-loader");
		try (GraphStartup db = open(loaded)) {
			System.err.printf("bench: Parley's loader (%d of %d) ...%n", loadRuns, loadRuns);
			loaderRuns.add(new BulkLoader(db.graph(), null, 2, true).load(csv));
			storeBytes = bytes(loaded);
			System.err.printf("bench: questions, %d runs each ...%n", runs);
			var timer = new QuestionTimer(db.graph());
			questions = timer.time(runs, Math.min(200, runs), QUESTION_BUDGET);
			List<QuestionTimer.Timing> both = timer.channelsByQuarter(CHANNELS_RUNS);
			channels = both.get(0);
			channelsWithIds = both.get(1);
		}
		double cold = coldStart(loaded);
		long peak = sampler.peak;
		delete(base);
		return new SizeResult(people, interactions, events, loaderRuns, csvRuns, questions, channels, channelsWithIds,
				cold, peak, loadAverage, storeBytes);
	}

	private BulkLoader.Result loadCsv(Path home, Path csv, int run) {
		try (GraphStartup db = open(home)) {
			System.err.printf("bench: LOAD CSV (%d) ...%n", run);
			return new LoadCsv(db.graph(), BulkLoader.DEFAULT_BATCH, true).load(csv);
		}
		finally {
			delete(home);
		}
	}

	private BulkLoader.Result loadByLoader(Path home, Path csv, int run) {
		try (GraphStartup db = open(home)) {
			System.err.printf("bench: Parley's loader (%d) ...%n", run);
			return new BulkLoader(db.graph(), null, 2, true).load(csv);
		}
		finally {
			delete(home);
		}
	}

	private GraphStartup open(Path home) {
		var s = new ParleySettings(home, "127.0.0.1", 0, settings.pageCache(), new ParleySettings.External(null, "neo4j", null, null),
				Duration.ofHours(1), null, null);
		var startup = new GraphStartup(s, false);
		startup.graph();
		return startup;
	}

	/** Seconds from starting the packaged jar to its first line of an answer (-1 when not running from the jar). */
	private static double coldStart(Path home) {
		Path jar;
		try {
			jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (Exception ex) {
			return -1;
		}
		if (!jar.toString().endsWith(".jar")) {
			return -1;
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return firstAnswer(List.of(java, "-Xmx2g", "-jar", jar.toString(), "--parley.home=" + home,
				"--parley.bolt-port=0", "--parley.auto-seed=false", "roles", "syn-p1"));
	}

	/**
	 * Seconds from starting the command to the first non-blank line of its answer on standard output, or -1 when it
	 * fails. Standard error is no answer: a notice there (such as the one about the home's permissions, which comes
	 * before the store is even opened) used to be counted as the first line.
	 */
	static double firstAnswer(List<String> command) {
		long start = System.nanoTime();
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			double first = -1;
			try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (first < 0 && !line.isBlank()) {
						first = (System.nanoTime() - start) / 1e9;
					}
				}
			}
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue() == 0 ? first : -1;
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** The bytes of the files under a store's home (the store, its transaction logs and Neo4j's logs). */
	static long bytes(Path dir) {
		try (var files = java.nio.file.Files.walk(dir)) {
			return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path dir) {
		try {
			OutputFiles.deleteTree(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
