package org.parley.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV with a header row (CRLF line ends, quotes where needed); cells as {@link Cells#text}. */
final class CsvFormatter implements ResultFormatter {

	@Override
	public String format(QueryResult result) {
		if (result.columns().isEmpty()) {
			return "";
		}
		var out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(result.columns().toArray(String[]::new)).get();
		try (var printer = new CSVPrinter(out, format)) {
			for (List<Object> row : result.rows()) {
				printer.printRecord(row.stream().map(Cells::text));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}
}
