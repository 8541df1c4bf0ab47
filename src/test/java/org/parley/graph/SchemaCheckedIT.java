package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start on the embedded store skips its schema check only while the note of the last check names this build's
 * migrations and the store's last transaction: a note that names another transaction (anything written since) is
 * checked again and written anew, a check during which the store was written (here: its own migrations) leaves no
 * note, and a run that writes the class-data archive always checks (another build's migrations and a transaction
 * with the same id but another checksum: {@code SchemaCheckedTests}). The note is made to
 * name a version the store does not have, so which answer a start gives shows whether it read the note or the store.
 */
class SchemaCheckedIT {

	@TempDir
	Path home;

	@Test
	void aStartTrustsTheNoteOnlyWhileNothingWasWrittenSinceTheCheck() throws Exception {
		Path note = home.resolve("data").resolve(SchemaChecked.NOTE);
		String version;
		try (var startup = new GraphStartup(settings(), false)) {
			version = startup.schemaVersion(); // a new store: the check migrates it, a write, so no note yet
		}
		var packaged = SchemaMigrations.packagedVersions();
		assertThat(version).isEqualTo(packaged.get(packaged.size() - 1));
		assertThat(note).doesNotExist();
		try (var startup = new GraphStartup(settings(), false)) {
			assertThat(startup.schemaVersion()).isEqualTo(version); // checked, nothing written meanwhile: noted
		}
		String[] written = Files.readString(note).strip().split(" ");
		assertThat(written).hasSize(3);
		assertThat(written[0]).isEqualTo(String.join(",", packaged));
		assertThat(written[1]).isEqualTo(version);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note))).isEqualTo("rw-------");

		// the same transaction: the note is believed, even when it names a version the store does not have
		Files.writeString(note, written[0] + " 9999 " + written[2] + "\n");
		try (var startup = new GraphStartup(settings(), false)) {
			assertThat(startup.schemaVersion()).isEqualTo("9999");
		}

		// a run that writes the class-data archive checks all the same, and notes what it found
		try (var startup = new GraphStartup(settings(), false).checkSchemaEvenIfNoted(true)) {
			assertThat(startup.schemaVersion()).isEqualTo(version);
			assertThat(Files.readString(note).strip()).isEqualTo(String.join(" ", written));
			startup.graph().write("CREATE (:Country {id: 'zz', name: 'Written after the check'})", Map.of(), r -> r);
		}

		// a write since the check: the note names an older transaction and is not believed
		Files.writeString(note, written[0] + " 9999 " + written[2] + "\n");
		try (var startup = new GraphStartup(settings(), false)) {
			assertThat(startup.schemaVersion()).isEqualTo(version);
		}
		String[] rewritten = Files.readString(note).strip().split(" ");
		assertThat(rewritten[1]).isEqualTo(version);
		assertThat(rewritten[2]).isNotEqualTo(written[2]);
	}

	private ParleySettings settings() {
		return new ParleySettings(home, "127.0.0.1", 0, "64m", new ParleySettings.External(null, "neo4j", null, null),
				Duration.ofSeconds(30), null, Duration.ofSeconds(10));
	}
}
