package org.parley.report.format;

import java.io.PrintWriter;

import org.parley.cli.CommonOptions;

/**
 * Where and how a command prints its results, with the formats and {@code --out} of {@code report run}: table (the
 * default), csv, json or markdown, to the console or to a file. Commands that add lines for people (a note, a
 * chart) add them only to the text formats.
 */
public final class CommandOutput {

	private final OutputFormat format;

	private final String file;

	private final boolean force;

	private final Integer limit;

	private CommandOutput(OutputFormat format, String file, boolean force, Integer limit) {
		this.format = format;
		this.file = file;
		this.force = force;
		this.limit = limit;
	}

	/**
	 * @param format the {@code --format} value, {@code null} for table
	 * @param file   the {@code --out} value, {@code null} for the console
	 * @param force  whether {@code --force} allows overwriting an existing {@code --out} file
	 * @param limit  the {@code --limit} value: at most this many rows are printed; {@code null} for all
	 * @throws org.parley.errors.UsageException for an unknown format
	 * @throws org.parley.errors.ParleyException when the {@code --out} file exists and {@code force} is not given (checked
	 *                                    before the question runs)
	 */
	public static CommandOutput of(String format, String file, boolean force, Integer limit) {
		var output = new CommandOutput(OutputFormat.parse(format), file, force, CommonOptions.limit(limit));
		if (file != null) {
			org.parley.files.OutputFiles.checkTarget(file, force);
		}
		return output;
	}

	/** The first {@code --limit} rows of the result (all without one); see {@link #limited(QueryResult, Integer)}. */
	public QueryResult limited(QueryResult result) {
		return limited(result, limit);
	}

	/**
	 * The first {@code limit} rows of a result, all when {@code limit} is {@code null}; when rows are left out, stderr
	 * says {@code showing N of M rows (--limit N)}, so that stdout stays the data alone.
	 */
	public static QueryResult limited(QueryResult result, Integer limit) {
		int total = result.rows().size();
		if (CommonOptions.limit(limit) == null || total <= limit) {
			return result;
		}
		System.err.println("showing " + limit + " of " + total + " rows (--limit " + limit + ")");
		return new QueryResult(result.columns(), result.rows().subList(0, limit), result.millis(), result.updates());
	}

	/** Table or markdown: text for people, where notes, headings and charts may go between and after results. */
	public boolean forPeople() {
		return format == OutputFormat.TABLE || format == OutputFormat.MARKDOWN;
	}

	/** A self-contained HTML page: the table, and a chart where the command or report has one. */
	public boolean html() {
		return format == OutputFormat.HTML;
	}

	/** The result as an HTML page with a title, a note and, when {@code chart} is given, the chart. */
	public String renderHtml(String title, String note, QueryResult result, ReportChart chart) {
		return HtmlFormatter.page(title, note, result, chart);
	}

	public boolean markdown() {
		return format == OutputFormat.MARKDOWN;
	}

	public String keyword() {
		return format.keyword();
	}

	/** The result in this format; a table ends with {@code N rows in X ms}. */
	public String render(QueryResult result) {
		return format.formatter().format(result);
	}

	/** The result in this format, a table without its footer (for a result that is one section of several). */
	public String renderSection(QueryResult result) {
		if (format == OutputFormat.TABLE) {
			return ((TableFormatter) format.formatter()).body(result).toString();
		}
		return render(result);
	}

	/** Prints the result as {@code report run} does. */
	public void write(QueryResult result, PrintWriter console) {
		OutputTarget.write(result, format, file, force, console);
	}

	/** Prints text already rendered in this format: to the console, or to the file with a line saying so. */
	public void write(String text, int rows, PrintWriter console) {
		OutputTarget.write(text, rows, format, file, force, console);
	}

	/**
	 * Prints text that is not one result's rows (a profile of several tables): to the console, or to the file with a
	 * line on stderr naming {@code what} went there.
	 */
	public void write(String text, String what, PrintWriter console) {
		OutputTarget.write(text, what, format, file, force, console);
	}
}
