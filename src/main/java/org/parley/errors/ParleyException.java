package org.parley.errors;

/**
 * A problem with what the user asked for or with the data (unknown name, bad value, broken seed file).
 * Its message is one line meant for the user; the shell maps it to exit code 1.
 */
public class ParleyException extends RuntimeException {

	public ParleyException(String message) {
		super(message);
	}

	public ParleyException(String message, Throwable cause) {
		super(message, cause);
	}
}
