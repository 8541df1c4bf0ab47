package org.parley.files;

import java.nio.file.Path;

/**
 * The directory a command's relative paths ({@code --out report.csv}, {@code cypher/}, {@code seed/}) resolve
 * against: the process's working directory, or for a command a one-shot handed to a running Parley, the one-shot's.
 */
public final class WorkingDirectory {

	private static final ThreadLocal<Path> CALLER = new ThreadLocal<>();

	private WorkingDirectory() {
	}

	/** The working directory of the command running in this thread (absolute). */
	public static Path current() {
		Path caller = CALLER.get();
		return caller != null ? caller : Path.of("").toAbsolutePath();
	}

	/** {@code path} as the user meant it: a relative path against {@link #current()}. */
	public static Path resolve(String path) {
		Path given = Path.of(path);
		Path caller = CALLER.get();
		return caller == null || given.isAbsolute() ? given : caller.resolve(given);
	}

	/** Runs this thread's commands in {@code dir} until {@link #clear}. */
	public static void set(Path dir) {
		CALLER.set(dir.toAbsolutePath());
	}

	public static void clear() {
		CALLER.remove();
	}
}
