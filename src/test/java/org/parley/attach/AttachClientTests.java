package org.parley.attach;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachClientTests {

	private record Answer(OptionalInt code, long at) {
	}

	@TempDir
	Path work;

	/**
	 * A Parley that has begun to close answers CLOSING and its pid: the client runs nothing there, waits until that
	 * process has ended (here a process of its own that ends when told), and only then says "run it here".
	 */
	@Test
	void aClosingParleyIsWaitedForAndTheCommandThenRunsHere() throws Exception {
		Path home = Files.createDirectory(work.resolve("home"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path program = work.resolve("Closing.java");
		Files.writeString(program, """
				public class Closing {
					public static void main(String[] args) throws Exception {
						System.out.println("running");
						System.out.flush();
						System.in.read();
					}
				}
				""");
		Process closing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				program.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (var server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			var lines = new BufferedReader(new InputStreamReader(closing.getInputStream(), StandardCharsets.UTF_8));
			assertThat(lines.readLine()).isEqualTo("running");
			server.bind(UnixDomainSocketAddress.of(home.resolve(AttachProtocol.SOCKET)));
			Files.setPosixFilePermissions(home.resolve(AttachProtocol.SOCKET), PosixFilePermissions.fromString("rw-------"));
			var asked = new CompletableFuture<List<String>>();
			var serving = new Thread(() -> {
				try (var connection = server.accept()) {
					var in = new DataInputStream(new BufferedInputStream(AttachProtocol.input(connection)));
					asked.complete(AttachProtocol.readRequest(in).words());
					var out = new DataOutputStream(AttachProtocol.output(connection));
					out.writeByte(AttachProtocol.CLOSING);
					out.writeLong(closing.pid());
					out.flush();
				}
				catch (Exception ex) {
					asked.completeExceptionally(ex);
				}
			});
			serving.setDaemon(true);
			serving.start();
			var answer = CompletableFuture.supplyAsync(() -> {
				OptionalInt code = AttachClient.run(home, List.of("status"));
				return new Answer(code, System.nanoTime());
			});
			assertThat(asked.get(30, TimeUnit.SECONDS)).containsExactly("status");
			long ended = System.nanoTime();
			closing.getOutputStream().close(); // the closing Parley ends
			Answer got = answer.get(30, TimeUnit.SECONDS);
			assertThat(got.code()).isEqualTo(OptionalInt.empty());
			assertThat(got.at()).as("returned before the closing Parley ended").isGreaterThan(ended);
			assertThat(closing.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			closing.destroyForcibly();
		}
	}

	/** A serving Parley's side of one connection, played by the test: what it does after reading the request. */
	private interface Serving {

		void answer(DataOutputStream out) throws Exception;
	}

	private record Run(OptionalInt code, String err) {
	}

	/**
	 * Runs {@code status} through a socket whose "serving Parley" is {@code serving}, with the given timeout, and
	 * returns the client's exit code and what it printed on stderr.
	 */
	private Run attachTo(Serving serving, Duration timeout) throws Exception {
		return attachTo(serving, timeout, OutputStream.nullOutputStream());
	}

	private Run attachTo(Serving serving, Duration timeout, OutputStream stdout) throws Exception {
		Path home = Files.createDirectory(work.resolve("home"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		try (var server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			server.bind(UnixDomainSocketAddress.of(home.resolve(AttachProtocol.SOCKET)));
			Files.setPosixFilePermissions(home.resolve(AttachProtocol.SOCKET), PosixFilePermissions.fromString("rw-------"));
			var thread = new Thread(() -> {
				try (var connection = server.accept()) {
					var in = new DataInputStream(new BufferedInputStream(AttachProtocol.input(connection)));
					AttachProtocol.readRequest(in);
					serving.answer(new DataOutputStream(AttachProtocol.output(connection)));
					in.read(); // holds the connection open until the client closes it
				}
				catch (Exception ex) {
					// the client gave up and closed the connection
				}
			});
			thread.setDaemon(true);
			thread.start();
			return capture(() -> AttachClient.run(home, List.of("status"), timeout, stdout, OutputStream.nullOutputStream()));
		}
	}

	/** The client's exit code and what it printed on stderr itself, waiting for it at most a minute. */
	private static Run capture(java.util.function.Supplier<OptionalInt> client) throws Exception {
		PrintStream err = System.err;
		var printed = new ByteArrayOutputStream();
		System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			OptionalInt code = CompletableFuture.supplyAsync(client).get(60, TimeUnit.SECONDS);
			return new Run(code, printed.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setErr(err);
		}
	}

	/** A Parley that holds the socket but never answers (stopped with SIGSTOP): one line and exit code 3, no hang. */
	@Test
	void aServingParleyThatNeverAnswersEndsTheOneShotWithExitCode3() throws Exception {
		Run run = attachTo(out -> {
		}, Duration.ofMillis(300));
		assertThat(run.code()).hasValue(3);
		assertThat(run.err()).isEqualTo("parley: the Parley serving " + work.resolve("home") + " did not answer in 300 ms "
				+ "(stopped, or too busy to answer); the command did not run. Try again, or end that Parley to run "
				+ "commands on their own (PARLEY_ATTACH_TIMEOUT sets the wait)\n");
	}

	/** One that accepted the command and then goes quiet: the command may still run there, and the line says so. */
	@Test
	void aServingParleyThatGoesQuietWhileItRunsTheCommandEndsTheOneShotWithExitCode3() throws Exception {
		Run run = attachTo(out -> {
			out.writeByte(AttachProtocol.ACCEPTED);
			out.writeByte(AttachProtocol.ALIVE);
			out.flush();
		}, Duration.ofSeconds(1));
		assertThat(run.code()).hasValue(3);
		assertThat(run.err()).isEqualTo("parley: the Parley serving " + work.resolve("home") + " stopped answering "
				+ "while it ran the command (nothing for 1 s; stopped, or too busy to answer); the command may still run "
				+ "there: check what it did before running the command again\n");
	}

	/** A command that runs silently for longer than the timeout is kept alive by the server's heartbeat. */
	@Test
	void aSilentCommandOutlastsTheTimeoutWhileTheServerSaysItIsAlive() throws Exception {
		Run run = attachTo(out -> {
			out.writeByte(AttachProtocol.ACCEPTED);
			out.flush();
			// the server's heartbeat, at a sixth of the client's timeout, for two timeouts
			for (int i = 0; i < 12; i++) {
				Thread.sleep(200);
				out.writeByte(AttachProtocol.ALIVE);
				out.flush();
			}
			out.writeByte(AttachProtocol.EXIT);
			out.writeInt(0);
			out.flush();
		}, Duration.ofMillis(1200));
		assertThat(run).isEqualTo(new Run(OptionalInt.of(0), ""));
	}

	/** Output that waits (a pager nobody scrolls, a full pipe) is no silence of the server, however long it waits. */
	@Test
	void timeSpentWritingTheOutputDoesNotCount() throws Exception {
		var written = new ByteArrayOutputStream();
		var paged = new CompletableFuture<Void>();
		var slowPager = new OutputStream() {

			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				try {
					Thread.sleep(1000); // the reader of the pipe takes its time: three timeouts
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				written.write(b, off, len);
				paged.complete(null);
			}
		};
		Run run = attachTo(out -> {
			out.writeByte(AttachProtocol.ACCEPTED);
			out.writeByte(AttachProtocol.STDOUT);
			out.writeInt(3);
			out.write("ok\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			// the exit code only once the pager took the output: a client that had given up meanwhile has closed
			paged.get(30, TimeUnit.SECONDS);
			out.writeByte(AttachProtocol.EXIT);
			out.writeInt(0);
			out.flush();
		}, Duration.ofMillis(300), slowPager);
		assertThat(run).isEqualTo(new Run(OptionalInt.of(0), ""));
		assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("ok\n");
	}

	/**
	 * A stopped Parley's queue of connections fills up (each one-shot that gave up leaves one): connecting then waits,
	 * and is watched as the answer is.
	 */
	@Test
	void aServingParleyWithAFullQueueOfConnectionsEndsTheOneShotWithExitCode3() throws Exception {
		Path home = Files.createDirectory(work.resolve("home"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path socket = home.resolve(AttachProtocol.SOCKET);
		try (var server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			server.bind(UnixDomainSocketAddress.of(socket), 1); // never accepts: Linux queues two connections
			Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
			var queued = new java.util.ArrayList<SocketChannel>();
			try {
				for (int i = 0; i < 2; i++) {
					queued.add(SocketChannel.open(UnixDomainSocketAddress.of(socket)));
				}
				Run run = capture(() -> AttachClient.run(home, List.of("status"), Duration.ofMillis(300),
						OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
				assertThat(run.code()).hasValue(3);
				assertThat(run.err()).startsWith("parley: the Parley serving " + home
						+ " did not answer in 300 ms (stopped, or too busy to answer); the command did not run.");
			}
			finally {
				for (SocketChannel channel : queued) {
					channel.close();
				}
			}
		}
	}

	@Test
	void theTimeoutIsSecondsOrADurationAndAnythingElseIsNamed() {
		assertThat(AttachClient.timeout(null)).isEqualTo(Duration.ofSeconds(15));
		assertThat(AttachClient.timeout("")).isEqualTo(Duration.ofSeconds(15));
		assertThat(AttachClient.timeout("3")).isEqualTo(Duration.ofSeconds(3));
		assertThat(AttachClient.timeout("20")).isEqualTo(Duration.ofSeconds(20));
		assertThat(AttachClient.timeout(" 90s ")).isEqualTo(Duration.ofSeconds(90));
		assertThat(AttachClient.timeout("2M")).isEqualTo(Duration.ofMinutes(2));
		// under three of the server's signs of life (one a second), one late sign would end a healthy command
		for (String bad : List.of("0", "2", "2s", "0m", "-5", "1h", "soon", "1.5")) {
			assertThatThrownBy(() -> AttachClient.timeout(bad)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("invalid PARLEY_ATTACH_TIMEOUT='" + bad
						+ "': expected seconds (15) or a duration such as 15s or 2m, at least 3 s");
		}
	}
}
