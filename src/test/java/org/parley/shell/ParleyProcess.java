package org.parley.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

	public static ProcessBuilder builder(Map<String, String> env, String... command) {
		var args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", JAR.toString()));
		args.addAll(List.of(command));
		var builder = new ProcessBuilder(args);
		builder.environment().putAll(env);
		return builder;
	}

	public static Result run(Map<String, String> env, String... command) {
		try {
			Path out = Files.createTempFile("parley-out", ".txt");
			Path err = Files.createTempFile("parley-err", ".txt");
			Process process = builder(env, command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			// a first start creates the store, loads the seed and writes the class-data archive: minutes on a busy machine
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
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
}
