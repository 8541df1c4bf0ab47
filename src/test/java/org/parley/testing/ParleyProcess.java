package org.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code target/parley.jar} as a real child process, as a user would. */
public final class ParleyProcess {

	public static final Path JAR = Path.of("target", "parley.jar").toAbsolutePath();

	public record Result(int code, String out, String err) {

		@Override
		public String toString() {
			return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private ParleyProcess() {
	}

	private static boolean archived;

	/**
	 * The start-up cache of the Parleys tests start: this build's own, in {@code target}, so that other clones and
	 * builds sharing {@code ~/.cache/parley} neither evict it mid-suite nor are evicted by it.
	 */
	public static final Path CACHE = Path.of("target", "parley-cache").toAbsolutePath();

	/** This build's class-data archive in {@link #CACHE}. */
	public static Path archive() throws IOException {
		return CACHE.resolve(org.parley.Launcher.archive(JAR).getFileName());
	}

	/**
	 * Makes sure the class-data archive of this build exists before a test starts the jar, written by a {@code status}
	 * on a scratch home as a user's first run would: written instead under a test's load (fifty clients, two Parleys
	 * at once), the dump took three times as long and every concurrent first run wrote its own.
	 */
	private static synchronized void ensureArchive() {
		if (archived) {
			return;
		}
		archived = true;
		try {
			Files.createDirectories(CACHE);
			// the two test forks share this build's cache: the first to get here writes the archive, the other waits
			// for it instead of writing its own at the same time (each dump: half a minute of CPU on two cores)
			try (var lock = FileChannel.open(CACHE.resolve(".archive.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); var held = lock.lock()) {
				if (Files.isRegularFile(archive())) {
					return;
				}
				Path home = Files.createTempDirectory("parley-archive-");
				var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", "0", "PARLEY_AUTO_SEED", "false");
				Process process = start(env, "status").redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
				process.waitFor(300, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public static ProcessBuilder builder(Map<String, String> env, String... command) {
		ensureArchive();
		return start(env, command);
	}

	/** Commands the launcher keeps in its own JVM for the optimising compiler (see {@code Launcher.LONG_RUNNING}). */
	private static final List<String> LONG_RUNNING = List.of("generate", "load", "bench");

	private static ProcessBuilder start(Map<String, String> env, String... command) {
		var args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m"));
		args.addAll(jvmOptions(command));
		args.addAll(List.of("-jar", JAR.toString()));
		args.addAll(List.of(command));
		var builder = new ProcessBuilder(args);
		builder.environment().put("PARLEY_CACHE_DIR", CACHE.toString());
		builder.environment().putAll(env);
		return builder;
	}

	/**
	 * The launching JVM of a test's Parley tuned as the launcher tunes a one-shot's child: consoles and {@code serve}s
	 * started by tests live seconds, not hours, so they get the client compiler only, the serial collector and this
	 * build's class-data archive (once written). Each saved several seconds of CPU per process on the loaded
	 * 2-core machine; the one-shot's child JVM inherits the same options.
	 */
	private static List<String> jvmOptions(String... command) {
		var options = new ArrayList<String>(List.of("-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		if (command.length == 0 || !LONG_RUNNING.contains(command[0])) {
			options.add("-XX:TieredStopAtLevel=1");
		}
		try {
			Path archive = archive();
			if (archived && Files.isRegularFile(archive)) {
				options.add("-XX:SharedArchiveFile=" + archive);
			}
		}
		catch (IOException ex) {
			// no archive: the JVM starts without it
		}
		return options;
	}

	public static Result run(Map<String, String> env, String... command) {
		try {
			Path out = Files.createTempFile("parley-out", ".txt");
			Path err = Files.createTempFile("parley-err", ".txt");
			Process process = builder(env, command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			// a first start creates the store, loads the seed and writes the class-data archive: minutes on a busy machine
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException("parley " + String.join(" ", command) + " did not finish in 300 s");
			}
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGKILL to the JVM that holds the store (the launcher's tuned child, or the launcher itself). */
	public static void killHard(Process process) throws InterruptedException {
		List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
		all.forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.waitFor(60, TimeUnit.SECONDS);
		for (ProcessHandle handle : all) {
			handle.onExit().orTimeout(60, TimeUnit.SECONDS).join();
		}
	}
}
