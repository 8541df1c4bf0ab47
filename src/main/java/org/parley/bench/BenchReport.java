package org.parley.bench;

import java.util.List;

import org.parley.graph.ParleySettings;
import org.parley.load.BulkLoader;

/** The benchmark's results as Markdown tables: loading, then each question's p50/p95/p99 per size. */
final class BenchReport {

	private BenchReport() {
	}

	/** Every run's seconds, in the order they ran: {@code 57.9 s, 60.2 s}. */
	private static String seconds(List<BulkLoader.Result> runs) {
		return String.join(", ", runs.stream().map(r -> String.format("%.1f s", r.seconds())).toList());
	}

	static String markdown(List<Benchmark.SizeResult> results, ParleySettings settings) {
		var md = new StringBuilder();
		md.append(String.format("Parley benchmark: %d cores, max heap %d MB, page cache %s, Java %s%n%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, settings.pageCache(),
				System.getProperty("java.version")));
		md.append("| interactions | people | events | nodes + rels | Parley loader (fastest of runs) | LOAD CSV (fastest of runs) | loader / LOAD CSV | channels by quarter, all: table / with ids | cold start to first answer | peak heap (sampled) | store on disk | load average at start |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (var r : results) {
			md.append(String.format("| %,d | %,d | %,d | %,d | %.1f s, %,.0f/s (%s) | %.1f s, %,.0f/s (%s) | %.2fx | %.0f / %.0f ms (p50 of %d) | %s | %,d MB | %,d MB | %.1f |%n",
					r.interactions(), r.people(), r.events(), r.loader().nodes() + r.loader().relationships(),
					r.loader().seconds(), r.loader().rate(), seconds(r.loaderRuns()), r.loadCsv().seconds(), r.loadCsv().rate(),
					seconds(r.loadCsvRuns()),
					r.loader().rate() / Math.max(1e-9, r.loadCsv().rate()), r.channels().p50(), r.channelsWithIds().p50(),
					r.channels().runs(),
					r.coldStartSeconds() < 0 ? "n/a" : String.format("%.1f s", r.coldStartSeconds()), r.peakHeapBytes() >> 20,
					r.storeBytes() >> 20, r.loadAverage()));
		}
		md.append("\nCanned questions, ms, p50 / p95 / p99 of ").append(results.isEmpty() ? 0 : results.get(0).questions().get(0).runs())
			.append(" runs with random arguments after a warm-up (fewer where noted: each question gets at most ")
			.append(Benchmark.QUESTION_BUDGET.toMinutes()).append(" minutes)\n\n| question (report) |");
		results.forEach(r -> md.append(String.format(" %,d interactions |", r.interactions())));
		md.append("\n|---|").append("---:|".repeat(results.size())).append('\n');
		if (!results.isEmpty()) {
			for (int q = 0; q < results.get(0).questions().size(); q++) {
				md.append("| ").append(results.get(0).questions().get(q).question()).append(" |");
				for (var r : results) {
					var t = r.questions().get(q);
					if (t.error() != null) {
						md.append(" failed: ").append(t.error().replace('|', '/').lines().findFirst().orElse("")).append(" |");
					}
					else {
						md.append(String.format(" %.1f / %.1f / %.1f%s |", t.p50(), t.p95(), t.p99(),
								t.runs() < r.questions().get(0).runs() ? String.format(" (%,d runs)", t.runs()) : ""));
					}
				}
				md.append('\n');
			}
		}
		return md.toString();
	}
}
