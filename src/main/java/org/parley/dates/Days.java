package org.parley.dates;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The one date rule and the one clock of Parley. A date anyone types (a question's {@code --at}, {@code --as-of},
 * {@code --from}/{@code --to}, a curation command's {@code --date}, {@code --from}, {@code --on}, {@code --published},
 * a report or Cypher parameter, a date column of a bulk load) is {@code YYYY-MM-DD}: four digits of year from
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}, a real calendar day, no sign. {@code today} is the day in UTC, the day
 * Neo4j's {@code date()} returns (its default time zone is UTC), so a report default and a query agree at any hour.
 */
public final class Days {

	public static final int FIRST_YEAR = 1000;

	public static final int LAST_YEAR = 9999;

	/** The clock of {@code today} and {@code now}: UTC, as Neo4j's {@code date()} and {@code datetime()}. */
	public static final Clock CLOCK = Clock.systemUTC();

	/** The form, for error messages: "a date as YYYY-MM-DD". */
	public static final String FORM = "a date as YYYY-MM-DD";

	/** The range of years, for error messages. */
	public static final String YEARS = "a date with a year from " + FIRST_YEAR + " to " + LAST_YEAR;

	private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private Days() {
	}

	/**
	 * Reads a day by the one rule.
	 * @throws IllegalArgumentException with {@link #FORM} when it is not {@code YYYY-MM-DD} or no such day exists,
	 *                                  with {@link #YEARS} when the year is before 1000
	 */
	public static LocalDate parse(String text) {
		String day = text.strip();
		if (!SHAPE.matcher(day).matches()) {
			throw new IllegalArgumentException(FORM);
		}
		LocalDate date;
		try {
			date = LocalDate.parse(day);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(FORM, ex);
		}
		check(date.getYear());
		return date;
	}

	/** @throws IllegalArgumentException with {@link #YEARS} for a year outside the rule's range */
	public static void check(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException(YEARS);
		}
	}

	/** Today in UTC. */
	public static LocalDate today() {
		return LocalDate.now(CLOCK);
	}
}
