package org.parley.report.format;

import java.util.ArrayList;
import java.util.List;

/**
 * What a query returned, ready to format.
 *
 * @param columns the column names in order
 * @param rows    each row's values in column order, as the driver's {@code Value.asObject()} gives them
 * @param millis  how long the query took to run and stream its rows
 * @param updates what a write changed, e.g. {@code 1 node created, 2 properties set}; empty for reads
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, long millis, String updates) {

	/** A result built by a command from other results, e.g. a pivot table. */
	public static QueryResult of(List<String> columns, List<List<Object>> rows, long millis) {
		return new QueryResult(List.copyOf(columns), List.copyOf(rows), millis, "");
	}

	/** The position of a column, or -1. */
	public int column(String name) {
		return columns.indexOf(name);
	}

	/** The same rows without the named columns (names not present are ignored). */
	public QueryResult without(String... names) {
		List<String> drop = List.of(names);
		var keep = new ArrayList<Integer>();
		for (int i = 0; i < columns.size(); i++) {
			if (!drop.contains(columns.get(i))) {
				keep.add(i);
			}
		}
		var kept = new ArrayList<List<Object>>();
		for (List<Object> row : rows) {
			var cells = new ArrayList<Object>();
			keep.forEach(i -> cells.add(row.get(i)));
			kept.add(cells);
		}
		return new QueryResult(keep.stream().map(columns::get).toList(), kept, millis, updates);
	}

	/** {@code 3 rows in 12 ms}, with the updates after a write. */
	String footer() {
		String text = Plural.of(rows.size(), "row") + " in " + millis + " ms";
		return updates.isEmpty() ? text : text + "; " + updates;
	}
}
