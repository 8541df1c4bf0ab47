package org.parley.question;

import java.util.List;
import java.util.Locale;

import org.parley.errors.UsageException;

/**
 * {@code --synthetic include|only|exclude}: whether an answer counts the synthetic data of {@code generate} and
 * {@code load} (nodes labelled {@code Synthetic}, ids {@code syn-...}) beside the seed's and the curated data.
 * The reports take it as their {@code synthetic} parameter.
 */
final class SyntheticFilter {

	static final String OPTION = "Synthetic data (from generate or load): include, only or exclude. Default: include.";

	private static final List<String> VALUES = List.of("include", "only", "exclude");

	private SyntheticFilter() {
	}

	/** @throws UsageException naming the option and its values */
	static String parse(String value) {
		if (value == null) {
			return "include";
		}
		String lower = value.strip().toLowerCase(Locale.ROOT);
		if (!VALUES.contains(lower)) {
			throw new UsageException("invalid value '" + value + "' for --synthetic: expected include, only or exclude");
		}
		return lower;
	}
}
