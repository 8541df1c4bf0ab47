package org.parley;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.parley.attach.AttachClient;
import org.parley.shell.Preflight;
import sun.misc.Signal;

/**
 * The jar's entry point. Console and {@code serve} sessions run in this JVM. A one-shot command runs in a child
 * JVM tuned for a short life: the client compiler only, and a class-data-sharing archive of Parley's classes (the
 * start-up cache) that the first run of a build writes to the cache directory ({@code PARLEY_CACHE_DIR}, default
 * {@code ~/.cache/parley}; one archive per build, the three most recently used kept; {@code PARLEY_CDS=off} writes
 * and uses none), which together cut start-up time by about half (see the README).
 * {@code PARLEY_JVM_TUNING=off} runs everything in this JVM, and so does a JVM started already tuned (see
 * {@link #alreadyTuned}).
 */
public final class Launcher {

	/**
	 * Commands that run for minutes (bulk generation, loads, the benchmark) stay in this JVM: they want the optimising
	 * compiler and a parallel-friendly collector, not the start-up tuning (C1 only cost them about half their speed).
	 */
	private static final java.util.Set<String> LONG_RUNNING = java.util.Set.of("generate", "load", "bench");

	/** System property naming the file a tuned child creates when its run is worth archiving. */
	private static final String REPRESENTATIVE = "parley.archive.representative";

	private Launcher() {
	}

	public static void main(String[] args) throws Exception {
		var secret = CommandLine.secret(args);
		if (secret.isPresent()) {
			// refused before a child JVM could repeat it on its own command line
			System.err.println("parley: " + secret.get());
			System.exit(2);
		}
		Path jar = ownJar();
		List<String> words = CommandLine.words(args);
		boolean oneShot = !words.isEmpty() && !words.get(0).equals("serve") && !LONG_RUNNING.contains(words.get(0));
		var residentIdle = oneShot ? residentIdle() : java.util.Optional.<java.time.Duration>empty();
		if (oneShot && System.getProperty("parley.tuned") == null && attachable(args, words)) {
			// a console or `serve` holds the home: it checks and runs the command (its preflight is warm), before
			// anything here loads the command catalogue, Spring or Neo4j
			OptionalInt attached = AttachClient.run(home(args), words);
			if (attached.isPresent()) {
				System.exit(attached.getAsInt());
			}
		}
		boolean answeredHere = !words.isEmpty() && answeredByLauncher(words);
		boolean child = !answeredHere && runsInTunedChild(jar, oneShot);
		// a command that goes on to a tuned child is checked there, by classes its archive holds (checked here, it
		// started the child 0.2 s later: this JVM loads the command catalogue from the jar, unarchived); with a
		// resident asked for, here, so that a usage error never starts a resident
		if (!words.isEmpty() && System.getProperty(Preflight.CHECKED) == null && (!child || residentIdle.isPresent())) {
			OptionalInt done = Preflight.check(words, System.out, System.err);
			if (done.isPresent()) {
				System.exit(done.getAsInt());
			}
			System.setProperty(Preflight.CHECKED, "true");
		}
		if (oneShot && jar != null && !words.get(0).equals("restore") && System.getProperty("parley.tuned") == null
				&& attachable(args, words)) {
			OptionalInt resident = residentIdle.isEmpty() ? OptionalInt.empty()
					: Resident.run(jar, home(args), words, residentIdle.get(), archiveIfWritten(jar));
			if (resident.isPresent()) {
				System.exit(resident.getAsInt());
			}
		}
		if (answeredHere) {
			child = runsInTunedChild(jar, oneShot); // words the preflight leaves to Parley: a --file script with -h in it
		}
		if (!child) {
			ParleyApplication.main(args);
			return;
		}
		System.exit(runTuned(jar, args));
	}

	/** Words that ask for help, the version or a completion script: answered here, without a child JVM. */
	static boolean answeredByLauncher(List<String> words) {
		return List.of("help", "version", "completion").contains(words.get(0)) || words.stream()
			.anyMatch(word -> word.equals("--help") || word.equals("-h") || word.equals("--version") || word.equals("-V"));
	}

	/** Whether a command runs in a tuned child JVM rather than here (see {@link #alreadyTuned}). */
	private static boolean runsInTunedChild(Path jar, boolean oneShot) throws IOException {
		return oneShot && jar != null && !"off".equalsIgnoreCase(System.getenv("PARLEY_JVM_TUNING"))
				&& System.getProperty("parley.tuned") == null
				&& !alreadyTuned(ManagementFactory.getRuntimeMXBean().getInputArguments(), compilerLevel(),
						StartupCache.directory() == null ? null : StartupCache.archive(jar));
	}

	/**
	 * Whether this JVM was started as the tuned child would be, as a wrapper script or {@code JDK_JAVA_OPTIONS} may
	 * do: the client compiler only ({@code compilerLevel} 1, the JVM's own reading of {@code -XX:TieredStopAtLevel},
	 * so the last such option counts) and, unless {@code PARLEY_CDS=off} ({@code archive} null), this build's
	 * class-data archive as the last {@code -XX:SharedArchiveFile=} option, written already. Then a child JVM would only
	 * add its own start (about a second) and the command runs here. An archive of another build (a wrapper written
	 * before a rebuild) does not count: the child, which uses and writes this build's, is faster.
	 */
	static boolean alreadyTuned(List<String> jvmOptions, String compilerLevel, Path archive) {
		if (!"1".equals(compilerLevel)) {
			return false;
		}
		if (archive == null) {
			return true;
		}
		String named = null;
		for (String option : jvmOptions) {
			if (option.startsWith("-XX:SharedArchiveFile=")) {
				named = option.substring("-XX:SharedArchiveFile=".length());
			}
		}
		return named != null && Path.of(named).toAbsolutePath().normalize().equals(archive.toAbsolutePath().normalize())
				&& Files.isRegularFile(archive);
	}

	/** {@code TieredStopAtLevel} as this JVM runs with it, or null where the JVM does not say. */
	private static String compilerLevel() {
		try {
			return ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
				.getVMOption("TieredStopAtLevel").getValue();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** What {@code PARLEY_RESIDENT} asks for (see {@link Resident}); a value that means nothing is a usage error. */
	private static java.util.Optional<java.time.Duration> residentIdle() {
		try {
			return Resident.requested(System.getenv(Resident.VARIABLE));
		}
		catch (IllegalArgumentException ex) {
			System.err.println("parley: " + ex.getMessage());
			System.exit(2);
			return java.util.Optional.empty();
		}
	}

	/** This build's class-data archive when a first run has written it (and PARLEY_CDS is not off), else null. */
	private static Path archiveIfWritten(Path jar) throws IOException {
		if (StartupCache.directory() == null) {
			return null;
		}
		Path archive = StartupCache.archive(jar);
		return Files.isRegularFile(archive) ? archive : null;
	}

	/**
	 * Whether the command may run in a Parley serving the home: not when this run has settings of its own (a
	 * {@code --parley.*} or {@code -Dparley.*} other than the home, or a Spring configuration file here) that the
	 * serving Parley would not apply.
	 */
	private static boolean attachable(String[] args, List<String> words) {
		if (AttachClient.disabled() || args.length - words.size() > 1) {
			return false;
		}
		for (String arg : args) {
			if (!words.contains(arg) && !arg.startsWith("--parley.home=")) {
				return false;
			}
		}
		for (String name : System.getProperties().stringPropertyNames()) {
			// the launcher's own mark that the command line was checked is no setting of the command
			if ((name.startsWith("parley.") || name.startsWith("spring.")) && !name.equals("parley.home")
					&& !name.equals(Preflight.CHECKED)) {
				return false;
			}
		}
		for (String config : List.of("application.properties", "application.yml", "application.yaml",
				"config/application.properties", "config/application.yml", "config/application.yaml")) {
			if (Files.exists(Path.of(config))) {
				return false;
			}
		}
		return true;
	}

	/** The home as Spring binds {@code parley.home}: the command line, then system properties, then the environment. */
	private static Path home(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--parley.home=")) {
				return Path.of(arg.substring("--parley.home=".length()));
			}
		}
		String home = System.getProperty("parley.home", System.getenv("PARLEY_HOME"));
		return home != null && !home.isEmpty() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".parley");
	}

	private static int runTuned(Path jar, String[] args) throws IOException, InterruptedException {
		Path cacheDir = StartupCache.directory();
		Path archive = cacheDir == null ? null : StartupCache.archive(jar);
		Path dumping = null;
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.add("-XX:TieredStopAtLevel=1");
		// one compiler thread instead of two: on two cores the second competed with the command for the CPU, and
		// compiled methods a run of a few seconds no longer needed (a cold `who`, 8 interleaved pairs: 0.36 s less wall,
		// 0.37 s less CPU; see the README's start-up time)
		command.add("-XX:CICompilerCount=1");
		command.add("-XX:+UseSerialGC");
		command.addAll(HugePages.options());
		command.add("-Xlog:cds=off");
		command.add("-Xlog:cds+dynamic=off");
		if (archive == null) {
			// PARLEY_CDS=off: the tuned JVM without a class-data archive
		}
		else if (Files.isRegularFile(archive)) {
			command.add("-XX:SharedArchiveFile=" + archive);
			StartupCache.touch(archive);
		}
		else if (StartupCache.writable(cacheDir)) {
			dumping = cacheDir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
			command.add("-XX:ArchiveClassesAtExit=" + dumping);
			command.add("-D" + REPRESENTATIVE + "=" + dumping + ".ok");
			// the child says so once its command line has passed the check (a usage error gets its one line alone)
		}
		// the child watches this process by its pid: killed before the child gets to look, it is still seen gone
		command.add("-Dparley.tuned=" + ProcessHandle.current().pid());
		if (System.getProperty(Preflight.CHECKED) != null) {
			command.add("-D" + Preflight.CHECKED + "=true");
		}
		command.addAll(List.of("-cp", jar.toString(), ParleyApplication.class.getName()));
		command.addAll(List.of(args));
		Process child = new ProcessBuilder(command).inheritIO().start();
		// Ctrl-C reaches the whole process group: the child shuts down cleanly while this JVM waits for it
		Signal.handle(new Signal("INT"), signal -> {
		});
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (child.isAlive()) {
				child.destroy();
				try {
					child.waitFor(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}));
		int code = child.waitFor();
		if (dumping != null) {
			Path representative = Path.of(dumping + ".ok");
			if (Files.deleteIfExists(representative)) {
				StartupCache.keep(dumping, archive, cacheDir);
			}
			else {
				Files.deleteIfExists(dumping);
			}
		}
		return code;
	}

	/**
	 * Called by a tuned child JVM once it has opened the embedded store: only such a run loads the classes most
	 * commands need, so only its archive is kept. An archive written by a first {@code help}
	 * made every later {@code status} 60% slower (8.7 s instead of 5.3 s); such a run's archive is dropped and the
	 * next run writes one.
	 */
	public static void representativeRun() {
		String marker = System.getProperty(REPRESENTATIVE);
		if (marker != null) {
			try {
				Files.writeString(Path.of(marker), "");
			}
			catch (IOException ex) {
				// no archive this time: the next run writes one
			}
		}
	}

	/** Says on stderr that this JVM, a first run of its build, writes the class-data archive (when it does). */
	static void announceArchive() {
		String marker = System.getProperty(REPRESENTATIVE);
		if (marker != null) {
			System.err.println("parley: first run of this build: writing its start-up cache to " + Path.of(marker).getParent()
					+ " (about 150 MB, half a minute more this once; later runs start faster; PARLEY_CDS=off skips it)");
		}
	}

	/** Whether this JVM writes the class-data archive at its exit (a first run of this build, see {@link #runTuned}). */
	static boolean writingArchive() {
		return System.getProperty(REPRESENTATIVE) != null;
	}

	/** The class-data archive of this jar build and JVM (see {@link StartupCache#archive}). */
	public static Path archive(Path jar) throws IOException {
		return StartupCache.archive(jar);
	}

	private static Path ownJar() {
		try {
			Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
		}
		catch (Exception ex) {
			return null;
		}
	}
}
