package org.parley.cli;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.dates.Days;
import org.parley.errors.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The common options' one definition: --format, --by, dates and --limit read and refused the same way everywhere. */
class CommonOptionsTests {

	@Test
	void formatsAndPeriods() {
		assertThat(CommonOptions.format(null)).isEqualTo("table");
		assertThat(CommonOptions.format(" MD ")).isEqualTo("markdown");
		assertThat(CommonOptions.format("Json")).isEqualTo("json");
		assertThatThrownBy(() -> CommonOptions.format("xml")).isInstanceOf(UsageException.class)
			.hasMessage("invalid value 'xml' for --format: expected one of table, csv, json, markdown, html");
		assertThat(CommonOptions.period(null)).isEqualTo("quarter");
		assertThat(CommonOptions.period("Month")).isEqualTo("month");
		assertThatThrownBy(() -> CommonOptions.period("week"))
			.hasMessage("invalid value 'week' for --by: expected one of month, quarter, year");
	}

	@Test
	void datesByTheOneRule() {
		assertThat(CommonOptions.date("at", null)).isNull();
		assertThat(CommonOptions.date("at", "2019-07-30")).isEqualTo(LocalDate.of(2019, 7, 30));
		assertThat(CommonOptions.date("at", "today")).isEqualTo(Days.today());
		assertThatThrownBy(() -> CommonOptions.date("as-of", "2019-13-45"))
			.hasMessage("invalid value '2019-13-45' for --as-of: expected a date as YYYY-MM-DD, e.g. 2019-07-30, or today");
		assertThatThrownBy(() -> CommonOptions.date("from", "0999-01-01")).hasMessageContaining("a year from 1000 to 9999");
	}

	@Test
	void limitsAndConfirmations() {
		assertThat(CommonOptions.limit(null)).isNull();
		assertThat(CommonOptions.limit(5)).isEqualTo(5);
		assertThatThrownBy(() -> CommonOptions.limit(0)).hasMessage("invalid value '0' for --limit: expected a whole number from 1");
		assertThatThrownBy(() -> CommonOptions.confirmed("yes", false, "unload deletes every :Synthetic node"))
			.hasMessage("unload deletes every :Synthetic node; add --yes to confirm");
	}
}
