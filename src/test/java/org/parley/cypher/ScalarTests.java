package org.parley.cypher;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.dates.Days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one text-to-value conversion of bulk-load columns and report parameters. */
class ScalarTests {

	@Test
	void convertsEachType() {
		assertThat(Scalar.STRING.parse(" as is ")).isEqualTo(" as is ");
		assertThat(Scalar.INTEGER.parse("42")).isEqualTo(42L);
		assertThat(Scalar.FLOAT.parse("0.5")).isEqualTo(0.5);
		assertThat(Scalar.DATE.parse("2019-07-30")).isEqualTo(LocalDate.of(2019, 7, 30));
	}

	@Test
	void refusesWhatIsNotOfTheType() {
		assertThatThrownBy(() -> Scalar.INTEGER.parse("1_000")).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Scalar.INTEGER.parse("1.5")).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Scalar.FLOAT.parse("1e999")).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Scalar.FLOAT.parse("NaN")).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> Scalar.DATE.parse("2019-13-45")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage(Days.FORM);
		assertThatThrownBy(() -> Scalar.DATE.parse("0999-01-01")).hasMessage(Days.YEARS);
	}
}
