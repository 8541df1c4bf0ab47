package org.parley.report.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parley.cli.CommonOptions;

/**
 * The formats of {@code --format}: table for people, CSV, JSON and markdown for files and other programs, HTML for a
 * page to open in a browser.
 */
public enum OutputFormat {

	TABLE(new TableFormatter(0)), CSV(new CsvFormatter()), JSON(new JsonFormatter()),
	MARKDOWN(new MarkdownFormatter()), HTML(new HtmlFormatter());

	private final ResultFormatter formatter;

	OutputFormat(ResultFormatter formatter) {
		this.formatter = formatter;
	}

	public ResultFormatter formatter() {
		return formatter;
	}

	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** {@code null} means table. */
	public static OutputFormat parse(String text) {
		return valueOf(CommonOptions.format(text).toUpperCase(Locale.ROOT));
	}

	public static String keywords() {
		return Arrays.stream(values()).map(OutputFormat::keyword).collect(Collectors.joining(", "));
	}
}
