package org.parley.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.load.Table;

/** Writes each table to {@code DIR/<table>.csv} with a header line, UTF-8, LF line ends; empty fields for null. */
final class CsvTables implements NetworkGenerator.Sink, AutoCloseable {

	private final Map<Table, CSVPrinter> printers = new EnumMap<>(Table.class);

	private final Map<Table, Long> counts = new EnumMap<>(Table.class);

	CsvTables(Path dir) {
		try {
			Files.createDirectories(dir);
			for (Table table : Table.values()) {
				BufferedWriter writer = Files.newBufferedWriter(dir.resolve(table.file()), StandardCharsets.UTF_8);
				CSVFormat format = CSVFormat.DEFAULT.builder()
					.setHeader(table.columns().toArray(String[]::new))
					.setRecordSeparator('\n')
					.get();
				printers.put(table, new CSVPrinter(writer, format));
				counts.put(table, 0L);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write to " + dir + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void row(Table table, String... values) {
		try {
			printers.get(table).printRecord((Object[]) values);
			counts.merge(table, 1L, Long::sum);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<Table, Long> counts() {
		return counts;
	}

	@Override
	public void close() {
		try {
			for (CSVPrinter printer : printers.values()) {
				printer.close(true);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
