package org.parley.attach;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AttachClientTests {

	private record Answer(OptionalInt code, long at) {
	}

	@TempDir
	Path work;

	/**
	 * A Parley that has begun to close answers CLOSING: the client runs nothing there, waits until that Parley has
	 * let go of the home (its lock on parley.lock, held by another process here), and only then says "run it here".
	 */
	@Test
	void aClosingParleyIsWaitedForAndTheCommandThenRunsHere() throws Exception {
		Path home = Files.createDirectory(work.resolve("home"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path lock = Files.createFile(home.resolve("parley.lock"));
		// the serving Parley's lock, held by a process of its own as a real one is (a JVM cannot test its own lock)
		Path holder = work.resolve("Hold.java");
		Files.writeString(holder, """
				import java.nio.channels.FileChannel;
				import java.nio.file.*;
				public class Hold {
					public static void main(String[] args) throws Exception {
						try (var channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
								var held = channel.lock()) {
							System.out.println("locked");
							System.out.flush();
							System.in.read();
						}
					}
				}
				""");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				holder.toString(), lock.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (var server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			assertThat(lines.readLine()).isEqualTo("locked");
			server.bind(UnixDomainSocketAddress.of(home.resolve(AttachProtocol.SOCKET)));
			Files.setPosixFilePermissions(home.resolve(AttachProtocol.SOCKET), PosixFilePermissions.fromString("rw-------"));
			var asked = new CompletableFuture<List<String>>();
			var serving = new Thread(() -> {
				try (var connection = server.accept()) {
					var in = new DataInputStream(new BufferedInputStream(AttachProtocol.input(connection)));
					asked.complete(AttachProtocol.readRequest(in).words());
					AttachProtocol.output(connection).write(AttachProtocol.CLOSING);
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
			long released = System.nanoTime();
			process.getOutputStream().close(); // the closing Parley exits and the lock goes with it
			Answer got = answer.get(30, TimeUnit.SECONDS);
			assertThat(got.code()).isEqualTo(OptionalInt.empty());
			assertThat(got.at()).as("returned before the closing Parley let go of the home").isGreaterThan(released);
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			process.destroyForcibly();
		}
	}
}
