package org.parley.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;
import org.parley.testing.Waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The console as a person has it: the packaged jar on a real pseudo-terminal ({@code script} of util-linux makes
 * one), keys typed as bytes, what the terminal shows read back. Ctrl-C (0x03) at the prompt clears the line and at a
 * {@code dquote>} continuation escapes the unclosed quote; Tab
 * completes a name with spaces quoted, so the command reads it as one argument; a long answer goes through the pager
 * of {@code PARLEY_PAGER}; Ctrl-D leaves with exit code 0. One console for all of it, on a home seeded with one small
 * file (the seed is not what is tested here). No sleeps: each key is sent once the screen shows what it waits for.
 */
class ConsoleOnATerminalIT {

	private static final String CTRL_C = "\u0003";

	private static final String CTRL_D = "\u0004";

	private static final String PROMPT = "parley> ";

	/** Colours, cursor moves and terminal modes: what is left is the text a person reads. */
	private static final Pattern ESCAPES = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[=>]");

	private static final Duration STEP = Duration.ofSeconds(60);

	@TempDir
	Path home;

	@TempDir
	Path seed;

	private final StringBuffer screen = new StringBuffer();

	private OutputStream keyboard;

	@Test
	void ctrlCClearsTheLineAndEscapesAQuoteTabQuotesANameLongAnswersArePagedCtrlDLeaves() throws Exception {
		assumeThat(Path.of("/usr/bin/script")).as("util-linux script, to give the console a pseudo-terminal").exists();
		Files.writeString(seed.resolve("00_people.cypher"),
				"CREATE (:Person {id: 'scott-bessent', name: 'Scott Bessent'});\n"
						+ "CREATE (:Person {id: 'steven-mnuchin', name: 'Steven Mnuchin'});\n");
		var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_SEED_DIR", seed.toString(), "PARLEY_BOLT_PORT",
				Integer.toString(ParleyProcess.freePort()), "PARLEY_HTTP_PORT", "0", "PARLEY_ATTACH", "off",
				"PARLEY_PAGER", "sed s/^/paged:/");
		ProcessBuilder java = ParleyProcess.builder(env);
		var command = new StringBuilder("stty rows 20 cols 120 && exec");
		java.command().forEach(word -> command.append(" '").append(word.replace("'", "'\\''")).append('\''));
		var pty = new ProcessBuilder("/usr/bin/script", "-qfec", command.toString(), "/dev/null").redirectErrorStream(true);
		pty.environment().putAll(java.environment());
		pty.environment().put("SHELL", "/bin/sh");
		pty.environment().put("TERM", "xterm");
		Process console = pty.start();
		try {
			keyboard = console.getOutputStream();
			Thread reader = new Thread(() -> read(console.getInputStream()), "console screen");
			reader.setDaemon(true);
			reader.start();
			waitFor("the prompt on a new store", Duration.ofSeconds(300), () -> prompts() == 1);

			// Ctrl-C at the prompt: the line typed so far is gone, a fresh prompt follows
			type("roles Mnuch");
			waitFor("the echo of what was typed", STEP, () -> lastLine().endsWith("Mnuch"));
			type(CTRL_C);
			waitFor("a fresh prompt after Ctrl-C", STEP, () -> prompts() == 2);

			// an unclosed quote continues at dquote>; Ctrl-C there escapes it
			type("who \"Treasury\n");
			waitFor("the dquote> continuation", STEP, () -> lastLine().startsWith("dquote>"));
			type("Secr");
			waitFor("the echo at dquote>", STEP, () -> lastLine().equals("dquote> Secr"));
			type(CTRL_C);
			waitFor("a fresh prompt after Ctrl-C in the quote", STEP, () -> prompts() == 3);

			// the console still answers: neither cleared line ran
			type("cypher \"RETURN 6 * 7 AS answer\"\n");
			waitFor("the answer", STEP, () -> text().contains("1 row in") && prompts() == 4);
			assertThat(text()).contains("answer\n------\n    42\n").doesNotContain("parley: ");

			// a long answer goes through the pager, a short one (above) does not
			type("cypher \"UNWIND range(1, 30) AS n RETURN n\"\n");
			waitFor("the paged answer", STEP, () -> text().contains("paged:30\n") && prompts() == 5);
			assertThat(text()).contains("paged:n\npaged:--\npaged: 1\n", "paged:30 rows in ").doesNotContain("paged:answer");

			// Tab completes a name with spaces quoted, and the command takes it as one name
			type("counterparts Bes\t");
			waitFor("the completed name", STEP, () -> lastLine().equals(PROMPT + "counterparts \"Scott Bessent\""));
			type("\n");
			waitFor("the counterparts answer", STEP, () -> prompts() == 6);
			String answer = text().substring(text().lastIndexOf("counterparts \"Scott Bessent\""));
			assertThat(answer).doesNotContain("unexpected argument").contains("Scott Bessent");

			// Ctrl-C while Neo4j computes: the query stops in the database at once (not at the 30 s query timeout),
			// the console says so and answers again
			type("cypher \"UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n\"\n");
			try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + env.get("PARLEY_BOLT_PORT"), AuthTokens.none(),
					Config.builder().withLogging(Logging.none()).build())) {
				waitFor("the long query running in Neo4j", STEP, () -> longQueries(driver) == 1);
				long cancelled = System.nanoTime();
				type(CTRL_C);
				waitFor("query cancelled", STEP, () -> text().contains("query cancelled") && prompts() == 7);
				waitFor("the long query gone from Neo4j", STEP, () -> longQueries(driver) == 0);
				assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).as("stopped before the 30 s query timeout")
					.isLessThan(Duration.ofSeconds(20));
			}

			// Ctrl-D leaves
			type(CTRL_D);
			assertThat(console.waitFor(60, TimeUnit.SECONDS)).as("the console left after Ctrl-D").isTrue();
			assertThat(console.exitValue()).isZero();
			assertThat(text()).as("neither cleared line ran").doesNotContain("Exception", "no person named", "no post named", "parley: ");
		}
		finally {
			if (console.isAlive()) {
				console.descendants().forEach(ProcessHandle::destroyForcibly);
				console.destroyForcibly();
			}
		}
	}

	/**
	 * A curation or ingest date that cannot be a day is a usage error from the launcher's check, before anything
	 * starts: exit code 2, the message and the usage line, and nothing created in the home (no store, no child JVM).
	 */
	@Test
	void aBadCurationDateAnswersAtOnceWithoutCreatingAStore() {
		var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", Integer.toString(ParleyProcess.freePort()));
		var event = ParleyProcess.run(env, "add", "event", "--channel", "phone-call", "--date", "2025-02-30",
				"--participants", "Scott Bessent, He Lifeng", "--source", "readout");
		assertThat(event).isEqualTo(new ParleyProcess.Result(2, "", "parley: invalid value '2025-02-30' for --date: "
				+ "expected a date as YYYY-MM-DD\n" + CommandCatalog.all().get("add event").usage() + "\n"));
		var tenure = ParleyProcess.run(env, "end-tenure", "Scott Bessent", "us-treasury-secretary", "--on", "soon",
				"--source", "readout");
		assertThat(tenure.code()).isEqualTo(2);
		assertThat(tenure.err()).startsWith("parley: invalid value 'soon' for --on: expected a date as YYYY-MM-DD\n"
				+ "usage: end-tenure PERSON POST --on DATE ");
		var ingest = ParleyProcess.run(env, "ingest", "article.txt", "--published", "2025-5-12");
		assertThat(ingest.err()).startsWith("parley: invalid value '2025-5-12' for --published: expected a date as YYYY-MM-DD\n");
		assertThat(home.resolve("data")).as("no store was created").doesNotExist();
	}

	private void read(InputStream in) {
		var bytes = new byte[4096];
		try (in) {
			var decoder = new java.io.ByteArrayOutputStream();
			int n;
			while ((n = in.read(bytes)) > 0) {
				decoder.write(bytes, 0, n);
				// whole UTF-8 characters only: keep a trailing partial sequence for the next read
				byte[] all = decoder.toByteArray();
				int end = all.length;
				int back = 0;
				while (back < 3 && end - back - 1 >= 0 && (all[end - back - 1] & 0xC0) == 0x80) {
					back++;
				}
				if (end - back - 1 >= 0 && (all[end - back - 1] & 0x80) != 0 && back < expected(all[end - back - 1]) - 1) {
					end = end - back - 1;
				}
				screen.append(new String(all, 0, end, StandardCharsets.UTF_8));
				decoder.reset();
				decoder.write(all, end, all.length - end);
			}
		}
		catch (IOException ex) {
			// the console has gone
		}
	}

	/** The length of a UTF-8 sequence by its first byte. */
	private static int expected(byte first) {
		int b = first & 0xFF;
		return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
	}

	private void type(String keys) throws IOException {
		keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
		keyboard.flush();
	}

	/**
	 * What the terminal shows as text, line by line: carriage return, backspace and JLine's cursor moves within a line
	 * ({@code ESC[nD}, {@code ESC[nC}, {@code ESC[K}) applied as a terminal applies them (JLine repaints a word it
	 * colours), colours and modes dropped.
	 */
	private String text() {
		String raw = screen.toString();
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		int cursor = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\u001b') {
				var escape = ESCAPES.matcher(raw).region(i, raw.length());
				if (escape.lookingAt()) {
					String sequence = escape.group();
					char kind = sequence.charAt(sequence.length() - 1);
					String digits = sequence.substring(Math.min(2, sequence.length() - 1), sequence.length() - 1);
					int n = digits.matches("\\d+") ? Integer.parseInt(digits) : 1;
					if (sequence.startsWith("\u001b[") && kind == 'D') {
						cursor = Math.max(0, cursor - n);
					}
					else if (sequence.startsWith("\u001b[") && kind == 'C') {
						cursor += n;
					}
					else if (sequence.startsWith("\u001b[") && kind == 'K') {
						line.setLength(Math.min(cursor, line.length()));
					}
					i = escape.end() - 1;
				}
				continue;
			}
			switch (c) {
				case '\r' -> cursor = 0;
				case '\n' -> {
					lines.add(line.toString().stripTrailing());
					line.setLength(0);
					cursor = 0;
				}
				case '\b' -> cursor = Math.max(0, cursor - 1);
				case '\u0007' -> {
				}
				default -> {
					while (line.length() < cursor) {
						line.append(' ');
					}
					if (cursor < line.length()) {
						line.setCharAt(cursor, c);
					}
					else {
						line.append(c);
					}
					cursor++;
				}
			}
		}
		lines.add(line.toString());
		return String.join("\n", lines);
	}

	private String lastLine() {
		String text = text();
		return text.substring(text.lastIndexOf('\n') + 1).stripTrailing();
	}

	/** How many prompts the console has shown. */
	/** The console's long query among the transactions Neo4j runs (the marker a parameter: this query lists itself). */
	private static long longQueries(Driver driver) {
		return driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker "
				+ "RETURN count(*) AS n").withParameters(Map.of("marker", "4000000000")).execute().records().get(0)
			.get("n").asLong();
	}

	private int prompts() {
		String text = text();
		int count = 0;
		for (int i = text.indexOf(PROMPT); i >= 0; i = text.indexOf(PROMPT, i + 1)) {
			count++;
		}
		return count;
	}

	private void waitFor(String what, Duration limit, java.util.function.BooleanSupplier condition) throws Exception {
		try {
			Waiting.until(limit, what, condition);
		}
		catch (AssertionError | RuntimeException ex) {
			throw new AssertionError(what + " did not come; the screen:\n" + text(), ex);
		}
	}
}
