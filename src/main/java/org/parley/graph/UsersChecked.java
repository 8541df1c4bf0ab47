package org.parley.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * Spares a start most of a second (more on a busy machine): a note in the store directory that the {@code neo4j}
 * user's password was set and the other users checked, as of the system database's last transaction. While that
 * transaction is still the last one (its id, checksum and time: nobody changed a user or a password since, nor
 * replaced the store), a start with the same password skips setting it and listing the users, two cold Cypher
 * statements on the system database and a write that the shutdown's checkpoint flushes again.
 * <p>
 * One-shot commands need a stable password for that: the store's one-shot Bolt secret, random, made once and kept
 * owner-only beside the store (anyone who can read it can read the store files themselves).
 */
final class UsersChecked {

	private static final String NOTE = ".parley-users-checked";

	private static final String SECRET = ".parley-bolt-secret";

	private UsersChecked() {
	}

	/** The one-shot commands' Bolt password for the store in {@code store}: read, or made and kept on first use. */
	static String oneShotSecret(Path store) {
		Path file = store.resolve(SECRET);
		try {
			if (Files.isRegularFile(file)) {
				String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
				if (kept.length() >= 32) {
					return kept;
				}
			}
			String made = random(24);
			OwnerOnly.createDirectories(store);
			write(file, made);
			return made;
		}
		catch (IOException | RuntimeException ex) {
			// a home that cannot keep it: a secret for this run alone, as before
			return random(24);
		}
	}

	/** Whether the users were checked with this password as of the system database's current last transaction. */
	static boolean current(Path store, DatabaseManagementService dbms, String password) {
		try {
			String[] note = Files.readString(store.resolve(NOTE), StandardCharsets.US_ASCII).strip().split(" ");
			return note.length == 3 && note[1].equals(hash(note[0], password)) && note[2].equals(lastSystemTransaction(dbms));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** Notes that the users were just checked with this password; without the note the next start checks again. */
	static void record(Path store, DatabaseManagementService dbms, String password) {
		try {
			String salt = random(12);
			write(store.resolve(NOTE), salt + " " + hash(salt, password) + " " + lastSystemTransaction(dbms));
		}
		catch (IOException | RuntimeException ex) {
			// the next start checks the users again
		}
	}

	/** Forgets the note: the users are checked again at the next start. */
	static void forget(Path store) {
		try {
			Files.deleteIfExists(store.resolve(NOTE));
		}
		catch (IOException ex) {
			// a note that stays still names the old password, which no longer matches
		}
	}

	private static String lastSystemTransaction(DatabaseManagementService dbms) {
		var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var last = system.getDependencyResolver().resolveDependency(TransactionIdStore.class).getLastCommittedTransaction();
		return last.id() + ":" + Integer.toHexString(last.checksum()) + ":" + last.commitTimestamp();
	}

	private static String hash(String salt, String password) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt.getBytes(StandardCharsets.US_ASCII));
			digest.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		new SecureRandom().nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	/** Writes the file whole or not at all, readable by its owner only. */
	static void write(Path file, String text) throws IOException {
		Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try (var channel = OwnerOnly.open(tmp, Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE))) {
			channel.write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.US_ASCII)));
		}
		OwnerOnly.restrict(tmp);
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
