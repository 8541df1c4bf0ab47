package org.parley.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Spares a start on the embedded store its schema check, a cold Cypher read of the migrations applied (0.2 s less
 * of a one-shot's start: the command's own query then warms up what that read did). A note in the store directory
 * says that the schema was found current, with this build's packaged migrations, as of the default database's last
 * transaction. While that transaction is still the last one (its id, checksum and time: nothing was written since,
 * the store was not replaced) and the build packages the same migrations, the database holds what it held when it
 * was checked, so the check would find the same. Any write
 * (a command, a load, a restore, a migration) makes the next start check again, and a check that finds the schema
 * current notes it again. Like {@link UsersChecked}, the note is only a shortcut: without it, or with one that does
 * not match, the start checks as before.
 */
final class SchemaChecked {

	static final String NOTE = ".parley-schema-checked";

	private SchemaChecked() {
	}

	/**
	 * The schema version of the embedded store: the noted one while the note matches, else what {@code check} finds
	 * (or brings it to), noted when nothing was written while it ran. With {@code always}, a note is not believed.
	 */
	static String current(Path store, EmbeddedNeo4j embedded, boolean always, Supplier<String> check) {
		String migrations = null;
		String before = null;
		try {
			migrations = migrations();
			before = embedded.lastCommittedTransaction();
			if (!always) {
				var noted = version(Files.readString(store.resolve(NOTE), StandardCharsets.US_ASCII), migrations, before);
				if (noted.isPresent()) {
					StartupTrace.mark("schema current as checked before (no transaction since)");
					return noted.get();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// no note, or one this start cannot use: check
		}
		String version = check.get();
		if (migrations != null && before != null) {
			record(store, embedded, migrations, version, before);
		}
		StartupTrace.mark("schema current");
		return version;
	}

	/** The version a note names when it was written with these migrations as of this last transaction. */
	static Optional<String> version(String note, String migrations, String lastTransaction) {
		String[] words = note.strip().split(" ");
		return words.length == 3 && words[0].equals(migrations) && words[2].equals(lastTransaction)
				? Optional.of(words[1]) : Optional.empty();
	}

	/**
	 * Notes that the schema was just found current at {@code version}, if the store's last transaction is still
	 * {@code before}, the one taken before the check: a write meanwhile (a migration the check ran, or a client of a
	 * console or {@code serve}, which serves before its check ends) leaves no note, and the next start checks again.
	 */
	private static void record(Path store, EmbeddedNeo4j embedded, String migrations, String version, String before) {
		if (version == null || version.isEmpty() || version.contains(" ")) {
			return;
		}
		try {
			String last = embedded.lastCommittedTransaction();
			if (last.equals(before)) {
				UsersChecked.write(store.resolve(NOTE), migrations + " " + version + " " + last);
			}
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
