package org.parley.report.format;

import java.text.NumberFormat;
import java.util.Locale;

/** A count with its noun in the right number: {@code 1 source}, {@code 4 sources}, {@code 2 entries}. */
public final class Plural {

	private Plural() {
	}

	/** {@code 1 row}, {@code 0 rows}, {@code 12 rows}: the plural adds an s. */
	public static String of(long count, String singular) {
		return of(count, singular, singular + "s");
	}

	/** For nouns whose plural is not the singular and an s ({@code entry}, {@code entries}). */
	public static String of(long count, String singular, String plural) {
		return count + " " + (count == 1 ? singular : plural);
	}

	/** As {@link #of(long, String)} with thousands separated ({@code 20,481 events}), for large counts. */
	public static String grouped(long count, String singular) {
		return NumberFormat.getIntegerInstance(Locale.ROOT).format(count) + " " + (count == 1 ? singular : singular + "s");
	}
}
