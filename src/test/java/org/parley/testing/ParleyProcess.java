package org.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.parley.files.OutputFiles;

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
	 * This build's seeded home (see {@link #seededHome}): named by the archive (jar and JVM) and by the seed scripts in
	 * {@code seed/}, which a first start in the project directory loads, so an edited seed gets a new one.
	 */
	private static Path template() throws IOException {
		String archive = archive().getFileName().toString();
		var digest = new StringBuilder();
		try (var files = Files.list(Path.of("seed"))) {
			for (Path file : files.sorted().toList()) {
				digest.append(file.getFileName()).append(':').append(Arrays.hashCode(Files.readAllBytes(file))).append(';');
			}
		}
		return CACHE.resolve(archive.substring(0, archive.length() - ".jsa".length()) + "-seed-"
				+ Integer.toHexString(digest.toString().hashCode()) + "-home");
	}

	/** The first start of {@link #ensureArchive} while it runs, so that a test JVM ending before it does stops it. */
	private static volatile Process preparing;

	/** What stopped {@link #prepareInBackground}, until a test's own call reports it. */
	private static RuntimeException failedInBackground;

	/**
	 * Starts {@link #ensureArchive} on a daemon thread (see {@link PackagedJarPreparation}): the archive and the
	 * seeded home are then written while the first test classes run in this JVM, instead of while every test that
	 * needs them waits. A test that needs them sooner waits for this thread as it would for another test's call.
	 */
	static void prepareInBackground() {
		var thread = new Thread(ParleyProcess::prepare, "parley-archive");
		thread.setDaemon(true);
		thread.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			Process process = preparing;
			if (process != null && process.isAlive()) {
				destroyTree(process);
			}
		}));
	}

	/** {@link #ensureArchive}, keeping what stopped it for the first test that needs the archive (one monitor). */
	private static synchronized void prepare() {
		try {
			ensureArchive();
		}
		catch (RuntimeException ex) {
			failedInBackground = ex;
		}
	}

	/**
	 * Makes sure the class-data archive of this build exists before a test starts the jar, written by a {@code status}
	 * on a new home as a user's first run would, once per build (both test JVMs start it as their tests begin, see
	 * {@link #prepareInBackground}; a file lock lets one write it while the other waits). Written as a side effect
	 * of a test's own Parley instead (fifty clients, two Parleys at once), the dump took three times as long and
	 * every concurrent first run wrote its own. That first run seeds
	 * its home, which becomes the template {@link #seededHome} copies. A complete template is never changed: it is
	 * written aside and renamed into place, so one test JVM can copy it while the other looks.
	 */
	private static synchronized void ensureArchive() {
		if (archived) {
			RuntimeException failure = failedInBackground;
			failedInBackground = null;
			if (failure != null) {
				throw failure;
			}
			return;
		}
		archived = true;
		try {
			Files.createDirectories(CACHE);
			// the two test forks share this build's cache: the first to get here writes the archive, the other waits
			// for it instead of writing its own at the same time (each dump: half a minute of CPU on two cores)
			try (var lock = FileChannel.open(CACHE.resolve(".archive.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); var held = lock.lock()) {
				Path template = template();
				boolean archiving = !"off".equalsIgnoreCase(System.getenv("PARLEY_CDS"))
						&& !"off".equalsIgnoreCase(System.getenv("PARLEY_JVM_TUNING"));
				if ((Files.isRegularFile(archive()) || !archiving) && Files.isRegularFile(template.resolve(COMPLETE))) {
					return;
				}
				// what a first start stopped by its test JVM's end left, and this JVM's own home of an earlier try
				try (var files = Files.list(CACHE)) {
					for (Path left : files.filter(p -> p.getFileName().toString().matches(".*\\.tmp(\\.ok)?|\\.home-\\d+"))
						.toList()) {
						OutputFiles.deleteTree(left);
					}
				}
				Path home = CACHE.resolve(".home-" + ProcessHandle.current().pid());
				Path log = CACHE.resolve(template.getFileName() + ".log");
				var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", "0");
				Process process = start(env, false, "status").redirectErrorStream(true).redirectOutput(log.toFile())
					.start();
				preparing = process;
				if (!process.waitFor(300, TimeUnit.SECONDS)) {
					destroyTree(process);
					process.waitFor(60, TimeUnit.SECONDS);
				}
				else if (process.exitValue() == 0 && !Files.isRegularFile(template.resolve(COMPLETE))) {
					Files.writeString(home.resolve(COMPLETE), "");
					try (var others = Files.list(CACHE)) {
						for (Path other : others.filter(p -> p.getFileName().toString().endsWith("-home")).toList()) {
							OutputFiles.deleteTree(other); // another build's or seed's template
						}
					}
					Files.move(home, template, StandardCopyOption.ATOMIC_MOVE);
				}
				OutputFiles.deleteTree(home);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Marks the seeded home complete: its {@code status} ended well. */
	private static final String COMPLETE = ".seeded";

	/**
	 * Fills {@code home} (absent or empty) with a copy of this build's seeded home: its store seeded from
	 * {@code seed/} by a first start, shut down cleanly, without that start's lock, pid note or socket. For tests of
	 * what a seeded home does (serve, attach, a resident, damage, output), not of the first start itself
	 * ({@code PackagedJarIT}, {@code CrashSafetyIT} test that): the copy takes a fraction of a second where
	 * a first start with seeding took 15-25 s under the suite's load. Every copy has the template's Bolt secret and
	 * Neo4j server id, which a first start would make its own; no test compares two homes' secrets or ids.
	 */
	public static Path seededHome(Path home) {
		ensureArchive();
		try {
			Path template = template();
			if (!Files.isRegularFile(template.resolve(COMPLETE))) {
				throw new IllegalStateException("no seeded home " + template + ": its first start failed; see "
						+ CACHE.resolve(template.getFileName() + ".log"));
			}
			try (var files = Files.walk(template)) {
				for (Path from : files.toList()) {
					String name = from.getFileName().toString();
					if (name.equals(COMPLETE) || name.equals("parley.lock") || name.equals("parley.pid")
							|| name.equals("parley.sock")) {
						continue;
					}
					Path to = home.resolve(template.relativize(from).toString());
					if (Files.isDirectory(from)) {
						Files.createDirectories(to);
						Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
					}
					else {
						Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A Parley started tuned (see {@link #jvmOptions}): a one-shot command runs in that JVM, as the launcher's child
	 * would, without the launcher's second JVM.
	 */
	public static ProcessBuilder builder(Map<String, String> env, String... command) {
		ensureArchive();
		return start(env, true, command);
	}

	/**
	 * A Parley started as the README says, {@code java -jar target/parley.jar}: for a one-shot command, the launcher
	 * starts the tuned child JVM (with this build's archive, once written).
	 */
	public static ProcessBuilder asTyped(Map<String, String> env, String... command) {
		ensureArchive();
		return start(env, false, command);
	}

	/** Commands the launcher keeps in its own JVM for the optimising compiler (see {@code Launcher.LONG_RUNNING}). */
	private static final List<String> LONG_RUNNING = List.of("generate", "load", "bench");

	private static ProcessBuilder start(Map<String, String> env, boolean tuned, String... command) {
		var args = new ArrayList<String>();
		args.addAll(InterruptDefault.prefix());
		args.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
		if (tuned) {
			args.addAll(jvmOptions(command));
		}
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
	 * 2-core machine. With the archive, the launcher runs a one-shot command in this JVM (see
	 * {@code Launcher.alreadyTuned}): about a second and a JVM's start less per command.
	 */
	private static List<String> jvmOptions(String... command) {
		var options = new ArrayList<String>(List.of("-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		options.addAll(org.parley.HugePages.options());
		if (command.length == 0 || !LONG_RUNNING.contains(command[0])) {
			options.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"));
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
		return finish(builder(env, command), command);
	}

	/** Runs the command as the README types it ({@link #asTyped}): the launcher, and for a one-shot its tuned child. */
	public static Result runAsTyped(Map<String, String> env, String... command) {
		return finish(asTyped(env, command), command);
	}

	private static Result finish(ProcessBuilder builder, String... command) {
		try {
			Path out = Files.createTempFile("parley-out", ".txt");
			Path err = Files.createTempFile("parley-err", ".txt");
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			// a first start creates the store, loads the seed and writes the class-data archive: minutes on a busy machine
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				destroyTree(process);
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

	/** SIGKILL to a process and every process it started (a launcher and its tuned child), without waiting. */
	private static void destroyTree(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
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
