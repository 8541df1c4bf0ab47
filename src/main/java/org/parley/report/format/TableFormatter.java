package org.parley.report.format;

import java.util.List;

/** Aligned columns within a terminal width (see {@link AlignedColumns}), then {@code N rows in X ms}. */
public final class TableFormatter implements ResultFormatter {

	private final int width;

	public TableFormatter(int width) {
		this.width = width;
	}

	@Override
	public String format(QueryResult result) {
		return body(result).append(result.footer()).append('\n').toString();
	}

	/** The aligned table and a blank line, without the footer. */
	public StringBuilder body(QueryResult result) {
		var text = new StringBuilder();
		int n = result.columns().size();
		if (n > 0) {
			boolean[] right = new boolean[n];
			for (int c = 0; c < n; c++) {
				right[c] = numeric(result, c);
			}
			List<List<String>> cells = result.rows().stream().map(row -> row.stream().map(CellText::text).toList()).toList();
			AlignedColumns.render(result.columns(), cells, right, width).forEach(line -> text.append(line).append('\n'));
			text.append('\n');
		}
		return text;
	}

	/** A column of numbers (and nulls), with at least one number. */
	static boolean numeric(QueryResult result, int column) {
		boolean any = false;
		for (List<Object> row : result.rows()) {
			Object value = row.get(column);
			if (value instanceof Number) {
				any = true;
			}
			else if (value != null) {
				return false;
			}
		}
		return any;
	}
}
