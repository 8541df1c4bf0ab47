package org.parley.load;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr for long work: count, percent, rate and ETA. On a terminal one line redraws itself at most
 * every 200 ms; otherwise (logs, pipes) a plain line is printed every 5 s, so logs stay readable.
 */
final class Progress {

	private final PrintStream err;

	private final boolean terminal;

	private final AtomicLong done = new AtomicLong();

	private volatile String label = "";

	private volatile long total;

	private volatile long started;

	private volatile long lastPrint;

	Progress(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	static Progress onStderr() {
		return new Progress(System.err, System.console() != null);
	}

	static Progress silent() {
		return new Progress(null, false);
	}

	void start(String label, long total) {
		this.label = label;
		this.total = total;
		this.done.set(0);
		this.started = System.nanoTime();
		this.lastPrint = started;
	}

	void advance(long rows) {
		long now = done.addAndGet(rows);
		long t = System.nanoTime();
		long every = terminal ? 200_000_000L : 5_000_000_000L;
		if (err != null && t - lastPrint >= every) {
			synchronized (this) {
				if (t - lastPrint >= every) {
					lastPrint = t;
					print(now, t, false);
				}
			}
		}
	}

	/** Runs one step of unknown length and prints what it was and how long it took. */
	void step(String label, String what, Runnable work) {
		long t = System.nanoTime();
		work.run();
		if (err != null) {
			err.println(String.format("%-15s %s in %.1f s", label, what, (System.nanoTime() - t) / 1e9));
			err.flush();
		}
	}

	synchronized void finish() {
		if (err != null && (terminal || done.get() > 0)) {
			print(done.get(), System.nanoTime(), true);
		}
	}

	private void print(long count, long now, boolean last) {
		double seconds = Math.max(1e-9, (now - started) / 1e9);
		double rate = count / seconds;
		String line = String.format("%-15s %s %,d/%,d %3d%% %,.0f rows/s %s", label, bar(count), count, total,
				total == 0 ? 100 : count * 100 / total, rate,
				last ? String.format("in %.1f s", seconds) : "ETA " + eta(rate, total - count));
		if (terminal) {
			err.print("\r" + line + "   " + (last ? "\n" : ""));
		}
		else {
			err.println(line);
		}
		err.flush();
	}

	private String bar(long count) {
		int width = 20;
		int filled = total == 0 ? width : (int) Math.min(width, count * width / total);
		return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
	}

	private static String eta(double rate, long left) {
		if (rate <= 0) {
			return "ETA ?";
		}
		long s = (long) (left / rate);
		return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
	}
}
