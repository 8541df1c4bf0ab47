package org.parley.report;

import java.util.List;

/**
 * What a query returned, ready to format.
 *
 * @param columns the column names in order
 * @param rows    each row's values in column order, as the driver's {@code Value.asObject()} gives them
 * @param millis  how long the query took to run and stream its rows
 * @param updates what a write changed, e.g. {@code 1 node created, 2 properties set}; empty for reads
 */
record QueryResult(List<String> columns, List<List<Object>> rows, long millis, String updates) {

	/** {@code 3 rows in 12 ms}, with the updates after a write. */
	String footer() {
		String text = rows.size() + (rows.size() == 1 ? " row" : " rows") + " in " + millis + " ms";
		return updates.isEmpty() ? text : text + "; " + updates;
	}
}
