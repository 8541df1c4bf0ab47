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
 * Dates relative to the publication: a weekday ("on Friday", "Tuesday", "next Monday": the next such day for what is
 * to come, else the last one on or before publication) and words like "yesterday", "last week", "next month", "two
 * weeks ago" (a week is its Monday-Sunday span).
 */
final class RelativeDates {

	private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

	private static final Pattern WEEKDAY = Pattern.compile("\\b(last |next |this |on |)(" + DAYS + ")\\b");

	private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tonight|this morning|this week|last week|next week|"
			+ "this month|earlier this month|later this month|last month|next month|earlier in (?:" + DateExpressions.MONTHS + ")|"
			+ "(?:one|two|three|four|a|\\d+) (?:days?|weeks?|months?) ago|this year|last year|next year)\\b", Pattern.CASE_INSENSITIVE);

	/** A stretch of time up to the publication: "over the past two years", "in the last three months". */
	private static final Pattern PAST = Pattern.compile("\\b(?:over|in|during|for|within) the (?:(?:past|last) (one|two|three|four|five|six|\\d{1,3}) "
			+ "(days|weeks|months|years)|past (day|week|month|year))\\b", Pattern.CASE_INSENSITIVE);

	/** "over the past two years": the span from that long before the publication to the publication. */
	static DateExpressions.Resolved past(String s, LocalDate published) {
		Matcher m = PAST.matcher(s);
		if (!m.find()) {
			return null;
		}
		// "over the past year" is one year
		int n = m.group(1) == null ? 1 : number(m.group(1).toLowerCase(Locale.ROOT));
		String unit = (m.group(2) == null ? m.group(3) : m.group(2)).toLowerCase(Locale.ROOT);
		LocalDate from = switch (unit) {
			case "days", "day" -> published.minusDays(n);
			case "weeks", "week" -> published.minusWeeks(n);
			case "months", "month" -> published.minusMonths(n);
			default -> published.minusYears(n);
		};
		return new DateExpressions.Resolved(m.group(), m.start(), from, "span", "derived-from-publication", "\"" + m.group()
				+ "\" in an article published " + DateExpressions.describe(published) + " is " + DateExpressions.describe(from) + " to "
				+ DateExpressions.describe(published) + ".", published);
	}

	private static int number(String word) {
		return switch (word) {
			case "one", "a" -> 1;
			case "two" -> 2;
			case "three" -> 3;
			case "four" -> 4;
			case "five" -> 5;
			case "six" -> 6;
			default -> Integer.parseInt(word);
		};
	}

	static DateExpressions.Resolved weekday(String s, LocalDate published, boolean future) {
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
		return new DateExpressions.Resolved(text, m.start(), date, "day", "derived-from-publication", "\"" + text + "\" in an article published "
				+ DateExpressions.describe(published) + " is " + DateExpressions.describe(date) + ".");
	}

	static DateExpressions.Resolved relative(String s, LocalDate published) {
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
			how = DateExpressions.describe(date);
		}
		else if (text.equals("today") || text.equals("tonight") || text.equals("this morning")) {
			date = published;
			how = DateExpressions.describe(date);
		}
		else if (text.endsWith("week")) {
			LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.plusWeeks(text.startsWith("last") ? -1 : text.startsWith("next") ? 1 : 0);
			return new DateExpressions.Resolved(m.group(1), m.start(), monday, "span", "derived-from-publication", "\"" + m.group(1)
					+ "\" in an article published " + DateExpressions.describe(published) + " is the week of " + DateExpressions.describe(monday) + " to "
					+ DateExpressions.describe(monday.plusDays(6)) + ".", monday.plusDays(6));
		}
		else if (text.contains("month")) {
			date = published.withDayOfMonth(1).plusMonths(text.startsWith("last") ? -1 : text.startsWith("next") ? 1 : 0);
			precision = "month";
			how = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
		}
		else if (text.startsWith("earlier in ")) {
			Month month = DateExpressions.month(text.substring("earlier in ".length()));
			date = DateExpressions.nearest(published, month, 1, false).withDayOfMonth(1);
			precision = "month";
			how = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
		}
		else if (text.endsWith("ago")) {
			String[] words = text.split(" ");
			int n = number(words[0]);
			if (words[1].startsWith("day")) {
				date = published.minusDays(n);
			}
			else if (words[1].startsWith("week")) {
				LocalDate about = published.minusWeeks(n);
				date = about.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				return new DateExpressions.Resolved(m.group(1), m.start(), date, "span", "derived-from-publication", "\"" + m.group(1)
						+ "\" in an article published " + DateExpressions.describe(published) + " is about " + DateExpressions.describe(about) + ": the week of "
						+ DateExpressions.describe(date) + " to " + DateExpressions.describe(date.plusDays(6)) + ".", date.plusDays(6));
			}
			else {
				date = published.minusMonths(n).withDayOfMonth(1);
				precision = "month";
			}
			how = precision.equals("day") ? DateExpressions.describe(date) : "about " + DateExpressions.describe(date) + ", recorded as its month";
		}
		else {
			int year = published.getYear() + (text.startsWith("last") ? -1 : text.startsWith("next") ? 1 : 0);
			date = LocalDate.of(year, 1, 1);
			precision = "year";
			how = String.valueOf(year);
		}
		return new DateExpressions.Resolved(m.group(1), m.start(), date, precision, "derived-from-publication",
				"\"" + m.group(1) + "\" in an article published " + DateExpressions.describe(published) + " is " + how + ".");
	}

	private RelativeDates() {
	}
}
