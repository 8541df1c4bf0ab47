package org.parley.report.format;

import java.io.PrintWriter;

import org.parley.files.OutputFiles;

/**
 * Where a formatted result goes: the command's output, or the file of {@code --out}, written all or nothing and
 * never over an existing file without {@code --force} ({@link OutputFiles}).
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

	/** Writes already formatted text, saying how many rows went to the file when there is one. */
	public static void write(String text, int rows, OutputFormat format, String outFile, boolean force, PrintWriter out) {
		if (outFile == null) {
			out.print(text);
			out.flush();
			return;
		}
		OutputFiles.write(outFile, force, text);
		out.println(rows + (rows == 1 ? " row" : " rows") + " written to " + outFile
				+ " (" + format.keyword() + ")");
		out.flush();
	}
}
