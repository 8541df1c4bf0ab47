package org.parley.attach;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
}
