package org.parley.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions in a sentence, absolute ("October 17th", "Nov. 30", "in early October", "in 2019") or relative
 * ("on Friday", "Tuesday", "last week", "next month", "two weeks ago", "yesterday"), resolved against the publication
 * date, with the precision and the derivation recorded the way the seed does ({@code dateBasis}, {@code dateNote}).
 * A weekday in a sentence about what is to come is the next such day; otherwise the last one on or before
 * publication (an article of a Tuesday that says "Tuesday" means that day).
 */
final class DateExpressions {

	/** A resolved date: the expression, where it starts in the sentence, the day, its precision and how it was derived. */
	record Resolved(String expression, int start, LocalDate date, String precision, String basis, String note, LocalDate end) {

		Resolved(String expression, int start, LocalDate date, String precision, String basis, String note) {
			this(expression, start, date, precision, basis, note, null);
		}
	}

	private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

	private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")(?: (\\d{4}))?\\b(?!\\.? \\d{1,2}\\b)");

	private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");

	/** Two days of one range: "from Nov. 30 to Dec. 1", "July 29-31": a span, its first and last day. */
	private static final Pattern MONTH_DAY_RANGE = Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)? ?(?:to|until|through|-|–) ?(?:("
			+ MONTHS + ") )?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");

	/** Month names in other languages (months.tsv), read only as "DAY MONTH YEAR" ("1 ноября 2018 г."). */
	private static final Map<String, Integer> OTHER_MONTHS = otherMonths();

	private static final Pattern DAY_OTHER_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\.? (\\p{L}+) (\\d{4})(?![\\p{N}])");

	private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:in|since|by|from|until|through|of|early|late|mid-?|end of) (?:early |late |mid-?)?("
			+ MONTHS + ")(?: (\\d{4}))?\\b(?!\\.? \\d{1,2}\\b)");

	private static final Pattern WEEKDAY = Pattern.compile("\\b(last |next |this |on |)(" + DAYS + ")\\b");

	private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tonight|this morning|this week|last week|next week|"
			+ "this month|earlier this month|later this month|last month|next month|earlier in (?:" + MONTHS + ")|"
			+ "(?:one|two|three|four|a|\\d+) (?:days?|weeks?|months?) ago|this year|last year|next year)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|during|of) (20\\d\\d|19\\d\\d)\\b");

	private DateExpressions() {
	}

	/**
	 * The first date expression of the sentence, resolved.
	 * @param future whether the sentence speaks of something to come ("will meet")
	 */
	static Optional<Resolved> first(String sentence, LocalDate published, boolean future) {
		Resolved best = null;
		// a range ("Nov. 30 to Dec. 1") is taken before the day it starts with
		for (Resolved r : new Resolved[] { range(sentence, published, future), monthDay(sentence, published, future), otherLanguage(sentence),
				dayMonth(sentence, published, future), weekday(sentence, published, future), relative(sentence, published),
				monthOnly(sentence, published, future), year(sentence) }) {
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

	private static Resolved otherLanguage(String s) {
		Matcher m = DAY_OTHER_MONTH_YEAR.matcher(s);
		while (m.find()) {
			Integer month = OTHER_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
			int day = Integer.parseInt(m.group(1));
			if (month == null || day < 1 || day > Month.of(month).maxLength()) {
				continue;
			}
			int year = Integer.parseInt(m.group(3));
			LocalDate date = LocalDate.of(year, month, Math.min(day, Month.of(month).length(java.time.Year.isLeap(year))));
			return new Resolved(m.group(), m.start(), date, "day", "stated", "\"" + m.group() + "\" in the article: " + describe(date) + ".");
		}
		return null;
	}

	private static Map<String, Integer> otherMonths() {
		try (var in = DateExpressions.class.getResourceAsStream("/ingest/months.tsv")) {
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

	private static Resolved range(String s, LocalDate published, boolean future) {
		Matcher m = MONTH_DAY_RANGE.matcher(s);
		while (m.find()) {
			Month first = month(m.group(1));
			Month last = m.group(3) != null ? month(m.group(3)) : first;
			int from = Integer.parseInt(m.group(2));
			int to = Integer.parseInt(m.group(4));
			if (from < 1 || from > first.maxLength() || to < 1 || to > last.maxLength()) {
				continue;
			}
			Resolved a = dated(m.group(), m.start(), first, from, m.group(5), published, future);
			LocalDate end = a.date().withMonth(last.getValue()).withDayOfMonth(Math.min(to, last.length(a.date().isLeapYear())));
			if (end.isBefore(a.date())) {
				end = end.plusYears(1);
			}
			if (!end.isAfter(a.date()) || end.isAfter(a.date().plusDays(62))) {
				continue;
			}
			return new Resolved(a.expression(), a.start(), a.date(), "span", a.basis(), a.note().replaceFirst("\\.$", "")
					+ " to " + describe(end) + ".", end);
		}
		return null;
	}

	private static Resolved monthDay(String s, LocalDate published, boolean future) {
		Matcher m = MONTH_DAY.matcher(s);
		while (m.find()) {
			int day = Integer.parseInt(m.group(2));
			Month month = month(m.group(1));
			if (day < 1 || day > month.maxLength()) {
				continue;
			}
			return dated(m.group(), m.start(), month, day, m.group(3), published, future);
		}
		return null;
	}

	private static Resolved dayMonth(String s, LocalDate published, boolean future) {
		Matcher m = DAY_MONTH_YEAR.matcher(s);
		while (m.find()) {
			int day = Integer.parseInt(m.group(1));
			Month month = month(m.group(2));
			if (day < 1 || day > month.maxLength()) {
				continue;
			}
			return dated(m.group(), m.start(), month, day, m.group(3), published, future);
		}
		return null;
	}

	private static Resolved dated(String text, int start, Month month, int day, String year, LocalDate published, boolean future) {
		if (year != null) {
			return new Resolved(text, start, LocalDate.of(Integer.parseInt(year), month, Math.min(day, month.length(
					java.time.Year.isLeap(Integer.parseInt(year))))), "day", "stated", "\"" + text + "\" in the article.");
		}
		LocalDate date = nearest(published, month, day, future);
		return new Resolved(text, start, date, "day", "derived-from-publication", "\"" + text + "\" in an article published "
				+ describe(published) + " is " + describe(date) + ".");
	}

	/** The day of that month and day nearest the publication: the coming one for what is to come, else the last one. */
	private static LocalDate nearest(LocalDate published, Month month, int day, boolean future) {
		LocalDate same = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
		if (future && same.isBefore(published.minusDays(7))) {
			return same.plusYears(1);
		}
		if (!future && same.isAfter(published.plusDays(7))) {
			return same.minusYears(1);
		}
		return same;
	}

	private static Resolved weekday(String s, LocalDate published, boolean future) {
		Matcher m = WEEKDAY.matcher(s);
		if (!m.find()) {
			return null;
		}
		DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
		String modifier = m.group(1).strip().toLowerCase(Locale.ROOT);
		LocalDate date;
		if (modifier.equals("next") || (future && !modifier.equals("last"))) {
			date = published.with(TemporalAdjusters.next(day));
		}
		else if (modifier.equals("last")) {
			date = published.with(TemporalAdjusters.previous(day));
		}
		else {
			date = published.with(TemporalAdjusters.previousOrSame(day));
		}
		String text = m.group().strip();
		return new Resolved(text, m.start(), date, "day", "derived-from-publication", "\"" + text + "\" in an article published "
				+ describe(published) + " is " + describe(date) + ".");
	}

	private static Resolved relative(String s, LocalDate published) {
		Matcher m = RELATIVE.matcher(s);
		if (!m.find()) {
			return null;
		}
		String text = m.group(1).toLowerCase(Locale.ROOT);
		LocalDate date;
		String precision = "day";
		String how;
		if (text.equals("yesterday")) {
			date = published.minusDays(1);
			how = describe(date);
		}
		else if (text.equals("today") || text.equals("tonight") || text.equals("this morning")) {
			date = published;
			how = describe(date);
		}
		else if (text.endsWith("week")) {
			LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.plusWeeks(text.startsWith("last") ? -1 : text.startsWith("next") ? 1 : 0);
			return new Resolved(m.group(1), m.start(), monday, "span", "derived-from-publication", "\"" + m.group(1)
					+ "\" in an article published " + describe(published) + " is the week of " + describe(monday) + " to "
					+ describe(monday.plusDays(6)) + ".", monday.plusDays(6));
		}
		else if (text.contains("month")) {
			date = published.withDayOfMonth(1).plusMonths(text.startsWith("last") ? -1 : text.startsWith("next") ? 1 : 0);
			precision = "month";
			how = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
		}
		else if (text.startsWith("earlier in ")) {
			Month month = month(text.substring("earlier in ".length()));
			date = nearest(published, month, 1, false).withDayOfMonth(1);
			precision = "month";
			how = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
		}
		else if (text.endsWith("ago")) {
			String[] words = text.split(" ");
			int n = switch (words[0]) {
				case "one", "a" -> 1;
				case "two" -> 2;
				case "three" -> 3;
				case "four" -> 4;
				default -> Integer.parseInt(words[0]);
			};
			if (words[1].startsWith("day")) {
				date = published.minusDays(n);
			}
			else if (words[1].startsWith("week")) {
				LocalDate about = published.minusWeeks(n);
				date = about.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				return new Resolved(m.group(1), m.start(), date, "span", "derived-from-publication", "\"" + m.group(1)
						+ "\" in an article published " + describe(published) + " is about " + describe(about) + ": the week of "
						+ describe(date) + " to " + describe(date.plusDays(6)) + ".", date.plusDays(6));
			}
			else {
				date = published.minusMonths(n).withDayOfMonth(1);
				precision = "month";
			}
			how = precision.equals("day") ? describe(date) : "about " + describe(date) + ", recorded as its month";
		}
		else {
			int year = published.getYear() + (text.startsWith("last") ? -1 : text.startsWith("next") ? 1 : 0);
			date = LocalDate.of(year, 1, 1);
			precision = "year";
			how = String.valueOf(year);
		}
		return new Resolved(m.group(1), m.start(), date, precision, "derived-from-publication",
				"\"" + m.group(1) + "\" in an article published " + describe(published) + " is " + how + ".");
	}

	private static Resolved monthOnly(String s, LocalDate published, boolean future) {
		Matcher m = MONTH_ONLY.matcher(s);
		while (m.find()) {
			Month month = month(m.group(1));
			if (m.group(1).equals("May") && !m.group().toLowerCase(Locale.ROOT).matches("(in|since|by|until|through|early|late|end of) .*")) {
				continue;
			}
			LocalDate date = m.group(2) != null ? LocalDate.of(Integer.parseInt(m.group(2)), month, 1)
					: nearest(published, month, 1, future).withDayOfMonth(1);
			String basis = m.group(2) != null ? "stated" : "derived-from-publication";
			String note = m.group(2) != null ? "\"" + m.group() + "\" in the article." : "\"" + m.group() + "\" in an article published "
					+ describe(published) + " is " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear() + ".";
			return new Resolved(m.group(), m.start(1), date, "month", basis, note);
		}
		return null;
	}

	private static Resolved year(String s) {
		Matcher m = YEAR.matcher(s);
		if (!m.find()) {
			return null;
		}
		return new Resolved(m.group(), m.start(), LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), "year", "stated",
				"\"" + m.group() + "\" in the article.");
	}

	private static Month month(String text) {
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
