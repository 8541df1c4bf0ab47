package org.parley.graph;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * Who may reach the embedded database over Bolt. Without a password it only listens on a loopback address; any
 * other address (a LAN interface, {@code 0.0.0.0}) needs authentication with a strong password, and TLS unless the
 * owner allows plain text ({@code PARLEY_BOLT_PLAINTEXT=true}).
 */
final class BoltExposure {

	static final int MIN_PASSWORD_LENGTH = 12;

	/** The rule as the messages and the README state it. */
	static final String RULE = "12+ characters, at least 5 different ones, some letters, not a common word or the"
			+ " user name padded with digits or symbols";

	/** Words that make a weak password however many digits and symbols pad them. */
	private static final Set<String> COMMON = Set.of("password", "passwort", "passphrase", "neo", "neoj", "parley",
			"qwerty", "qwertz", "azerty", "admin", "administrator", "letmein", "changeme", "secret", "welcome", "abc",
			"abcdef", "abcdefgh", "iloveyou", "trustno", "dragon", "monkey", "master", "default", "test", "user");

	/** The user Parley creates and keeps; any other user in the system database was made by someone else. */
	static final String OWNER_USER = "neo4j";

	private BoltExposure() {
	}

	static void check(String address, String password) {
		check(address, password, BoltSecurity.DEFAULT);
	}

	static void check(String address, String password, BoltSecurity security) {
		if (password != null) {
			weakness(password).ifPresent(reason -> {
				throw new DatabaseUnavailableException("PARLEY_PASSWORD is too weak: " + reason + " (" + RULE + ")");
			});
		}
		if (isLoopback(address)) {
			return;
		}
		if (password == null) {
			throw new DatabaseUnavailableException("refusing to open Bolt on " + address
					+ " without authentication: set PARLEY_PASSWORD (" + RULE + ") to require it,"
					+ " or keep PARLEY_BOLT_ADDRESS=127.0.0.1");
		}
		if (!security.tls() && !security.boltPlaintext()) {
			throw new DatabaseUnavailableException("refusing to open Bolt on " + address
					+ " without TLS: set PARLEY_TLS_CERT and PARLEY_TLS_KEY (PEM files), or PARLEY_BOLT_PLAINTEXT=true"
					+ " to send passwords and data unencrypted, or keep PARLEY_BOLT_ADDRESS=127.0.0.1");
		}
	}

	/** Why a password is too weak for the embedded database, or empty when it is not. */
	static Optional<String> weakness(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			return Optional.of("it has " + password.length() + " characters");
		}
		if (password.codePoints().distinct().count() < 5) {
			return Optional.of("it repeats too few characters");
		}
		String letters = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
		if (letters.isEmpty()) {
			return Optional.of("it has no letters");
		}
		if (letters.replace("neoj", "").isEmpty()) {
			return Optional.of("it is the user name padded with digits or symbols");
		}
		for (String word : COMMON) {
			if (letters.replace(word, "").isEmpty()) {
				return Optional.of("it is a common word padded with digits or symbols");
			}
		}
		return Optional.empty();
	}

	static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new DatabaseUnavailableException("PARLEY_BOLT_ADDRESS '" + address + "' is not a known host or address", ex);
		}
	}

	/** Sets the {@code neo4j} user's password; the plain text goes as a parameter, never into a query or a log. */
	static void setPassword(DatabaseManagementService dbms, String password) {
		try {
			dbms.database("system").executeTransactionally(
					"ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
		}
		catch (RuntimeException ex) {
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				dbms.shutdown();
				throw new DatabaseUnavailableException("cannot set the database password: "
						+ Graph.oneLine(ex.getMessage()).replace(password, "***"), ex);
			}
		}
	}

	/**
	 * Users of the store other than {@code neo4j}: someone made them over Bolt (while it had no password, or with
	 * admin access). With {@code keep} false they are dropped; either way their names are returned.
	 */
	static List<String> strangers(DatabaseManagementService dbms, boolean keep) {
		var system = dbms.database("system");
		List<String> names = system.executeTransactionally("SHOW USERS YIELD user RETURN user", Map.of(), result -> {
			var found = new ArrayList<String>();
			result.forEachRemaining(row -> found.add((String) row.get("user")));
			return found;
		});
		names.remove(OWNER_USER);
		if (!keep) {
			for (String name : names) {
				system.executeTransactionally("DROP USER $name", Map.of("name", name));
			}
		}
		return names;
	}

	/** A user name as one printable line, whatever it holds. */
	static String printable(String name) {
		var out = new StringBuilder("'");
		name.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\'' || c == '\\') {
				out.append(String.format("\\u%04x", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.append("'").toString();
	}
}
