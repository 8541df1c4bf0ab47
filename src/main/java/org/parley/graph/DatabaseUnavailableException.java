package org.parley.graph;

/**
 * Parley cannot reach or open its database: the external server does not answer, the embedded store cannot
 * start, or its Bolt port is taken. The shell maps it to exit code 3.
 */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(String message) {
		super(message);
	}

	public DatabaseUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
