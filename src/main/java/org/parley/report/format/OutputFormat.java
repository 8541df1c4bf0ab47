package org.parley.report.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parley.errors.UsageException;

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
	public static OutputFormat parse(String text, String usage) {
		if (text == null) {
			return TABLE;
		}
		return Arrays.stream(values())
			.filter(f -> f.keyword().equals(text.strip().toLowerCase(Locale.ROOT)) || (f == MARKDOWN && text.equalsIgnoreCase("md")))
			.findFirst()
			.orElseThrow(() -> new UsageException("invalid value '" + text + "' for --format: expected one of "
					+ keywords(), usage));
	}

	public static String keywords() {
		return Arrays.stream(values()).map(OutputFormat::keyword).collect(Collectors.joining(", "));
	}
}
