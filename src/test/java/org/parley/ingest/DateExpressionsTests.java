package org.parley.ingest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative and absolute date expressions resolved against the publication day, with precision and derivation. */
class DateExpressionsTests {

	private static final LocalDate TUESDAY = LocalDate.of(2018, 11, 13);

	private static DateExpressions.Resolved first(String text, LocalDate published, boolean future) {
		return DateExpressions.first(text, published, future).orElseThrow();
	}

	@Test
	void weekdaysAreTheLastOneOnOrBeforePublicationOrTheNextOneForWhatIsToCome() {
		var friday = first("The two officials spoke by phone on Friday, according to people briefed", TUESDAY, false);
		assertThat(friday.date()).isEqualTo(LocalDate.of(2018, 11, 9));
		assertThat(friday.precision()).isEqualTo("day");
		assertThat(friday.basis()).isEqualTo("derived-from-publication");
		assertThat(friday.note()).isEqualTo("\"on Friday\" in an article published Tue 13 Nov 2018 is Fri 9 Nov 2018.");
		assertThat(first("The Post reported Tuesday that", TUESDAY, false).date()).isEqualTo(TUESDAY);
		assertThat(first("They will meet on Friday", TUESDAY, true).date()).isEqualTo(LocalDate.of(2018, 11, 16));
		// across a weekend and a month end
		assertThat(first("spoke on Saturday", LocalDate.of(2025, 11, 4), false).date()).isEqualTo(LocalDate.of(2025, 11, 1));
		assertThat(first("met on Friday", LocalDate.of(2025, 12, 1), false).date()).isEqualTo(LocalDate.of(2025, 11, 28));
	}

	@Test
	void weeksAndMonthsAreRecordedWithTheirPrecision() {
		var nextMonth = first("will hold a video call next month", LocalDate.of(2025, 12, 1), true);
		assertThat(nextMonth.date()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(nextMonth.precision()).isEqualTo("month");
		var lastWeek = first("Beijing's announcement last week of controls", LocalDate.of(2025, 10, 18), false);
		assertThat(lastWeek.date()).isEqualTo(LocalDate.of(2025, 10, 6));
		assertThat(lastWeek.precision()).isEqualTo("span");
		assertThat(lastWeek.end()).isEqualTo(LocalDate.of(2025, 10, 12));
		// "two weeks ago" of Tue 13 Nov 2018 is about Tue 30 Oct: the week of Mon 29 Oct to Sun 4 Nov
		var weeksAgo = first("a call between Trump and Xi two weeks ago", TUESDAY, false);
		assertThat(weeksAgo.date()).isEqualTo(LocalDate.of(2018, 10, 29));
		assertThat(weeksAgo.end()).isEqualTo(LocalDate.of(2018, 11, 4));
		assertThat(weeksAgo.precision()).isEqualTo("span");
		assertThat(first("talks resume in early October", LocalDate.of(2019, 9, 5), true).date()).isEqualTo(LocalDate.of(2019, 10, 1));
		assertThat(first("little progress since May, when", TUESDAY, false).date()).isEqualTo(LocalDate.of(2018, 5, 1));
	}

	@Test
	void aStretchUpToPublicationIsASpan() {
		var years = first("who has met him several times over the past two years at international meetings", LocalDate.of(2019, 7, 24), false);
		assertThat(years.expression()).isEqualTo("over the past two years");
		assertThat(years.date()).isEqualTo(LocalDate.of(2017, 7, 24));
		assertThat(years.end()).isEqualTo(LocalDate.of(2019, 7, 24));
		assertThat(years.precision()).isEqualTo("span");
		assertThat(years.basis()).isEqualTo("derived-from-publication");
		assertThat(first("in the last 3 months", TUESDAY, false).date()).isEqualTo(LocalDate.of(2018, 8, 13));
		var year = first("they spoke often over the past year", LocalDate.of(2019, 7, 24), false);
		assertThat(year.expression()).isEqualTo("over the past year");
		assertThat(year.date()).isEqualTo(LocalDate.of(2018, 7, 24));
		assertThat(year.precision()).isEqualTo("span");
	}

	@Test
	void absoluteDatesTakeTheNearestYear() {
		var stated = first("on Friday evening Eastern Time (October 17th).", LocalDate.of(2025, 10, 18), false);
		assertThat(stated.expression()).isEqualTo("on Friday");
		assertThat(stated.date()).isEqualTo(LocalDate.of(2025, 10, 17));
		assertThat(first("to rise to 25 percent on January 1 if", TUESDAY, true).date()).isEqualTo(LocalDate.of(2019, 1, 1));
		var summit = first("from Nov. 30 to Dec. 1", TUESDAY, true);
		assertThat(summit.date()).isEqualTo(LocalDate.of(2018, 11, 30));
		assertThat(summit.precision()).isEqualTo("span");
		assertThat(summit.end()).isEqualTo(LocalDate.of(2018, 12, 1));
		// an embedded post dated in its viewer's language (months.tsv); other words are not taken for months
		var embed = first("— Donald J. Trump (@realDonaldTrump) 1 ноября 2018 г.", TUESDAY, false);
		assertThat(embed.date()).isEqualTo(LocalDate.of(2018, 11, 1));
		assertThat(embed.basis()).isEqualTo("stated");
		assertThat(DateExpressions.first("scored 3 goals 2018 times", TUESDAY, false)).isEmpty();
		assertThat(first("on 17 October 2025", TUESDAY, false).basis()).isEqualTo("stated");
		assertThat(DateExpressions.first("no date here at all", TUESDAY, false)).isEmpty();
	}

	@Test
	void datesAgreeWithinTheCoarserPrecision() {
		assertThat(DateExpressions.compatible(LocalDate.of(2025, 10, 1), "month", LocalDate.of(2025, 10, 24), "day")).isTrue();
		assertThat(DateExpressions.compatible(LocalDate.of(2025, 10, 17), "day", LocalDate.of(2025, 10, 18), "day")).isFalse();
		assertThat(DateExpressions.compatible(LocalDate.of(2018, 1, 1), "year", LocalDate.of(2018, 12, 31), "day")).isTrue();
		// a span holds the days within it, and is held by a month or year that holds all of it
		LocalDate monday = LocalDate.of(2018, 10, 29);
		LocalDate sunday = LocalDate.of(2018, 11, 4);
		assertThat(DateExpressions.compatible(monday, "span", sunday, LocalDate.of(2018, 11, 1), "day", null)).isTrue();
		assertThat(DateExpressions.compatible(monday, "span", sunday, LocalDate.of(2018, 11, 5), "day", null)).isFalse();
		assertThat(DateExpressions.compatible(monday, "span", sunday, LocalDate.of(2018, 11, 1), "month", null)).isFalse();
		assertThat(DateExpressions.compatible(LocalDate.of(2025, 10, 20), "span", LocalDate.of(2025, 10, 26), LocalDate.of(2025, 10, 1), "month", null))
			.isTrue();
	}
}
