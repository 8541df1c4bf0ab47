package org.parley.generate;

import java.nio.file.Path;
import java.util.Map;

import org.parley.load.Table;

/** Writes a synthetic network as CSV files; the same arguments give the same bytes. */
public final class SyntheticNetwork {

	private SyntheticNetwork() {
	}

	/**
	 * @return rows written per table
	 * @throws IllegalArgumentException for sizes the generator cannot honour (fewer than 2 countries ...)
	 */
	public static Map<Table, Long> write(int people, int interactions, int countries, long seed, Path dir) {
		var spec = new NetworkGenerator.Spec(people, interactions, countries, seed);
		try (var tables = new CsvTables(dir)) {
			new NetworkGenerator(spec, tables).generate();
			return tables.counts();
		}
	}
}
