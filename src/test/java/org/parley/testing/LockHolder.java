package org.parley.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process that holds a file's lock (as a serving Parley holds its home's {@code parley.lock}) until its standard
 * input closes: {@link #start} returns once the lock is held.
 */
public final class LockHolder {

	private LockHolder() {
	}

	public static void main(String[] args) throws IOException {
		try (var channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				var lock = channel.tryLock()) {
			if (lock == null) {
				System.exit(1); // held by another process already: the test's start() fails
			}
			System.out.print("locked\n");
			System.out.flush();
			while (System.in.read() >= 0) {
				// held until the test closes our standard input (or ends)
			}
		}
	}

	/** Starts a process holding {@code file}'s lock; closing the process's standard input (or destroying it) frees it. */
	public static Process start(Path file) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp"));
		try {
			command.add(Path.of(LockHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		command.addAll(List.of(LockHolder.class.getName(), file.toString()));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		byte[] line = new byte[7];
		int read = process.getInputStream().readNBytes(line, 0, line.length);
		if (read != line.length || !new String(line, java.nio.charset.StandardCharsets.US_ASCII).equals("locked\n")) {
			process.destroyForcibly();
			throw new IllegalStateException("the lock holder did not take the lock on " + file);
		}
		return process;
	}

	/** Frees the lock and waits for the process to end. */
	public static void stop(Process process) throws InterruptedException, IOException {
		process.getOutputStream().close();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
