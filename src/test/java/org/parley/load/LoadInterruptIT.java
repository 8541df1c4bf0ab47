package org.parley.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;
import org.parley.generate.SyntheticNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C (a real SIGINT) during a load of the packaged jar: the batches in flight commit, the load says how many and
 * that the same load resumes (exit code 1, no "internal error", no stack trace), and running it again completes it.
 */
class LoadInterruptIT {

	@TempDir
	Path tmp;

	@Test
	void ctrlCDuringALoadSaysHowFarItGotAndTheRerunResumes() throws Exception {
		Path csv = tmp.resolve("csv");
		SyntheticNetwork.write(1_000, 10_000, 2, 3, csv);
		Path home = tmp.resolve("home");

		Process first = start(home, csv).start();
		List<String> seen = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean sent = false;
			while ((line = reader.readLine()) != null) {
				seen.add(line);
				// the first table done: later tables are still to load
				if (!sent && line.contains(" in ") && line.contains("rows/s")) {
					new ProcessBuilder("kill", "-INT", Long.toString(first.pid())).start().waitFor();
					sent = true;
				}
			}
		}
		assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String err = String.join("\n", seen);
		assertThat(first.exitValue()).as(err).isEqualTo(1);
		assertThat(err).containsPattern("parley: load interrupted; \\d+ batches committed in this run, run the same load"
				+ " again to resume")
			.doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Connection source is closed");

		Process second = start(home, csv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(second.exitValue()).as(out).isZero();
		assertThat(out).contains("resumed");
	}

	private static ProcessBuilder start(Path home, Path csv) {
		return ParleyProcess.builder(Map.of(), "--parley.home=" + home, "--parley.bolt-port=0", "--parley.auto-seed=false",
				"load", csv.toString(), "--batch", "100");
	}
}
