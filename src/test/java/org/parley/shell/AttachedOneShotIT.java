package org.parley.shell;

import org.parley.testing.ParleyProcess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot commands on a home that {@code serve} holds run inside it through {@code $PARLEY_HOME/parley.sock}:
 * the same stdout, stderr and exit code as the same command run on its own, {@code --out}
 * in the caller's directory, Ctrl-C stopping the query in the server, a socket others could use refused, and a
 * stale socket or none falling back to running the command on its own.
 */
class AttachedOneShotIT {

	private static final String LONG_QUERY = "UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n";

	@TempDir
	Path home;

	@TempDir
	Path caller;

	@Test
	void oneShotsRunInTheServingParleyExactlyAsOnTheirOwn() throws Exception {
		int port = ParleyProcess.freePort();
		var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", Integer.toString(port));
		Path socket = home.resolve("parley.sock");
		ParleyProcess.seededHome(home);
		Process serve = ParleyProcess.builder(env, "serve").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (var out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(out.readLine()).startsWith("Serving ");
			waitFor(() -> Files.exists(socket), Duration.ofSeconds(120));
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");

			var who = run(env, caller, List.of("who", "Treasury Secretary", "--at", "2019-07-30"));
			assertThat(who.code()).isZero();
			assertThat(who.out()).contains("Steven Mnuchin");
			assertThat(who.err()).isEmpty();
			// errors as a command run on its own gives them (checked against PARLEY_ATTACH=off runs; cold runs are slow)
			var unknown = run(env, caller, List.of("who", "Nobody"));
			assertThat(unknown).isEqualTo(new ParleyProcess.Result(1, "", "parley: no post named 'Nobody'\n"));
			var usage = run(env, caller, List.of("who", "--bogus"));
			assertThat(usage).isEqualTo(new ParleyProcess.Result(2, "", """
					parley: unknown option '--bogus' for 'who'; expected --at, --evidence, --format, --limit, --out, --force
					usage: who POST [--at DATE] [--evidence] [--format FORMAT] [--limit N] [--out OUT] [--force]
					"""));
			// status runs in the serving Parley: it describes that one's store, not an attachment over Bolt
			var status = run(env, caller, List.of("status"));
			assertThat(status.code()).isZero();
			assertThat(status.out()).doesNotContain("served by another Parley").contains(home.resolve("data").toString());

			// --out is relative to the caller's directory, not the server's
			var written = run(env, caller, List.of("who", "Treasury Secretary", "--at", "2019-07-30", "--format", "csv",
					"--out", "holder.csv"));
			assertThat(written.code()).as(written.toString()).isZero();
			assertThat(Files.readString(caller.resolve("holder.csv"))).startsWith("person,post,since,until")
				.contains("Steven Mnuchin");
			var again = run(env, caller, List.of("who", "Treasury Secretary", "--out", "holder.csv"));
			assertThat(again.code()).isEqualTo(1);
			assertThat(again.err()).isEqualTo("parley: holder.csv already exists; add --force to overwrite it\n");

			ctrlCStopsTheQueryInTheServer(env, port);
			aStoppedServerEndsOneShotsWithOneLine(env, port, serve);

			// a socket that other users could connect to is not used: the command runs on its own (over Bolt), which
			// prints what the attached run printed
			Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
			var alone = run(env, caller, List.of("who", "Treasury Secretary", "--at", "2019-07-30"));
			assertThat(alone.code()).as(alone.toString()).isZero();
			// (the run on its own then makes the home's files owner-only again, and says so)
			assertThat(alone.err()).startsWith("parley: not attaching through " + socket + ": " + socket
					+ " is open to other users (rw-rw-rw-); running the command on its own\n");
			assertThat(normalised(alone.out())).isEqualTo(normalised(who.out()));
			Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
		}
		finally {
			serve.destroy();
			serve.waitFor(120, TimeUnit.SECONDS);
		}
		assertThat(socket).as("a Parley that stops removes its socket").doesNotExist();
		// the command run on its own over Bolt checked the home, not the directories of the store the server held open:
		// a file made and deleted there makes Neo4j log an ERROR in the server's debug.log
		assertThat(Files.readAllLines(home.resolve("data/logs/debug.log"))).as("the serving Parley's debug.log")
			.noneMatch(line -> line.contains("parley-write-check") || line.contains("was deleted while it was running"));

		// a socket nobody listens on (left by a killed Parley) is passed over
		try (var stale = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			stale.bind(UnixDomainSocketAddress.of(socket));
		}
		Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
		var fallback = run(env, caller, List.of("who", "Treasury Secretary", "--at", "2019-07-30"));
		assertThat(fallback.code()).as(fallback.toString()).isZero();
		assertThat(fallback.out()).contains("Steven Mnuchin");
	}

	private void ctrlCStopsTheQueryInTheServer(Map<String, String> env, int port) throws Exception {
		Process query = ParleyProcess.builder(env, "cypher", LONG_QUERY).directory(caller.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
				Config.builder().withLogging(Logging.none()).build())) {
			waitFor(() -> running(driver), Duration.ofSeconds(120));
			// the launcher is the only JVM of an attached one-shot: SIGINT as a terminal's Ctrl-C sends it
			assertThat(query.descendants().count()).isZero();
			new ProcessBuilder("kill", "-INT", Long.toString(query.pid())).start().waitFor();
			assertThat(query.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(query.exitValue()).isEqualTo(130);
			// stopped by the cancel, not by the 30 s query timeout
			waitFor(() -> !running(driver), Duration.ofSeconds(15));
		}
	}

	/**
	 * A serving Parley stopped with SIGSTOP holds the home and the socket but answers nothing: a one-shot waiting on it
	 * gives up after PARLEY_ATTACH_TIMEOUT with one line and exit code 3, whether the Parley had taken its command or
	 * not, and once the Parley runs again the abandoned query stops and one-shots attach as before.
	 */
	private void aStoppedServerEndsOneShotsWithOneLine(Map<String, String> env, int port, Process serve) throws Exception {
		var impatient = new HashMap<>(env);
		impatient.put("PARLEY_ATTACH_TIMEOUT", "5");
		signal("STOP", serve);
		try {
			var refused = run(impatient, caller, List.of("who", "Treasury Secretary"));
			assertThat(refused).isEqualTo(new ParleyProcess.Result(3, "", "parley: the Parley serving " + home
					+ " did not answer in 5 s (stopped, or too busy to answer); the command did not run. Try again, "
					+ "or end that Parley to run commands on their own (PARLEY_ATTACH_TIMEOUT sets the wait)\n"));
		}
		finally {
			signal("CONT", serve);
		}

		Path err = Files.createTempFile("parley-err", ".txt");
		Process query = ParleyProcess.builder(impatient, "cypher", LONG_QUERY).directory(caller.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
				Config.builder().withLogging(Logging.none()).build())) {
			waitFor(() -> running(driver), Duration.ofSeconds(120));
			long seen = System.nanoTime();
			signal("STOP", serve);
			try {
				assertThat(query.waitFor(60, TimeUnit.SECONDS)).as("the one-shot ends while its Parley is stopped").isTrue();
				assertThat(query.exitValue()).isEqualTo(3);
				assertThat(Files.readString(err)).isEqualTo("parley: the Parley serving " + home + " stopped answering "
						+ "while it ran the command (nothing for 5 s; stopped, or too busy to answer); the command may "
						+ "still run there: check what it did before running the command again\n");
			}
			finally {
				signal("CONT", serve);
			}
			// the abandoned query is stopped as by a Ctrl-C (its client is gone), before the 30 s query timeout that
			// started before it was seen running
			waitFor(() -> !running(driver), Duration.ofSeconds(25).minusNanos(System.nanoTime() - seen));
		}
		var who = run(impatient, caller, List.of("who", "Treasury Secretary", "--at", "2019-07-30"));
		assertThat(who.code()).as(who.toString()).isZero();
		assertThat(who.out()).contains("Steven Mnuchin");
	}

	private static void signal(String name, Process process) throws Exception {
		for (long pid : java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
			.map(ProcessHandle::pid).toList()) {
			assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor()).isZero();
		}
	}

	private static boolean running(org.neo4j.driver.Driver driver) {
		return driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery").execute().records()
			.stream().anyMatch(r -> r.get("currentQuery").asString().contains("4000000000"));
	}

	private static ParleyProcess.Result run(Map<String, String> env, Path dir, List<String> command) throws IOException,
			InterruptedException {
		Path out = Files.createTempFile("parley-out", ".txt");
		Path err = Files.createTempFile("parley-err", ".txt");
		Process process = ParleyProcess.builder(env, command.toArray(String[]::new)).directory(dir.toFile())
			.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(command.toString()).isTrue();
		return new ParleyProcess.Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** Timings differ from run to run. */
	private static String normalised(String out) {
		return out.replaceAll("\\d+ ms", "N ms");
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			Thread.sleep(100);
		}
	}
}
