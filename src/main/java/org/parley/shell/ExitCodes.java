package org.parley.shell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;
import org.parley.graph.DatabaseUnavailableException;
import org.parley.graph.Graph;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;

/**
 * The one place that turns failures into exit codes and one-line messages: 0 success, 1 user or data error,
 * 2 usage error, 3 database unreachable.
 */
public final class ExitCodes implements ExitStatusExceptionMapper {

	public static final int OK = 0;

	public static final int DATA_ERROR = 1;

	public static final int USAGE_ERROR = 2;

	public static final int DATABASE_UNAVAILABLE = 3;

	/** The usage line printed after a usage error of the command, or {@code null}. */
	private final String usage;

	public ExitCodes() {
		this(null);
	}

	/** The mapper of one command: a usage error's description ends with the command's usage line. */
	ExitCodes(CommandSpec spec) {
		this.usage = spec == null ? null : spec.usage();
	}

	@Override
	public ExitStatus apply(Exception exception) {
		int code = code(exception);
		String message = message(exception);
		if (code == USAGE_ERROR) {
			Throwable t = unwrap(exception);
			String own = t instanceof UsageException usageError ? usageError.usage() : null;
			String line = own != null ? own : usage;
			if (line != null) {
				message = message + "\n" + line;
			}
		}
		return new ExitStatus(code, message);
	}

	/** Spring Shell's own statuses use negative codes; Parley's are the process exit codes. */
	static int normalise(ExitStatus status) {
		return switch (status.code()) {
			case 0 -> OK;
			case -2 -> USAGE_ERROR;
			default -> status.code() > 0 ? status.code() : DATA_ERROR;
		};
	}

	public static int code(Throwable failure) {
		Throwable t = failure;
		// the command adapter throws these itself while binding arguments, before the command runs
		if (t instanceof IllegalArgumentException || t instanceof ConversionException) {
			return USAGE_ERROR;
		}
		t = unwrap(t);
		if (t instanceof UsageException || t instanceof CommandNotFoundException) {
			return USAGE_ERROR;
		}
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof DatabaseUnavailableException || c instanceof ServiceUnavailableException) {
				return DATABASE_UNAVAILABLE;
			}
			if (c instanceof ParleyException || c instanceof Neo4jException) {
				return DATA_ERROR;
			}
		}
		return DATA_ERROR;
	}

	public static String message(Throwable failure) {
		Throwable t = unwrap(failure);
		if (t instanceof CommandNotFoundException notFound) {
			return "unknown command '" + notFound.getCommandName() + "'; run 'help' for the list";
		}
		if (t instanceof ConversionException conversion) {
			return "invalid value: " + Graph.oneLine(conversion.getMostSpecificCause().getMessage());
		}
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof DatabaseUnavailableException || c instanceof ParleyException || c instanceof UsageException) {
				return Graph.oneLine(c.getMessage());
			}
		}
		String message = t.getMessage();
		if (message == null || message.isBlank()) {
			return "internal error: " + t.getClass().getSimpleName();
		}
		return (t instanceof IllegalArgumentException || t instanceof Neo4jException ? "" : "internal error: ")
				+ Graph.oneLine(message);
	}

	/** Strips the wrappers that reflection, Spring and Spring Shell put around a command's own exception. */
	static Throwable unwrap(Throwable failure) {
		Throwable t = failure;
		while (true) {
			if ((t instanceof CommandExecutionException || t instanceof InvocationTargetException
					|| t instanceof UndeclaredThrowableException || t instanceof BeanCreationException)
					&& t.getCause() != null && t.getCause() != t) {
				t = t.getCause();
			}
			else {
				return t;
			}
		}
	}
}
