package org.parley.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Date expressions in a sentence, absolute ("October 17th", "Nov. 30", "in early October", "in 2019") or relative
 * ("on Friday", "Tuesday", "last week", "next month", "two weeks ago", "yesterday"), resolved against the publication
 * date, with the precision and the derivation recorded the way the seed does ({@code dateBasis}, {@code dateNote}):
 * the first one a sentence has, of those {@link CalendarDates} and {@link RelativeDates} find. A weekday in a sentence about what is to come is the next such day; otherwise the last one on or before
 * publication (an article of a Tuesday that says "Tuesday" means that day).
 */
final class DateExpressions {

	/** A resolved date: the expression, where it starts in the sentence, the day, its precision and how it was derived. */
	record Resolved(String expression, int start, LocalDate date, String precision, String basis, String note, LocalDate end) {

		Resolved(String expression, int start, LocalDate date, String precision, String basis, String note) {
			this(expression, start, date, precision, basis, note, null);
		}
	}

	static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

	private DateExpressions() {
	}

	/**
	 * The first date expression of the sentence, resolved.
	 * @param future whether the sentence speaks of something to come ("will meet")
	 */
	static Optional<Resolved> first(String sentence, LocalDate published, boolean future) {
		Resolved best = null;
		// a range ("Nov. 30 to Dec. 1") is taken before the day it starts with
		for (Resolved r : new Resolved[] { CalendarDates.range(sentence, published, future), CalendarDates.monthDay(sentence, published, future),
				CalendarDates.otherLanguage(sentence), CalendarDates.dayMonth(sentence, published, future),
				RelativeDates.weekday(sentence, published, future), RelativeDates.relative(sentence, published), RelativeDates.past(sentence, published),
				CalendarDates.monthOnly(sentence, published, future), CalendarDates.year(sentence) }) {
			if (r != null && (best == null || r.start() < best.start() || (r.start() == best.start() && !best.precision().equals("span")
					&& rank(r.precision()) < rank(best.precision())))) {
				best = r;
			}
		}
		return Optional.ofNullable(best);
	}

	private static int rank(String precision) {
		return switch (precision) {
			case "day" -> 0;
			case "span" -> 1;
			case "month" -> 2;
			default -> 3;
		};
	}

	/** The day of that month and day nearest the publication: the coming one for what is to come, else the last one. */
	static LocalDate nearest(LocalDate published, Month month, int day, boolean future) {
		LocalDate same = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
		if (future && same.isBefore(published.minusDays(7))) {
			return same.plusYears(1);
		}
		if (!future && same.isAfter(published.plusDays(7))) {
			return same.minusYears(1);
		}
		return same;
	}

	static Month month(String text) {
		String t = text.replace(".", "").toLowerCase(Locale.ROOT);
		for (Month month : Month.values()) {
			if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(t.substring(0, 3))) {
				return month;
			}
		}
		throw new IllegalArgumentException(text);
	}

	/** {@code Tue 13 Nov 2018}. */
	static String describe(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth() + " "
				+ date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getYear();
	}

	/** Whether two dates agree within the coarser of their precisions. */
	static boolean compatible(LocalDate a, String precisionA, LocalDate b, String precisionB) {
		return compatible(a, precisionA, null, b, precisionB, null);
	}

	/**
	 * Whether two dates agree within their precisions: the days one stands for (a day, its month, its year, or a span
	 * from its date to its end date) hold the days of the other.
	 */
	static boolean compatible(LocalDate a, String precisionA, LocalDate endA, LocalDate b, String precisionB, LocalDate endB) {
		LocalDate[] x = days(a, precisionA, endA);
		LocalDate[] y = days(b, precisionB, endB);
		return within(x, y) || within(y, x);
	}

	private static boolean within(LocalDate[] inner, LocalDate[] outer) {
		return !inner[0].isBefore(outer[0]) && !inner[1].isAfter(outer[1]);
	}

	/** The first and last day a date of that precision stands for. */
	static LocalDate[] days(LocalDate date, String precision, LocalDate end) {
		return switch (precision) {
			case "year" -> new LocalDate[] { date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear()) };
			case "month" -> new LocalDate[] { date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()) };
			case "span" -> new LocalDate[] { date, end != null && end.isAfter(date) ? end : date };
			default -> new LocalDate[] { date, date };
		};
	}
}
