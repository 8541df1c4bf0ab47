package org.parley.cypher;

import org.parley.dates.Days;

/**
 * The one conversion of typed text to the value Parley sends the driver: a column of a bulk load's CSV
 * ({@code date:date}) and a report parameter ({@code integer}, {@code float}, {@code date}) both read their text here;
 * a report parameter first allows what a person types ({@code 1_000}, {@code today}).
 */
public enum Scalar {

	STRING, DATE, INTEGER, FLOAT;

	/**
	 * The text as this type's value: the text itself, a {@link java.time.LocalDate} by {@link Days}, a {@code Long} or a
	 * finite {@code Double}.
	 * @throws IllegalArgumentException (a {@link NumberFormatException} for a number) when the text is not one
	 */
	public Object parse(String text) {
		return switch (this) {
			case STRING -> text;
			case DATE -> Days.parse(text);
			case INTEGER -> Long.parseLong(text);
			case FLOAT -> finite(Double.parseDouble(text));
		};
	}

	/** Infinity and NaN are not numbers anyone may give ({@code 1e999}, {@code NaN}). */
	private static double finite(double value) {
		if (!Double.isFinite(value)) {
			throw new NumberFormatException("not a finite number");
		}
		return value;
	}
}
