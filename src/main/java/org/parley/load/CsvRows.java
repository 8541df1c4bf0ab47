package org.parley.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parley.errors.ParleyException;

/**
 * The rows of one table's CSV file (header first, any column order) as typed values in the table's column order;
 * a field that is not of its column's type, a missing column or a malformed line fails with {@code file:line}.
 */
final class CsvRows implements Iterator<List<Object>>, AutoCloseable {

	private final Table table;

	private final String name;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final int[] order;

	private CsvRows(Table table, Path file, MessageDigest digest) throws IOException {
		this.table = table;
		this.name = file.getFileName().toString();
		InputStream in = Files.newInputStream(file);
		if (digest != null) {
			in = new DigestInputStream(in, digest);
		}
		Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		this.parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
		this.records = parser.iterator();
		List<String> header = parser.getHeaderNames();
		List<String> columns = table.columns();
		this.order = new int[columns.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = header.indexOf(columns.get(i));
			if (order[i] < 0) {
				parser.close();
				throw new ParleyException(file + ":1: no column '" + columns.get(i) + "' in the header (expected "
						+ String.join(",", columns) + ")");
			}
		}
	}

	/** Opens the table's file in dir. */
	static CsvRows open(Path dir, Table table) {
		return open(dir, table, null);
	}

	/** Opens the table's file in dir; the digest, if any, takes in every byte read. */
	static CsvRows open(Path dir, Table table, MessageDigest digest) {
		Path file = dir.resolve(table.file());
		if (!Files.isRegularFile(file)) {
			throw new ParleyException("missing " + file + " (expected the files " + Table.files() + ")");
		}
		try {
			return new CsvRows(table, file, digest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public boolean hasNext() {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException ex) {
			throw new ParleyException(name + ":" + (parser.getCurrentLineNumber() + 1) + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<Object> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CSVRecord record = records.next();
		List<String> fields = new ArrayList<>(order.length);
		for (int column : order) {
			fields.add(column < record.size() ? record.get(column) : null);
		}
		return table.values(fields, name + ":" + (record.getRecordNumber() + 1));
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
