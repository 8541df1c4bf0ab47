package org.parley.report.parameters;

import java.math.BigDecimal;
import java.util.List;

import org.parley.dates.Days;

/**
 * The bounds of a number parameter, declared {@code // param: limit integer = 25 in 1..100000} (or open on one side:
 * {@code in 0..}, {@code in ..10}). A value outside them is refused before the query runs, naming the parameter and
 * the bounds, instead of failing inside the query ({@code LIMIT -1}).
 *
 * @param min the lowest allowed value as written, {@code null} when there is none
 * @param max the highest allowed value as written, {@code null} when there is none
 * @param integer whether the parameter is an integer (else a float), for the wording
 */
public record Range(String min, String max, boolean integer) {

	/**
	 * Reads {@code MIN..MAX}, {@code MIN..} or {@code ..MAX} for an integer or float parameter.
	 * @throws IllegalArgumentException for another type, bounds that are not numbers of the type, or MIN above MAX
	 */
	public static Range parse(String text, ParameterType type) {
		if (type.element() != ScalarType.INTEGER && type.element() != ScalarType.FLOAT) {
			throw new IllegalArgumentException("a range (in MIN..MAX) is only for integer and float parameters");
		}
		int dots = text.indexOf("..");
		String min = text.substring(0, dots).strip();
		String max = text.substring(dots + 2).strip();
		if (min.isEmpty() && max.isEmpty()) {
			throw new IllegalArgumentException("the range '" + text + "' has no bounds");
		}
		var range = new Range(min.isEmpty() ? null : min, max.isEmpty() ? null : max, type.element() == ScalarType.INTEGER);
		for (String bound : new String[] { range.min, range.max }) {
			if (bound != null) {
				try {
					type.element().convert(bound, Days.CLOCK);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("the bound '" + bound + "' of the range is not " + type.element().expected());
				}
			}
		}
		if (range.min != null && range.max != null && number(range.min).compareTo(number(range.max)) > 0) {
			throw new IllegalArgumentException("the range " + text + " is empty: " + range.min + " is above " + range.max);
		}
		return range;
	}

	/**
	 * Checks a converted value (or each of a list's).
	 * @throws IllegalArgumentException with {@link #describe()} when it is out of bounds
	 */
	public void check(Object value) {
		if (value instanceof List<?> items) {
			items.forEach(this::check);
			return;
		}
		if (value == null) {
			return;
		}
		BigDecimal n = number(value.toString());
		if ((min != null && n.compareTo(number(min)) < 0) || (max != null && n.compareTo(number(max)) > 0)) {
			throw new IllegalArgumentException(describe());
		}
	}

	/** "an integer from 1 to 100000", "an integer of at least 1", "a number of at most 10". */
	public String describe() {
		String kind = integer ? "an integer" : "a number";
		if (min != null && max != null) {
			return kind + " from " + min + " to " + max;
		}
		return min != null ? kind + " of at least " + min : kind + " of at most " + max;
	}

	private static BigDecimal number(String text) {
		return new BigDecimal(text.strip().replace("_", ""));
	}
}
