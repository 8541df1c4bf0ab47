package org.parley.render;

import java.util.List;

/**
 * One self-contained HTML page: a title, an optional note, an optional chart (an inline {@code <svg>}) and a
 * table. No script, no style sheet or font from the network: the page opens anywhere, offline. Every text is
 * escaped, so a recorded name cannot add markup.
 */
public final class HtmlPage {

	private static final String STYLE = """
			body{font-family:sans-serif;margin:2em;color:#222}
			h1{font-size:1.4em}
			p.note{color:#555}
			figure{margin:1em 0}
			figure svg{max-width:100%;height:auto}
			table{border-collapse:collapse;margin-top:1em}
			th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
			th{background:#f3f3f3}
			td.num{text-align:right}
			""";

	private HtmlPage() {
	}

	/**
	 * @param chartSvg an {@code <svg>} element, or {@code null} for none
	 * @param numeric  per column, whether its cells are numbers (aligned right)
	 */
	public static String page(String title, String note, String chartSvg, List<String> columns, List<List<String>> rows,
			boolean[] numeric) {
		var html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
			.append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
			.append(escape(title)).append("</h1>\n");
		if (note != null && !note.isEmpty()) {
			html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
		}
		if (chartSvg != null) {
			html.append("<figure id=\"chart\">\n").append(chartSvg).append("\n</figure>\n");
		}
		html.append("<table id=\"result\">\n<thead><tr>");
		columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
		for (List<String> row : rows) {
			html.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				html.append(i < numeric.length && numeric[i] ? "<td class=\"num\">" : "<td>").append(escape(row.get(i)))
					.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n<p class=\"note\">").append(rows.size()).append(rows.size() == 1 ? " row" : " rows")
			.append("</p>\n</body>\n</html>\n");
		return html.toString();
	}

	/** Text as HTML: {@code & < > " '} escaped. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		var out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
