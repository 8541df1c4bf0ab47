package org.parley;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResidentTests {

	@Test
	void minutesByDefaultOrAUnit() {
		assertThat(Resident.requested("10")).contains(Duration.ofMinutes(10));
		assertThat(Resident.requested(" 90s ")).contains(Duration.ofSeconds(90));
		assertThat(Resident.requested("10m")).contains(Duration.ofMinutes(10));
		assertThat(Resident.requested("2H")).contains(Duration.ofHours(2));
	}

	@Test
	void unsetOffOrZeroIsNoResident() {
		assertThat(Resident.requested(null)).isEmpty();
		assertThat(Resident.requested("")).isEmpty();
		assertThat(Resident.requested("off")).isEmpty();
		assertThat(Resident.requested("0")).isEmpty();
		assertThat(Resident.requested("0s")).isEmpty();
	}

	@Test
	void anythingElseNamesTheVariable() {
		for (String bad : new String[] { "soon", "-5", "10 minutes", "1.5h", "9999999" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> Resident.requested(bad))
				.withMessage("invalid PARLEY_RESIDENT='" + bad
						+ "': expected minutes (10) or a duration such as 90s, 10m or 2h; off or 0 turns it off");
		}
	}
}
