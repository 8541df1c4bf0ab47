package org.parley.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.parley.ParleyException;

/** Where a formatted result goes: the command's output, or the file of {@code --out}. */
final class ResultOutput {

	private ResultOutput() {
	}

	static void write(QueryResult result, OutputFormat format, String outFile, PrintWriter out) {
		write(format.formatter().format(result), result.rows().size(), format, outFile, out);
	}

	/** Writes already formatted text, saying how many rows went to the file when there is one. */
	static void write(String text, int rows, OutputFormat format, String outFile, PrintWriter out) {
		if (outFile == null) {
			out.print(text);
			out.flush();
			return;
		}
		Path path = Path.of(outFile);
		try {
			Files.writeString(path, text, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new ParleyException("cannot write " + outFile + ": its directory does not exist", ex);
		}
		catch (AccessDeniedException ex) {
			throw new ParleyException("cannot write " + outFile + ": permission denied", ex);
		}
		catch (IOException ex) {
			throw new ParleyException("cannot write " + outFile + ": " + ex.getMessage(), ex);
		}
		out.println(rows + (rows == 1 ? " row" : " rows") + " written to " + outFile
				+ " (" + format.keyword() + ")");
		out.flush();
	}
}
