package org.parley.graph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks of the home before the store opens, without a database. */
class HomeCheckTests {

	@TempDir
	Path tmp;

	@Test
	void aHomeCreatedBeforehandAndReadableByOthersIsMadeOwnerOnlySayingWhat() throws Exception {
		Path home = Files.createDirectory(tmp.resolve("home"));
		Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path history = Files.writeString(home.resolve("parley.log"), "param set password hunter2\n");
		Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));
		Path backups = Files.createDirectory(home.resolve("backups"));
		Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxrwxr-x"));

		String err = stderrOf(() -> HomeCheck.prepare(home, home.resolve("data")));

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups))).isEqualTo("rwx------");
		assertThat(err.lines()).singleElement().asString().startsWith("parley: made " + home + " (was rwxr-xr-x)")
			.contains("parley.log (was rw-r--r--)").contains("backups (was rwxrwxr-x)");

		assertThat(stderrOf(() -> HomeCheck.prepare(home, home.resolve("data")))).as("nothing left to fix").isEmpty();
	}

	@Test
	void anEmptyHomeCreatedBeforehandIsMadeOwnerOnlyQuietly() throws Exception {
		Path home = Files.createDirectory(tmp.resolve("empty"));
		Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(stderrOf(() -> HomeCheck.prepare(home, home.resolve("data")))).isEmpty();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
	}

	@Test
	void aHomeThatCannotBeADirectoryIsOneLineAtOnce() throws Exception {
		Path file = Files.writeString(tmp.resolve("file"), "x");
		assertThatThrownBy(() -> HomeCheck.prepare(file.resolve("home"), file.resolve("home/data")))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessage("cannot create the home " + file.resolve("home") + " (" + file + " is not a directory); set PARLEY_HOME to a"
					+ " directory you can write");
		assertThatThrownBy(() -> HomeCheck.prepare(file, file.resolve("data")))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessage("the home " + file + " is not a directory; set PARLEY_HOME to a directory");
	}

	@Test
	void aStoreFileThatIsNotWholePagesIsDamage() throws Exception {
		Path store = tmp.resolve("data");
		Path db = Files.createDirectories(store.resolve("data/databases/neo4j"));
		Files.write(db.resolve("neostore.nodestore.db"), new byte[8192]);
		HomeCheck.storeFiles(store);
		Files.write(db.resolve("neostore.relationshipstore.db"), new byte[5000]);
		assertThatThrownBy(() -> HomeCheck.storeFiles(store))
			.isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageStartingWith("the store " + store + " is damaged: neostore.relationshipstore.db is cut off (5000 bytes")
			.hasMessageContaining("PARLEY_HOME=<new home> parley restore <backup dir>");
	}

	private static String stderrOf(Runnable work) {
		var err = new ByteArrayOutputStream();
		PrintStream saved = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			work.run();
		}
		finally {
			System.setErr(saved);
		}
		return err.toString(StandardCharsets.UTF_8);
	}
}
