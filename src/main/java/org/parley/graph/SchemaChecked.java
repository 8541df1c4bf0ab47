package org.parley.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Spares a start on the embedded store its schema check (a cold Cypher read of the migrations applied, about 0.2 s of
 * a one-shot's start): a note in the store directory that the schema was found current, with this build's packaged
 * migrations, as of the default database's last transaction. While that transaction is still the last one (its id,
 * checksum and time: nothing was written since, the store was not replaced) and the build packages the same
 * migrations, the database holds what it held when it was checked, so the check would find the same. Any write
 * (a command, a load, a restore, a migration) makes the next start check again, and a check that finds the schema
 * current notes it again. Like {@link UsersChecked}, the note is only a shortcut: without it, or with one that does
 * not match, the start checks as before.
 */
final class SchemaChecked {

	static final String NOTE = ".parley-schema-checked";

	private SchemaChecked() {
	}

	/** The schema version noted for this store, if the note matches its last transaction and this build's migrations. */
	static Optional<String> noted(Path store, EmbeddedNeo4j embedded) {
		try {
			String[] note = Files.readString(store.resolve(NOTE), StandardCharsets.US_ASCII).strip().split(" ");
			if (note.length == 3 && note[0].equals(migrations()) && note[2].equals(embedded.lastCommittedTransaction())) {
				return Optional.of(note[1]);
			}
		}
		catch (IOException | RuntimeException ex) {
			// no note, or one this start cannot use: check
		}
		return Optional.empty();
	}

	/** Notes that the schema was just found (or brought) current at {@code version}. */
	static void record(Path store, EmbeddedNeo4j embedded, String version) {
		if (version == null || version.isEmpty() || version.contains(" ")) {
			return;
		}
		try {
			UsersChecked.write(store.resolve(NOTE), migrations() + " " + version + " " + embedded.lastCommittedTransaction());
		}
		catch (IOException | RuntimeException ex) {
			// the next start checks again
		}
	}

	/** This build's packaged migration versions, as one word. */
	private static String migrations() {
		return String.join(",", SchemaMigrations.packagedVersions());
	}
}
