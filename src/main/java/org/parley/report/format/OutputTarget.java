package org.parley.report.format;

import java.io.PrintWriter;

import org.parley.files.OutputFiles;

/**
 * Where a formatted result goes: the command's output, or the file of {@code --out}, written all or nothing and
 * never over an existing file without {@code --force}, its missing directories created ({@link OutputFiles}); the
 * line saying what was written goes to stderr.
 */
public final class OutputTarget {

	private OutputTarget() {
	}

	public static void write(QueryResult result, OutputFormat format, String outFile, boolean force, PrintWriter out) {
		if (outFile != null) {
			OutputFiles.refuseExisting(outFile, force); // before formatting a large result for nothing
		}
		write(format.formatter().format(result), result.rows().size(), format, outFile, force, out);
	}

	/** Writes already formatted text, saying on stderr how many rows went to the file when there is one. */
	public static void write(String text, int rows, OutputFormat format, String outFile, boolean force, PrintWriter out) {
		write(text, Plural.of(rows, "row"), format, outFile, force, out);
	}

	/**
	 * Writes already formatted text; with a file, says on stderr what went there ({@code what}: "3 rows", "the profile
	 * of Liu He (5 tables)"), so that stdout carries only answers, never a confirmation.
	 */
	public static void write(String text, String what, OutputFormat format, String outFile, boolean force, PrintWriter out) {
		if (outFile == null) {
			out.print(text);
			out.flush();
			return;
		}
		OutputFiles.write(outFile, force, text);
		System.err.println(what + " written to " + outFile + " (" + format.keyword() + ")");
		System.err.flush();
	}
}
