package org.parley.graph;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * Who may reach the embedded database over Bolt. Without a password it only listens on a loopback address; any
 * other address (a LAN interface, {@code 0.0.0.0}) needs authentication with a password of at least 8 characters.
 */
final class BoltExposure {

	static final int MIN_PASSWORD_LENGTH = 8;

	private BoltExposure() {
	}

	static void check(String address, String password) {
		if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
			throw new DatabaseUnavailableException("PARLEY_PASSWORD is too short: use at least " + MIN_PASSWORD_LENGTH
					+ " characters");
		}
		if (password == null && !isLoopback(address)) {
			throw new DatabaseUnavailableException("refusing to open Bolt on " + address
					+ " without authentication: set PARLEY_PASSWORD (8+ characters) to require it,"
					+ " or keep PARLEY_BOLT_ADDRESS=127.0.0.1");
		}
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
}
