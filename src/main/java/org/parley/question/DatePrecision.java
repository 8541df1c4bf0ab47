package org.parley.question;

import java.time.LocalDate;

/** DatePrecision as precisely as they are known: {@code 2019-10} for a date of month precision, {@code 2018} for a year. */
final class DatePrecision {

	private DatePrecision() {
	}

	static String shown(LocalDate date, String precision) {
		return switch (precision == null ? "day" : precision) {
			case "year" -> String.valueOf(date.getYear());
			case "month" -> date.toString().substring(0, 7);
			default -> date.toString();
		};
	}
}
