package org.parley.errors;

/** The command line does not fit a command: unknown command or option, missing or malformed value. Exit code 2. */
public class UsageException extends RuntimeException {

	private final String usage;

	/** A usage error of the command being run: the runner prints that command's usage line after the message. */
	public UsageException(String message) {
		this(message, null);
	}

	public UsageException(String message, String usage) {
		super(message);
		this.usage = usage;
	}

	/** The usage line of the command concerned, or {@code null} when no command was recognised. */
	public String usage() {
		return usage;
	}
}
