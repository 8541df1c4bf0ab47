package org.parley.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.parley.ParleyApplication;

/** Runs Parley's real entry point in-process, one-shot, capturing stdout, stderr and the exit code. */
public final class Cli {

	public record Result(int code, String out, String err) {

		@Override
		public String toString() {
			return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private Cli() {
	}

	public static synchronized Result run(List<String> settings, String... command) {
		var args = new ArrayList<>(settings);
		args.addAll(List.of(command));
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			int code = ParleyApplication.run(args.toArray(String[]::new));
			return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}
	}
}
