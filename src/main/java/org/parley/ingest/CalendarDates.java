package org.parley.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates in a sentence: a day of a month ("October 17th", "Nov. 30", "1 December 2018", "1 ноября 2018 г."
 * through {@code months.tsv}), a range of days ("from Nov. 30 to Dec. 1"), a month ("in early October") or a year ("in
 * 2019"). Without a year, the month and day nearest the publication date.
 */
final class CalendarDates {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) (" + DateExpressions.MONTHS + ")(?: (\\d{4}))?\\b(?!\\.? \\d{1,2}\\b)");

	private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + DateExpressions.MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");

	/** Two days of one range: "from Nov. 30 to Dec. 1", "July 29-31": a span, its first and last day. */
	private static final Pattern MONTH_DAY_RANGE = Pattern.compile("\\b(" + DateExpressions.MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)? ?(?:to|until|through|-|–) ?(?:("
			+ DateExpressions.MONTHS + ") )?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");

	/** Month names in other languages (months.tsv), read only as "DAY MONTH YEAR" ("1 ноября 2018 г."). */
	private static final Map<String, Integer> OTHER_MONTHS = otherMonths();

	private static final Pattern DAY_OTHER_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\.? (\\p{L}+) (\\d{4})(?![\\p{N}])");

	private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:in|since|by|from|until|through|of|early|late|mid-?|end of) (?:early |late |mid-?)?("
			+ DateExpressions.MONTHS + ")(?: (\\d{4}))?\\b(?!\\.? \\d{1,2}\\b)");

	private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|during|of) (20\\d\\d|19\\d\\d)\\b");

	static DateExpressions.Resolved otherLanguage(String s) {
		Matcher m = DAY_OTHER_MONTH_YEAR.matcher(s);
		while (m.find()) {
			Integer month = OTHER_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
			int day = Integer.parseInt(m.group(1));
			if (month == null || day < 1 || day > Month.of(month).maxLength()) {
				continue;
			}
			int year = Integer.parseInt(m.group(3));
			LocalDate date = LocalDate.of(year, month, Math.min(day, Month.of(month).length(java.time.Year.isLeap(year))));
			return new DateExpressions.Resolved(m.group(), m.start(), date, "day", "stated", "\"" + m.group() + "\" in the article: " + DateExpressions.describe(date) + ".");
		}
		return null;
	}

	private static Map<String, Integer> otherMonths() {
		try (var in = CalendarDates.class.getResourceAsStream("/ingest/months.tsv")) {
			if (in == null) {
				throw new org.parley.errors.ParleyException("ingest/months.tsv is missing from the build");
			}
			var out = new java.util.HashMap<String, Integer>();
			new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
				.map(l -> l.split("\t")).forEach(c -> out.put(c[0].strip().toLowerCase(Locale.ROOT), Integer.parseInt(c[1].strip())));
			return Map.copyOf(out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static DateExpressions.Resolved range(String s, LocalDate published, boolean future) {
		Matcher m = MONTH_DAY_RANGE.matcher(s);
		while (m.find()) {
			Month first = DateExpressions.month(m.group(1));
			Month last = m.group(3) != null ? DateExpressions.month(m.group(3)) : first;
			int from = Integer.parseInt(m.group(2));
			int to = Integer.parseInt(m.group(4));
			if (from < 1 || from > first.maxLength() || to < 1 || to > last.maxLength()) {
				continue;
			}
			DateExpressions.Resolved a = dated(m.group(), m.start(), first, from, m.group(5), published, future);
			LocalDate end = a.date().withMonth(last.getValue()).withDayOfMonth(Math.min(to, last.length(a.date().isLeapYear())));
			if (end.isBefore(a.date())) {
				end = end.plusYears(1);
			}
			if (!end.isAfter(a.date()) || end.isAfter(a.date().plusDays(62))) {
				continue;
			}
			return new DateExpressions.Resolved(a.expression(), a.start(), a.date(), "span", a.basis(), a.note().replaceFirst("\\.$", "")
					+ " to " + DateExpressions.describe(end) + ".", end);
		}
		return null;
	}

	static DateExpressions.Resolved monthDay(String s, LocalDate published, boolean future) {
		Matcher m = MONTH_DAY.matcher(s);
		while (m.find()) {
			int day = Integer.parseInt(m.group(2));
			Month month = DateExpressions.month(m.group(1));
			if (day < 1 || day > month.maxLength()) {
				continue;
			}
			return dated(m.group(), m.start(), month, day, m.group(3), published, future);
		}
		return null;
	}

	static DateExpressions.Resolved dayMonth(String s, LocalDate published, boolean future) {
		Matcher m = DAY_MONTH_YEAR.matcher(s);
		while (m.find()) {
			int day = Integer.parseInt(m.group(1));
			Month month = DateExpressions.month(m.group(2));
			if (day < 1 || day > month.maxLength()) {
				continue;
			}
			return dated(m.group(), m.start(), month, day, m.group(3), published, future);
		}
		return null;
	}

	private static DateExpressions.Resolved dated(String text, int start, Month month, int day, String year, LocalDate published, boolean future) {
		if (year != null) {
			return new DateExpressions.Resolved(text, start, LocalDate.of(Integer.parseInt(year), month, Math.min(day, month.length(
					java.time.Year.isLeap(Integer.parseInt(year))))), "day", "stated", "\"" + text + "\" in the article.");
		}
		LocalDate date = DateExpressions.nearest(published, month, day, future);
		return new DateExpressions.Resolved(text, start, date, "day", "derived-from-publication", "\"" + text + "\" in an article published "
				+ DateExpressions.describe(published) + " is " + DateExpressions.describe(date) + ".");
	}

	static DateExpressions.Resolved monthOnly(String s, LocalDate published, boolean future) {
		Matcher m = MONTH_ONLY.matcher(s);
		while (m.find()) {
			Month month = DateExpressions.month(m.group(1));
			if (m.group(1).equals("May") && !m.group().toLowerCase(Locale.ROOT).matches("(in|since|by|until|through|early|late|end of) .*")) {
				continue;
			}
			LocalDate date = m.group(2) != null ? LocalDate.of(Integer.parseInt(m.group(2)), month, 1)
					: DateExpressions.nearest(published, month, 1, future).withDayOfMonth(1);
			String basis = m.group(2) != null ? "stated" : "derived-from-publication";
			String note = m.group(2) != null ? "\"" + m.group() + "\" in the article." : "\"" + m.group() + "\" in an article published "
					+ DateExpressions.describe(published) + " is " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear() + ".";
			return new DateExpressions.Resolved(m.group(), m.start(1), date, "month", basis, note);
		}
		return null;
	}

	static DateExpressions.Resolved year(String s) {
		Matcher m = YEAR.matcher(s);
		if (!m.find()) {
			return null;
		}
		return new DateExpressions.Resolved(m.group(), m.start(), LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), "year", "stated",
				"\"" + m.group() + "\" in the article.");
	}

	private CalendarDates() {
	}
}
