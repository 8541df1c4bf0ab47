package org.parley.generate;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.parley.files.OutputFiles;
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
		// all files are written in a hidden sibling directory and put in place once complete: a run that fails or is
		// killed leaves no half-written file in dir (the next run removes what a killed one left beside it)
		Path staging = OutputFiles.stagingDirectory(dir.toString(), dir);
		Map<Table, Long> counts;
		try (var tables = new CsvTables(staging)) {
			new NetworkGenerator(spec, tables).generate();
			counts = tables.counts();
		}
		catch (UncheckedIOException ex) {
			OutputFiles.deleteQuietly(staging);
			throw OutputFiles.failure(dir.toString(), ex.getCause());
		}
		catch (RuntimeException | Error ex) {
			OutputFiles.deleteQuietly(staging);
			throw ex;
		}
		OutputFiles.publishDirectory(dir.toString(), staging, dir);
		return counts;
	}
}
