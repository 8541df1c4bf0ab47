package org.parley.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.shell.DocsTranscripts.Block;
import org.parley.shell.DocsTranscripts.Step;
import org.parley.testing.Cli;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The docs are a contract (issue 18): every transcript of README.md and docs/*.md ({@link DocsTranscripts}) is
 * replayed in-process on the seeded test database, one test per block named {@code file:line}, and must print what
 * it shows, after {@link DocsTranscripts#normal normalising} what varies from run to run.
 * <ul>
 * <li>{@code $ java -jar target/parley.jar ARGS} runs ARGS one-shot (stdout and stderr together, in either order);</li>
 * <li>{@code $ echo $?} shows the exit code of the command before it;</li>
 * <li>{@code $ cat FILE} followed by lines writes those lines to FILE first, so the commands after it can read it;</li>
 * <li>{@code parley> CMD} runs CMD one-shot too.</li>
 * </ul>
 * Files a transcript names ({@code cat}, {@code --out}, /tmp) and {@code $PARLEY_HOME} live in a temporary directory of
 * the Markdown file, kept across its blocks; output shows them under the documented names. Each block starts on
 * the seed graph (a block that wrote is followed by a fresh seed). Anything else cannot be replayed: such a block
 * must be marked {@code <!-- not-checked: reason -->}.
 */
class DocsTranscriptIT extends SeededTestBase {

	private static final String JAR = "java -jar target/parley.jar";

	private static final String PROJECT = Path.of("").toAbsolutePath().toString();

	/** Per Markdown file: its home and files directory, and the documented paths mapped into it. */
	private static final Map<String, Place> PLACES = new HashMap<>();

	private record Place(Path home, Path files, Map<String, String> paths) {

		static Place create() {
			try {
				Path root = Files.createTempDirectory("parley-docs-");
				return new Place(Files.createDirectories(root.resolve("home")),
						Files.createDirectories(root.resolve("files")), new LinkedHashMap<>());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Where a documented path lives in this run (its directory created, as it was where the docs ran). */
		String map(String documented) {
			Path path = documented.startsWith("$PARLEY_HOME/")
					? home.resolve(documented.substring("$PARLEY_HOME/".length()))
					: Path.of(paths.computeIfAbsent(documented,
							d -> files.resolve(d.replaceFirst("^/+", "").replace("..", "__")).toString()));
			try {
				Files.createDirectories(path.getParent());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return path.toString();
		}

		/** Output with this run's paths shown as documented. */
		String unmap(String text) {
			String shown = text;
			var longestFirst = new ArrayList<>(paths.entrySet());
			longestFirst.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
			for (var path : longestFirst) {
				shown = shown.replace(path.getValue(), path.getKey());
			}
			return shown.replace(home.toString(), "/tmp/tmp.HOME");
		}
	}

	/** All blocks, or with {@code -Ddocs.only=TEXT} those whose {@code file:line} contains TEXT. */
	static Stream<Named<Block>> transcripts() throws IOException {
		String only = System.getProperty("docs.only", "");
		return DocsTranscripts.read(Path.of(PROJECT)).stream()
			.filter(b -> b.toString().contains(only))
			.map(b -> Named.of(b.toString(), b));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transcripts")
	void printsWhatItShows(Block block) throws IOException {
		if (block.notChecked() != null) {
			abort("not checked: " + block.notChecked());
		}
		Place place = PLACES.computeIfAbsent(block.file(), f -> Place.create());
		var problems = new ArrayList<String>();
		Cli.Result last = null;
		for (Step step : block.steps()) {
			String where = block.file() + ":" + step.line();
			String command = step.command();
			if (command.equals("echo $?")) {
				String shown = String.join("\n", step.shown()).strip();
				if (last == null || !shown.equals(String.valueOf(last.code()))) {
					problems.add(where + ": exit code " + (last == null ? "of no command" : last.code()) + ", shown "
							+ shown);
				}
				continue;
			}
			if (command.startsWith("cat ") && DocsTranscripts.words(command).size() == 2) {
				Path file = Path.of(place.map(DocsTranscripts.words(command).get(1)));
				Files.createDirectories(file.getParent());
				Files.writeString(file, String.join("\n", step.shown()) + "\n", StandardCharsets.UTF_8);
				continue;
			}
			List<String> words;
			try {
				words = DocsTranscripts.words(command);
			}
			catch (IllegalArgumentException ex) {
				fail(where + ": cannot replay '" + command + "' (" + ex.getMessage()
						+ "); mark the block <!-- not-checked: reason -->");
				return;
			}
			if (step.console()) {
				if (words.equals(List.of("quit")) || words.equals(List.of("exit"))) {
					continue;
				}
			}
			else if (command.startsWith(JAR + " ")) {
				words = DocsTranscripts.words(command.substring(JAR.length()));
			}
			else {
				fail(where + ": cannot replay '" + command + "'; mark the block <!-- not-checked: reason -->");
				return;
			}
			var settings = new ArrayList<>(List.of("--parley.neo4j.uri=" + boltUri(), "--parley.home=" + place.home()));
			if (words.stream().noneMatch(w -> w.startsWith("--parley.query-timeout="))) {
				// a loaded machine must not make a documented answer a timeout
				settings.add("--parley.query-timeout=10m");
			}
			last = Cli.run(settings, mapped(words, place));
			var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
			String[] shown = DocsTranscripts.today(String.join("\n", step.shown()), place.unmap(last.out() + last.err()),
					words, today);
			String actual = shown[1];
			String actualOtherOrder = DocsTranscripts.today("", place.unmap(last.err() + last.out()), words, today)[1];
			String expected = DocsTranscripts.normal(shown[0], PROJECT);
			if (!expected.equals(DocsTranscripts.normal(actual, PROJECT))
					&& !expected.equals(DocsTranscripts.normal(actualOtherOrder, PROJECT))) {
				problems.add(where + ": '" + command + "' (exit " + last.code() + ") prints\n" + actual
						+ "\n--- normalised, expected:\n" + expected + "\n--- but got:\n"
						+ DocsTranscripts.normal(actual, PROJECT));
			}
		}
		assertThat(problems).as("steps of " + block + " that print something else than shown").isEmpty();
	}

	/**
	 * The words with documented paths mapped: {@code $PARLEY_HOME/...}, files written by cat, named by --out or
	 * under /tmp (also as {@code --option=/tmp/...}), so that a transcript never reads what this machine has.
	 */
	private static String[] mapped(List<String> words, Place place) {
		var args = new ArrayList<String>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			int value = word.startsWith("--") ? word.indexOf('=') + 1 : 0;
			String path = word.substring(value);
			boolean mapped = path.startsWith("$PARLEY_HOME/") || path.startsWith("/tmp/")
					|| place.paths().containsKey(path) || (i > 0 && words.get(i - 1).equals("--out"));
			args.add(mapped ? word.substring(0, value) + place.map(path) : word);
		}
		return args.toArray(String[]::new);
	}
}
