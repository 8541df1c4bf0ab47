package org.parley.graph;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.ParleyProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A home Parley cannot use is one line and exit code 3 at once, with real processes: a store file cut short (the
 * relationship store truncated to one page, then to part of a page) is named as damage with how to restore, before
 * any question could read it; a home that cannot be written (as a user who does not own it; as root permission bits
 * stop nothing, so that case runs only where {@code setpriv} can switch to {@code nobody}) is named with what to do.
 */
class DamagedHomeIT {

	@TempDir
	Path tmp;

	@Test
	void aTruncatedStoreFileIsDamageNamedWithHowToRestore() throws Exception {
		Path home = tmp.resolve("home");
		var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", "0");
		ParleyProcess.seededHome(home);
		var seeded = ParleyProcess.run(env, "status");
		assertThat(seeded.code()).as(seeded.toString()).isZero();
		assertThat(seeded.out()).containsPattern("Relationships: \\d{4}");
		Path relationships = home.resolve("data/data/databases/neo4j/neostore.relationshipstore.db");
		assertThat(Files.size(relationships)).isGreaterThan(8192);

		truncate(relationships, 8192);
		var lost = ParleyProcess.run(env, "who", "us-treasury-secretary");
		assertThat(lost.code()).as(lost.toString()).isEqualTo(3);
		assertThat(lost.out()).isEmpty();
		assertThat(lost.err().lines()).singleElement().asString()
			.startsWith("parley: the store " + home.resolve("data") + " is damaged: neostore.relationshipstore.db has"
					+ " room for 240 relationships but the graph counts ")
			.contains("Restore your last backup into a new home: PARLEY_HOME=<new home> parley restore <backup dir>");

		truncate(relationships, 5000);
		var cut = ParleyProcess.run(env, "status");
		assertThat(cut.code()).as(cut.toString()).isEqualTo(3);
		assertThat(cut.out()).isEmpty();
		assertThat(cut.err().lines()).singleElement().asString()
			.startsWith("parley: the store " + home.resolve("data") + " is damaged: neostore.relationshipstore.db is"
					+ " cut off (5000 bytes, not whole pages of 8192)");
		assertThat(Files.size(relationships)).as("nothing was written").isEqualTo(5000);
	}

	@Test
	void aHomeUnderARegularFileIsOneLineAtOnce() throws Exception {
		Path file = Files.writeString(tmp.resolve("file"), "x");
		var result = ParleyProcess.run(Map.of("PARLEY_HOME", file.resolve("home").toString(), "PARLEY_BOLT_PORT", "0"),
				"status");
		assertThat(result.code()).as(result.toString()).isEqualTo(3);
		assertThat(result.out()).isEmpty();
		assertThat(result.err().lines()).singleElement().asString()
			.isEqualTo("parley: cannot create the home " + file.resolve("home") + " (" + file
					+ " is not a directory); set PARLEY_HOME to a directory you can write");
	}

	@Test
	void aHomeTheUserCannotWriteIsOneLineAtOnce() throws Exception {
		Path home = Files.createDirectory(tmp.resolve("readonly"));
		Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
		boolean root = "root".equals(System.getProperty("user.name"));
		org.junit.jupiter.api.Assumptions.assumeTrue(root && Files.isExecutable(Path.of("/usr/bin/setpriv")),
				"needs root and setpriv to run Parley as nobody on a home nobody cannot write");
		// nobody may not reach the build's jar (a clone in a private directory): a link or copy beside the home
		Path jar = tmp.resolve("parley.jar");
		try {
			Files.createLink(jar, ParleyProcess.JAR);
		}
		catch (IOException | UnsupportedOperationException ex) {
			Files.copy(ParleyProcess.JAR, jar);
		}
		var command = new java.util.ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
				"--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "status"));
		var builder = new ProcessBuilder(command);
		builder.environment().putAll(Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", "0",
				"PARLEY_JVM_TUNING", "off"));
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes());
		String err = new String(process.getErrorStream().readAllBytes());
		assertThat(process.waitFor()).as(err).isEqualTo(3);
		assertThat(out).isEmpty();
		assertThat(err.lines()).singleElement().asString()
			.isEqualTo("parley: " + home + " is not writable (permission denied); Parley keeps its store there: give its"
					+ " owner write access (chmod -R u+w " + home + ") or set PARLEY_HOME to a writable directory");
		try (var files = Files.list(home)) {
			assertThat(files).as("nothing written").isEmpty();
		}
	}

	private static void truncate(Path file, long size) throws IOException {
		try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(size);
		}
	}
}
