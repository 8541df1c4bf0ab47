package org.parley.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.graph.ParleySettings;
import org.parley.load.BulkLoader;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTests {

	private static final ParleySettings SETTINGS = new ParleySettings(Path.of("/tmp/unused"), "127.0.0.1", 0, "256m",
			new ParleySettings.External(null, "neo4j", null, null), Duration.ofSeconds(30), null, null);

	@Test
	void percentilesAreNearestRankOverTheSortedRuns() {
		long[] nanos = new long[100];
		for (int i = 0; i < 100; i++) {
			nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
		}
		QuestionTimer.Timing t = QuestionTimer.percentiles("q", nanos);
		assertThat(t.p50()).isEqualTo(50.0);
		assertThat(t.p95()).isEqualTo(95.0);
		assertThat(t.p99()).isEqualTo(99.0);
		assertThat(t.runs()).isEqualTo(100);
		assertThat(t.error()).isNull();
	}

	@Test
	void tableShowsRatesRatioRunsAndFailures() {
		var loader = new BulkLoader.Result("run", 1000, 0, 300, 700, 2_000_000_000L, false, 0);
		var loadCsv = new BulkLoader.Result("load-csv", 0, 0, 300, 700, 4_000_000_000L, false, 0);
		var questions = List.of(new QuestionTimer.Timing("roles (roles)", 4.0, 8.5, 12.25, 1000, null),
				new QuestionTimer.Timing("hawks --side (hawks)", 900.0, 1200.0, 1500.0, 133, null),
				QuestionTimer.Timing.failed("path (path)", "too much | memory\nsecond line"));
		var slowerLoad = new BulkLoader.Result("run", 1000, 0, 300, 700, 2_500_000_000L, false, 0);
		var size = new Benchmark.SizeResult(100, 1000, 290, List.of(slowerLoad, loader), List.of(loadCsv), questions,
				new QuestionTimer.Timing("channels", 310.0, 320.0, 330.0, 5, null),
				new QuestionTimer.Timing("channels with ids", 410.0, 420.0, 430.0, 5, null), 3.6, 1536L << 20, 0.5, 900L << 20);

		String md = BenchReport.markdown(List.of(size), SETTINGS);

		assertThat(md).contains("| 1,000 | 100 | 290 | 1,000 | 2.0 s, 500/s (2.5 s, 2.0 s) | 4.0 s, 250/s (4.0 s) | 2.00x | 310 / 410 ms (p50 of 5) | 3.6 s | 1,536 MB | 900 MB | 0.5 |");
		assertThat(md).contains("| roles (roles) | 4.0 / 8.5 / 12.3 |");
		assertThat(md).contains("| hawks --side (hawks) | 900.0 / 1200.0 / 1500.0 (133 runs) |");
		assertThat(md).contains("| path (path) | failed: too much / memory |");
		assertThat(md).contains("of 1000 runs");
	}
}
