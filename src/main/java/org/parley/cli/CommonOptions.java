package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.parley.dates.Days;
import org.parley.errors.UsageException;

/**
 * The one definition of the options many commands share: their descriptions (what {@code help COMMAND} prints), what
 * they accept and how their values are read. A command declares
 * {@code @Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Value.FORMAT) String format}; its
 * usage line is generated from the declarations ({@code shell/CommandSpec}), never typed, and {@code shell/Preflight}
 * checks an {@link Accepts} value with {@link #check} before anything starts.
 */
public final class CommonOptions {

	/** {@code --format}: the output formats of an answer or report. */
	public static final String FORMAT = "Output format: table, csv, json, markdown or html. Default: table.";

	/** {@code --format} of {@code report run} (a report may declare a chart). */
	public static final String FORMAT_WITH_CHART = "Output format: table, csv, json, markdown or html (a page with the table and the report's chart). Default: table.";

	/** {@code --format} of a command whose output is several tables. */
	public static final String FORMAT_FOR_PEOPLE = "Output format: table or markdown (a profile is several tables). Default: table.";

	/** {@code --out}. */
	public static final String OUT = "Write the output to this file instead. Default: the console.";

	/** {@code --force}, with {@code --out}. */
	public static final String FORCE = "Overwrite the --out file if it exists. Default: false, an existing file is refused.";

	/** {@code --as-of}: what the sources said by a date. */
	public static final String AS_OF = "Answer only from sources published by this date, as YYYY-MM-DD. Default: all sources.";

	/** {@code --at}. */
	public static final String AT = "The date to ask about, as YYYY-MM-DD. Default: today.";

	/** {@code --from} of a span of days. */
	public static final String FROM = "First day, as YYYY-MM-DD. Default: the start of the records.";

	/** {@code --to} of a span of days. */
	public static final String TO = "Last day, as YYYY-MM-DD. Default: the end of the records.";

	/** {@code --by} of a count over time. */
	public static final String BY = "Length of a period: month, quarter or year. Default: quarter.";

	/** {@code --reports}. */
	public static final String REPORTS = "Your own reports directory. Default: parley.reports-dir, else $PARLEY_HOME/reports.";

	/** {@code --limit}. */
	public static final String LIMIT = "Print at most this many rows (stderr says how many there were). Default: all.";

	/**
	 * How many people {@code hawks} prints unless told otherwise: the top of a ranking that holds a row per assessed
	 * person of a side (tens of thousands in a large synthetic network); the benchmark times it the same way.
	 */
	public static final int RANKING_LIMIT = 50;

	/** The words of {@code --by}. */
	public static final List<String> PERIODS = List.of("month", "quarter", "year");

	/** The words of {@code --format}, in the order the messages list them ({@code md} is markdown too). */
	public static final List<String> FORMATS = List.of("table", "csv", "json", "markdown", "html");

	private CommonOptions() {
	}

	/**
	 * {@code --by}: month, quarter or year, {@code quarter} when not given.
	 * @throws UsageException for any other word
	 */
	public static String period(String by) {
		String period = by == null ? "quarter" : by.strip().toLowerCase(Locale.ROOT);
		if (!PERIODS.contains(period)) {
			throw new UsageException("invalid value '" + by + "' for --by: expected one of " + String.join(", ", PERIODS),
					null);
		}
		return period;
	}

	/**
	 * {@code --limit}: {@code null} (all rows) when not given.
	 * @throws UsageException for a count below 1
	 */
	public static Integer limit(Integer limit) {
		if (limit != null && limit < 1) {
			throw new UsageException("invalid value '" + limit + "' for --limit: expected a whole number from 1", null);
		}
		return limit;
	}

	/**
	 * A date option by the one rule ({@code YYYY-MM-DD}, or {@code today} in UTC); {@code null} when not given.
	 * @throws UsageException naming the option, the value and the expected form
	 */
	public static LocalDate date(String option, String value) {
		if (value == null) {
			return null;
		}
		if (value.strip().equalsIgnoreCase("today")) {
			return Days.today();
		}
		try {
			return Days.parse(value);
		}
		catch (IllegalArgumentException ex) {
			String expected = Days.YEARS.equals(ex.getMessage()) ? Days.YEARS + ", e.g. 2019-07-30"
					: Days.FORM + ", e.g. 2019-07-30, or today";
			throw new UsageException("invalid value '" + value + "' for --" + option + ": expected " + expected, null);
		}
	}

	/**
	 * The day of a recorded fact ({@code add event --date}, {@code appoint --from}, {@code ingest --published}...):
	 * {@code YYYY-MM-DD} by the one rule, no {@code today}; {@code null} when not given.
	 * @throws UsageException naming the option, the value and the expected form
	 */
	public static LocalDate day(String option, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Days.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("invalid value '" + value + "' for --" + option + ": expected " + ex.getMessage(),
					null);
		}
	}

	/**
	 * One of an option's words, in lower case.
	 * @throws UsageException naming the option, the value and the words
	 */
	public static String word(String option, String value, List<String> words) {
		String word = value.strip().toLowerCase(Locale.ROOT);
		if (!words.contains(word)) {
			String expected = words.size() == 1 ? words.get(0)
					: String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
			throw new UsageException("invalid value '" + value + "' for --" + option + ": expected " + expected, null);
		}
		return word;
	}

	/**
	 * {@code --format}: the format's word (markdown for {@code md}), {@code table} when not given.
	 * @throws UsageException for any other word
	 */
	public static String format(String value) {
		if (value == null) {
			return "table";
		}
		String word = value.strip().toLowerCase(Locale.ROOT);
		if (word.equals("md")) {
			return "markdown";
		}
		if (!FORMATS.contains(word)) {
			throw new UsageException("invalid value '" + value + "' for --format: expected one of "
					+ String.join(", ", FORMATS), null);
		}
		return word;
	}

	/**
	 * Checks a value against what its option declares it accepts, as the command will when it runs.
	 * @throws UsageException naming the option and what it accepts, when {@code value} does not fit
	 */
	public static void check(String option, Accepts accepts, String value) {
		if (accepts == null || value == null) {
			return;
		}
		if (accepts.words().length > 0) {
			word(option, value, List.of(accepts.words()));
		}
		switch (accepts.value()) {
			case DATE -> date(option, value);
			case DAY -> day(option, value);
			case FORMAT -> format(value);
			case PERIOD -> period(value);
			case COUNT -> {
				try {
					limit(Integer.valueOf(value.strip()));
				}
				catch (NumberFormatException ex) {
					throw new UsageException("invalid value '" + value + "' for --" + option + ": expected a whole number",
							null);
				}
			}
			case ANY -> {
			}
		}
	}

	/** A confirmation flag that is missing or false: what the command would do, and that {@code --yes} confirms it. */
	public static void confirmed(String option, boolean given, String what) {
		if (!given) {
			throw new UsageException(what + "; add --" + option + " to confirm", null);
		}
	}
}
