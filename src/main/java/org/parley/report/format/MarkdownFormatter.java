package org.parley.report.format;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A GitHub-flavoured markdown table; numbers right-aligned, {@code |} escaped, line breaks as {@code <br>}. */
public final class MarkdownFormatter implements ResultFormatter {

	@Override
	public String format(QueryResult result) {
		if (result.columns().isEmpty()) {
			return "";
		}
		var text = new StringBuilder();
		text.append(line(result.columns().stream().map(MarkdownFormatter::escape).toList()));
		List<String> rule = IntStream.range(0, result.columns().size())
			.mapToObj(i -> TableFormatter.numeric(result, i) ? "---:" : "---")
			.toList();
		text.append(line(rule));
		for (List<Object> row : result.rows()) {
			text.append(line(row.stream().map(value -> escape(CellText.text(value))).toList()));
		}
		return text.toString();
	}

	private static String line(List<String> cells) {
		return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
	}

	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\r?\\n", "<br>");
	}
}
