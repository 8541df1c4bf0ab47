package org.parley.shell;

import org.parley.testing.ParleyProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords never appear on a command line, where every local user reads them ({@code ps}, {@code /proc}): the
 * packaged jar refuses them there, and the password from the environment does not reach the child JVM's arguments.
 */
class SecretsOnCommandLineIT {

	private static final String PASSWORD = "Sesame-0pen-7f3k";

	@TempDir
	Path dir;

	@Test
	void aPasswordOnTheCommandLineIsRefusedBeforeAnythingStarts() {
		Map<String, String> env = Map.of("PARLEY_HOME", dir.resolve("home").toString());
		for (var secret : List.of(List.of("--parley.password=" + PASSWORD, "PARLEY_PASSWORD"),
				List.of("--parley.neo4j.password=" + PASSWORD, "PARLEY_NEO4J_PASSWORD"))) {
			var result = ParleyProcess.run(env, secret.get(0), "status");
			assertThat(result.code()).as(result.toString()).isEqualTo(2);
			assertThat(result.out()).isEmpty();
			assertThat(result.err().lines().toList()).hasSize(1);
			assertThat(result.err()).contains("set the environment variable " + secret.get(1) + " instead")
				.doesNotContain(PASSWORD);
		}
		assertThat(dir.resolve("home")).doesNotExist();
	}

	@Test
	void thePasswordFromTheEnvironmentIsOnNoCommandLine() throws Exception {
		Map<String, String> env = new HashMap<>();
		env.put("PARLEY_HOME", dir.resolve("home").toString());
		env.put("PARLEY_PASSWORD", PASSWORD);
		env.put("PARLEY_AUTO_SEED", "false");
		Process launcher = ParleyProcess.asTyped(env, "status").redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			// the launcher starts a tuned child JVM with the same arguments: wait until it is there
			Optional<ProcessHandle> child = Optional.empty();
			long deadline = System.nanoTime() + 120_000_000_000L;
			while (child.isEmpty() && launcher.isAlive() && System.nanoTime() < deadline) {
				// the JDK's jspawnhelper shows up first for a moment: wait for the JVM itself
				child = launcher.descendants()
					.filter(p -> p.info().commandLine().map(line -> line.contains("org.parley.ParleyApplication")).orElse(false))
					.findFirst();
				Thread.onSpinWait();
			}
			assertThat(child).as("the child JVM of a one-shot command").isPresent();
			String childLine = child.get().info().commandLine().orElseThrow();
			assertThat(childLine).contains("org.parley.ParleyApplication").contains("status").doesNotContain(PASSWORD);
			assertThat(launcher.toHandle().info().commandLine().orElseThrow()).doesNotContain(PASSWORD);
			assertThat(launcher.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			assertThat(launcher.exitValue()).isZero();
		}
		finally {
			launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			launcher.destroyForcibly();
		}
		try (var files = Files.walk(dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
					.as("plain-text password in %s", file).doesNotContain(PASSWORD);
			}
		}
	}
}
