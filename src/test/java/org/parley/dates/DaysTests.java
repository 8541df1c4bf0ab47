package org.parley.dates;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DaysTests {

	@Test
	void readsDaysFromTheYear1000ToTheYear9999() {
		assertThat(Days.parse("2019-07-30")).isEqualTo(LocalDate.of(2019, 7, 30));
		assertThat(Days.parse(" 1000-01-01 ")).isEqualTo(LocalDate.of(1000, 1, 1));
		assertThat(Days.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
		assertThat(Days.parse("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+99999-01-01", "-2019-01-01", "99999-01-01", "+2019-01-01", "2019-02-30", "2019-7-30",
			"30/07/2019", "2019-07-30T00:00", "", "today", "２０１９-07-30" })
	void refusesAnythingElseAsNotADate(String text) {
		assertThatThrownBy(() -> Days.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(Days.FORM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-01-01", "0999-12-31", "0001-01-01" })
	void refusesYearsBefore1000ByTheirRange(String text) {
		assertThatThrownBy(() -> Days.parse(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("a date with a year from 1000 to 9999");
	}

	@Test
	void todayIsTheDayInUtcWhateverTheLocalZone() {
		LocalDate before = LocalDate.now(ZoneOffset.UTC);
		LocalDate today = Days.today();
		LocalDate after = LocalDate.now(ZoneOffset.UTC);
		assertThat(today).isBetween(before, after);
		assertThat(Days.CLOCK.getZone()).isEqualTo(ZoneOffset.UTC);
	}
}
