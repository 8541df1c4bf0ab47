package org.parley.report.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV with a header row (CRLF line ends, quotes where needed); cells as {@link CellText#text}, except that a
 * text cell a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) gets a leading {@code '} (OWASP's advice against CSV injection). Numbers, and text that is just a
 * number such as {@code -5}, stay as they are.
 */
public final class CsvFormatter implements ResultFormatter {

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

	/** A cell's CSV text, neutralised when a spreadsheet would take it for a formula. */
	public static String cell(Object value) {
		String text = CellText.text(value);
		if (value instanceof Number || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0
				|| NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

	@Override
	public String format(QueryResult result) {
		if (result.columns().isEmpty()) {
			return "";
		}
		var out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(result.columns().stream().map(CsvFormatter::cell).toArray(String[]::new)).get();
		try (var printer = new CSVPrinter(out, format)) {
			for (List<Object> row : result.rows()) {
				printer.printRecord(row.stream().map(CsvFormatter::cell));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}
}
