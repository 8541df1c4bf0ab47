package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.attach.AttachClient;
import org.parley.graph.OwnerOnly;

/**
 * The opt-in resident mode ({@code PARLEY_RESIDENT=10m}): a one-shot command that finds no Parley serving its home
 * starts one in the background, a {@code serve} that stops after that long without a command, and hands its command to
 * it; the next one-shots on the home attach to it at once, like a build daemon. The resident holds the store as a
 * {@code serve} does (the store lock rules are the same: a console started meanwhile attaches to it), listens for
 * Bolt on a private loopback port, serves no Browser, ignores Ctrl-C and a closed terminal, and stops cleanly on
 * SIGTERM; its output goes to {@code $PARLEY_HOME/resident.log}.
 */
final class Resident {

	static final String VARIABLE = "PARLEY_RESIDENT";

	private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(s|m|h)?");

	/** How long to wait for the resident to serve: a first start on a fresh home creates and seeds the store. */
	private static final Duration START_WAIT = Duration.ofMinutes(5);

	private Resident() {
	}

	/**
	 * How long a resident stays idle, as {@code PARLEY_RESIDENT} asks: minutes ({@code 10}) or a duration with a unit
	 * ({@code 90s}, {@code 10m}, {@code 2h}); empty when unset, {@code off} or {@code 0}.
	 *
	 * @throws IllegalArgumentException naming the variable when its value is none of these
	 */
	static Optional<Duration> requested(String value) {
		if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("off")) {
			return Optional.empty();
		}
		Matcher m = DURATION.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException("invalid " + VARIABLE + "='" + value
					+ "': expected minutes (10) or a duration such as 90s, 10m or 2h; off or 0 turns it off");
		}
		long amount = Long.parseLong(m.group(1));
		Duration idle = switch (m.group(2) == null ? "m" : m.group(2)) {
			case "s" -> Duration.ofSeconds(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofMinutes(amount);
		};
		return idle.isZero() ? Optional.empty() : Optional.of(idle);
	}

	/**
	 * Starts a resident Parley for {@code home} (with this build's class-data archive, when written) and runs
	 * {@code words} in it.
	 *
	 * @return the command's exit code, or empty when no resident could take it (then it runs here, as without one)
	 */
	static OptionalInt run(Path jar, Path home, List<String> words, Duration idle, Path archive)
			throws IOException, InterruptedException {
		Files.createDirectories(home);
		Path log = home.resolve("resident.log");
		Files.deleteIfExists(log);
		Files.createFile(log);
		OwnerOnly.restrict(log);
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:+UseSerialGC");
		if (archive != null) {
			// the class-data archive of one-shot runs holds the classes a serving Parley loads too
			command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		}
		command.add("-Dparley.resident.idle-seconds=" + idle.toSeconds());
		command.add("-Dparley.http-port=0");
		command.addAll(List.of("-jar", jar.toString(), "serve"));
		var builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("PARLEY_HOME", home.toString());
		builder.environment().put("PARLEY_BOLT_PORT", "0");
		System.err.println("parley: starting a resident Parley for " + home + " (" + VARIABLE + ": it stays "
				+ describe(idle) + " after the last command; later commands attach to it; its output: " + log + ")");
		Process resident = builder.start();
		long deadline = System.nanoTime() + START_WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			OptionalInt code = AttachClient.run(home, words);
			if (code.isPresent()) {
				return code;
			}
			if (!resident.isAlive()) {
				// another Parley took the home meanwhile (then it is attached to), or the resident could not start
				OptionalInt other = AttachClient.run(home, words);
				if (other.isEmpty()) {
					System.err.println("parley: the resident Parley stopped (exit " + resident.exitValue() + ", see "
							+ log + "); running the command on its own");
				}
				return other;
			}
			Thread.sleep(100);
		}
		System.err.println("parley: the resident Parley did not start serving in " + START_WAIT.toMinutes()
				+ " min (see " + log + "); running the command on its own");
		return OptionalInt.empty();
	}

	private static String describe(Duration idle) {
		long s = idle.toSeconds();
		return s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
	}
}
