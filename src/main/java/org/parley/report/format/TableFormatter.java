package org.parley.report.format;

import java.util.List;

/**
 * Aligned columns within a terminal width (see {@link AlignedColumns}), then {@code N rows in X ms}. A width of 0 is
 * the terminal's ({@link TerminalWidth}), asked at each answer. When a cell's text is cut to fit, a line under the
 * table says how to see it all.
 */
public final class TableFormatter implements ResultFormatter {

	/** The line under a table whose cells lost text to the width. */
	public static final String CUT_NOTE = "Some cells are cut (…): add --format json to see them in full.";

	private final int width;

	public TableFormatter(int width) {
		this.width = width;
	}

	@Override
	public String format(QueryResult result) {
		return body(result).append(result.footer()).append('\n').toString();
	}

	/** The aligned table (and the note when text is cut) and a blank line, without the footer. */
	public StringBuilder body(QueryResult result) {
		var text = new StringBuilder();
		int n = result.columns().size();
		if (n > 0) {
			boolean[] right = new boolean[n];
			for (int c = 0; c < n; c++) {
				right[c] = numeric(result, c);
			}
			List<List<String>> cells = result.rows().stream().map(row -> row.stream().map(CellText::text).toList()).toList();
			AlignedColumns.Layout layout = AlignedColumns.layout(result.columns(), cells, right,
					width > 0 ? width : TerminalWidth.columns());
			layout.lines().forEach(line -> text.append(line).append('\n'));
			if (layout.cut()) {
				text.append(CUT_NOTE).append('\n');
			}
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
