package org.parley.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The transcripts of README.md and docs/*.md, as {@link DocsTranscriptIT} replays them (the convention is in the
 * README's Development section).
 * <p>
 * A transcript is a fenced block without a language whose first line starts with {@code $ } or {@code parley> }.
 * A line starting with {@code $ } (or {@code parley> }) is a step; the lines after it, up to the next step, are what
 * it prints. A block whose previous non-blank line is {@code <!-- not-checked: REASON -->} is left out, with its
 * reason.
 */
final class DocsTranscripts {

	static final String MARK = "<!-- not-checked:";

	/** A transcript block: where it is, its steps, and why it is not checked (null when it is). */
	record Block(String file, int line, List<Step> steps, String notChecked) {

		@Override
		public String toString() {
			return file + ":" + line;
		}
	}

	/** One {@code $ ...} or {@code parley> ...} line (without its prompt) and the lines shown after it. */
	record Step(int line, boolean console, String command, List<String> shown) {
	}

	private DocsTranscripts() {
	}

	/** README.md, then docs/*.md by name, relative to the project directory. */
	static List<Path> documents(Path project) throws IOException {
		var files = new ArrayList<Path>();
		files.add(project.resolve("README.md"));
		try (Stream<Path> docs = Files.list(project.resolve("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		return files;
	}

	static List<Block> read(Path project) throws IOException {
		var blocks = new ArrayList<Block>();
		for (Path file : documents(project)) {
			blocks.addAll(parse(project.relativize(file).toString(),
					Files.readAllLines(file, StandardCharsets.UTF_8)));
		}
		return blocks;
	}

	/** The transcript blocks of one Markdown file's lines. */
	static List<Block> parse(String file, List<String> lines) {
		var blocks = new ArrayList<Block>();
		for (int i = 0; i < lines.size(); i++) {
			String fence = lines.get(i);
			if (!fence.startsWith("```")) {
				continue;
			}
			int end = i + 1;
			while (end < lines.size() && !lines.get(end).startsWith("```")) {
				end++;
			}
			List<String> body = lines.subList(i + 1, Math.min(end, lines.size()));
			if (fence.strip().equals("```") && !body.isEmpty() && isStep(body.get(0))) {
				blocks.add(new Block(file, i + 1, steps(i + 2, body), reason(lines, i)));
			}
			i = end;
		}
		return blocks;
	}

	private static boolean isStep(String line) {
		return line.startsWith("$ ") || line.startsWith("parley> ");
	}

	private static List<Step> steps(int firstLine, List<String> body) {
		var steps = new ArrayList<Step>();
		for (int i = 0; i < body.size(); i++) {
			String line = body.get(i);
			int next = i + 1;
			while (next < body.size() && !isStep(body.get(next))) {
				next++;
			}
			boolean console = line.startsWith("parley> ");
			steps.add(new Step(firstLine + i, console, line.substring(console ? 8 : 2),
					List.copyOf(body.subList(i + 1, next))));
			i = next - 1;
		}
		return steps;
	}

	/** The reason of a not-checked mark right before the fence at {@code index}, or null. */
	private static String reason(List<String> lines, int index) {
		for (int i = index - 1; i >= 0; i--) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith(MARK) && line.endsWith("-->")) {
				return line.substring(MARK.length(), line.length() - 3).strip();
			}
			return null;
		}
		return null;
	}

	/**
	 * The words of a shell command line as a POSIX shell splits them: single quotes keep everything, double quotes
	 * keep all but {@code \"} and {@code \\}, a backslash outside quotes escapes the next character. Nothing is
	 * expanded; unquoted shell syntax (pipes, redirections, {@code ;}, {@code &}, command substitution) is refused
	 * with an {@link IllegalArgumentException}, as something a replay cannot do.
	 */
	static List<String> words(String line) {
		var words = new ArrayList<String>();
		var word = new StringBuilder();
		boolean inWord = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\'') {
				int close = line.indexOf('\'', i + 1);
				if (close < 0) {
					throw new IllegalArgumentException("unclosed ' in: " + line);
				}
				word.append(line, i + 1, close);
				i = close;
				inWord = true;
			}
			else if (c == '"') {
				i++;
				while (i < line.length() && line.charAt(i) != '"') {
					if (line.charAt(i) == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
						i++;
					}
					word.append(line.charAt(i++));
				}
				if (i >= line.length()) {
					throw new IllegalArgumentException("unclosed \" in: " + line);
				}
				inWord = true;
			}
			else if (c == '\\' && i + 1 < line.length()) {
				word.append(line.charAt(++i));
				inWord = true;
			}
			else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else if ("|<>;&`(".indexOf(c) >= 0 || (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(')) {
				throw new IllegalArgumentException("shell syntax '" + c + "' in: " + line);
			}
			else {
				word.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	/** What varies from run to run, each replaced by a placeholder on both sides of the comparison. */
	private static final List<Rule> RULES = List.of(
			// timestamps first (their seconds would otherwise read as durations)
			new Rule("\\b\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)?", "<timestamp>"),
			// durations: "in 17 ms", "28.5 s", "33.56 s"
			new Rule("\\b\\d+(\\.\\d+)? ?(ms|s)\\b", "<time>"),
			// Neo4j's element ids (the database's id and the node's place in the store)
			new Rule("\\b\\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:\\d+\\b", "<element-id>"),
			// temporary directories of mktemp and of this test
			new Rule("/tmp/tmp\\.[A-Za-z0-9]+", "<tmp>"),
			// content hashes (seed files' SHA-256 prefixes)
			new Rule("(?<![\\w-])[0-9a-f]{12}(?![\\w-])", "<hash>"),
			// versions: Neo4j's, the JVM's, Parley's
			new Rule("(?<![\\d.])\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?(?![\\d.])", "<version>"));

	private record Rule(Pattern pattern, String placeholder) {

		Rule(String regex, String placeholder) {
			this(Pattern.compile(regex), placeholder);
		}
	}

	/** The line on which {@code counterparts} follows each pair of posts to who holds them today. */
	private static final Pattern HELD_TODAY = Pattern.compile("(?m)^(\\s+)on (\\d{4}-\\d\\d-\\d\\d): ");

	/**
	 * {@code counterparts} without {@code --at} follows each pair of posts to who holds them on the day it runs: in the
	 * documented text that day is the day it was written, in the live output it must be today; both read
	 * {@code <today>}. With {@code --at} the day is the one asked for, and is compared as it is.
	 */
	static String[] today(String documented, String live, List<String> words, java.time.LocalDate today) {
		if (words.isEmpty() || !words.get(0).equals("counterparts")
				|| words.stream().anyMatch(w -> w.equals("--at") || w.startsWith("--at="))) {
			return new String[] { documented, live };
		}
		return new String[] { HELD_TODAY.matcher(documented).replaceAll("$1on <today>: "),
				HELD_TODAY.matcher(live).replaceAll(m -> m.group(2).equals(today.toString())
						? m.group(1) + "on <today>: " : java.util.regex.Matcher.quoteReplacement(m.group()))};
	}

	/**
	 * A transcript's text as compared: every rule applied, trailing blanks and trailing empty lines dropped, and the
	 * project's directory (a checkout anywhere, e.g. /work/main) as {@code <project>}.
	 */
	static String normal(String text, String project) {
		var lines = new ArrayList<String>();
		for (String line : text.split("\n", -1)) {
			String shown = line.replace(project, "<project>").replaceAll("/work/(main|wt/[\\w.-]+)", "<project>");
			for (Rule rule : RULES) {
				shown = rule.pattern().matcher(shown).replaceAll(rule.placeholder());
			}
			lines.add(shown.stripTrailing());
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return String.join("\n", lines);
	}
}
