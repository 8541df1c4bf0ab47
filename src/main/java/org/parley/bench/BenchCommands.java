package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.parley.errors.UsageException;
import org.parley.files.OutputFiles;
import org.parley.graph.ParleySettings;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code bench}: the scale benchmark, on scratch databases, never on the analyst's own store. */
@Component
class BenchCommands {


	private final ParleySettings settings;

	BenchCommands(ParleySettings settings) {
		this.settings = settings;
	}

	@Command(name = "bench", group = "Scale", description = "Benchmark: generate, load by Parley's loader and by LOAD CSV, time every canned question; a Markdown table on the console and in a file.",
			help = "Each size gets fresh embedded databases under --dir (default: a new temporary directory, deleted afterwards). People default to interactions / 10. Run with java -Xmx1g -jar target/parley.jar bench (the whole 10k..1M run fits: sampled peak about 850 MB).")
	String bench(@Option(longName = "interactions", description = "Sizes to run, comma-separated. Default: 10000,100000,1000000.") String interactions,
			@Option(longName = "people", description = "People per size. Default: interactions / 10.") Integer people,
			@Option(longName = "runs", description = "Timed runs of each question. Default: 1000.") Integer runs,
			@Option(longName = "load-runs", description = "Loads of each size by each path, alternating; the fastest of each counts. Default: 2.") Integer loadRuns,
			@Option(longName = "dir", description = "Scratch directory for the CSV files and databases. Default: a temporary one.") String dir,
			@Option(longName = "out", description = "Markdown file for the results. Default: target/bench/bench.md.") String out,
			@Option(longName = "force", description = "Overwrite the --out file if it exists (the default file is always replaced). Default: false.") Boolean force) {
		// refused before an hour of benchmarking, not after
		boolean replace = out == null || Boolean.TRUE.equals(force);
		String target = out == null ? "target/bench/bench.md" : out;
		OutputFiles.refuseExisting(target, replace);
		List<Integer> sizes = new ArrayList<>();
		try {
			for (String size : (interactions == null ? "10000,100000,1000000" : interactions).split(",")) {
				sizes.add(Integer.parseInt(size.strip().replace("_", "")));
			}
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--interactions takes comma-separated numbers, not '" + interactions + "'");
		}
		int timedRuns = runs == null ? 1000 : runs;
		int loads = loadRuns == null ? 2 : loadRuns;
		if (timedRuns < 1 || loads < 1) {
			throw new UsageException("--runs and --load-runs must be positive");
		}
		// checked before the warm-up, which takes minutes: a size the generator refuses would only fail after it
		for (int m : sizes) {
			int n = people == null ? Math.max(20, m / 10) : people;
			if (m < 2 || n < 8) {
				throw new UsageException("invalid size: " + n + " people and " + m + " interactions; each size needs at"
						+ " least 2 interactions and 8 people (4 per country)");
			}
		}
		Path scratch;
		try {
			scratch = dir == null ? Files.createTempDirectory("parley-bench-") : Path.of(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var benchmark = new Benchmark(settings, scratch, timedRuns, loads);
		List<Benchmark.SizeResult> results = new ArrayList<>();
		benchmark.warmUp();
		for (int m : sizes) {
			results.add(benchmark.run(people == null ? Math.max(20, m / 10) : people, m));
			System.err.println(BenchReport.markdown(results, settings));
		}
		String markdown = BenchReport.markdown(results, settings);
		Path file = Path.of(target);
		OutputFiles.write(target, replace, markdown); // creates its missing directories
		if (dir == null) {
			Benchmark.delete(scratch);
		}
		return markdown + "\nWritten to " + file.toAbsolutePath() + " (sizes " + Arrays.toString(sizes.toArray()) + ").";
	}
}
