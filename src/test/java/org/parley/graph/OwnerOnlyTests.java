package org.parley.graph;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one place that makes directories and files of a home readable by their owner only (POSIX file systems). */
class OwnerOnlyTests {

	@TempDir
	Path dir;

	@Test
	void createsMissingParentsOwnerOnly() throws IOException {
		Path deep = dir.resolve("a/b/c");
		OwnerOnly.createDirectories(deep);
		OwnerOnly.createDirectories(deep); // again: nothing to do
		assertThat(mode(deep)).isEqualTo("rwx------");
		assertThat(mode(dir.resolve("a"))).isEqualTo("rwx------");
	}

	@Test
	void createDirectoryWantsANewOne() throws IOException {
		Path stage = dir.resolve("load-1");
		OwnerOnly.createDirectory(stage);
		assertThat(mode(stage)).isEqualTo("rwx------");
		assertThatThrownBy(() -> OwnerOnly.createDirectory(stage)).isInstanceOf(FileAlreadyExistsException.class);
	}

	@Test
	void filesAreCreatedOrRestrictedToTheOwner() throws IOException {
		Path lock = dir.resolve("parley.lock");
		try (var channel = OwnerOnly.open(lock, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
			assertThat(channel.isOpen()).isTrue();
		}
		assertThat(mode(lock)).isEqualTo("rw-------");
		Path note = Files.writeString(dir.resolve("note"), "pid=1");
		Files.setPosixFilePermissions(note, PosixFilePermissions.fromString("rw-r--r--"));
		OwnerOnly.restrict(note);
		assertThat(mode(note)).isEqualTo("rw-------");
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	@Test
	void onlyAFileOfThisUserThatNobodyElseMayUseIsOwnerOnly() throws Exception {
		Path file = Files.createFile(dir.resolve("parley.sock"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		assertThat(OwnerOnly.problem(file)).isEmpty();
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		assertThat(OwnerOnly.problem(file)).contains(file + " is open to other users (rw-r-----)");
		Path link = Files.createSymbolicLink(dir.resolve("link"), file);
		assertThat(OwnerOnly.problem(link)).contains(link + " is a symbolic link");
	}
}
