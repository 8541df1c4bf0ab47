package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.parley.errors.ParleyException;
import org.parley.files.TextFiles;

/**
 * The rules that map words to channels, statuses and stances, and the other word lists of {@code ingest}: data files
 * a person can read and extend ({@code src/main/resources/ingest/*.tsv}), not code. A broken rule names its file and line.
 */
record Cues(List<Rule> channels, List<Rule> statuses, List<Rule> stances, List<Rule> titles, List<Rule> sides,
		List<String> words, List<Rule> delegations, List<Rule> groups) {

	/** One line of a rules file: the pattern, the value it gives, and an optional score. */
	record Rule(Pattern pattern, String value, Double score, String line, boolean weak) {
	}

	private static volatile Cues loaded;

	static Cues get() {
		Cues cues = loaded;
		if (cues == null) {
			cues = new Cues(rules("channels.tsv", true), rules("statuses.tsv", true), rules("stances.tsv", true),
					literal("titles.tsv", true), literal("sides.tsv", false),
					lines("words.tsv").stream().map(l -> l.strip()).toList(), rules("delegations.tsv", true),
					rules("groups.tsv", true));
			loaded = cues;
		}
		return cues;
	}

	/** The value of the first rule that matches the text, with where it matched. */
	static Optional<Match> first(List<Rule> rules, String text) {
		Match weak = null;
		for (Rule rule : rules) {
			var m = rule.pattern().matcher(text);
			if (m.find()) {
				if (!rule.weak()) {
					return Optional.of(new Match(rule, m.start(), m.end()));
				}
				weak = weak != null ? weak : new Match(rule, m.start(), m.end());
			}
		}
		return Optional.ofNullable(weak);
	}

	record Match(Rule rule, int start, int end) {
	}

	private static List<Rule> rules(String name, boolean ignoreCase) {
		var rules = new ArrayList<Rule>();
		int number = 0;
		for (String line : lines(name)) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t");
			if (cells.length < 2) {
				throw new ParleyException("ingest/" + name + ":" + number + ": expected a pattern, a tab and a value");
			}
			try {
				boolean weak = cells.length > 2 && cells[2].strip().equals("weak");
				rules.add(new Rule(Pattern.compile(cells[0], ignoreCase ? Pattern.CASE_INSENSITIVE : 0), cells[1].strip(),
						cells.length > 2 && !weak ? Double.valueOf(cells[2].strip()) : null, line, weak));
			}
			catch (PatternSyntaxException | NumberFormatException ex) {
				throw new ParleyException("ingest/" + name + ":" + number + ": " + ex.getMessage().lines().findFirst().orElse(""));
			}
		}
		return rules;
	}

	/** Rules whose first cell is words, matched as whole words. */
	private static List<Rule> literal(String name, boolean ignoreCase) {
		var rules = new ArrayList<Rule>();
		for (String line : lines(name)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t");
			rules.add(new Rule(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(cells[0].strip()) + "(?![\\p{L}\\p{N}])",
					ignoreCase ? Pattern.CASE_INSENSITIVE : 0), cells[1].strip(), null, line, false));
		}
		return rules;
	}

	private static List<String> lines(String name) {
		try (InputStream in = Cues.class.getResourceAsStream("/ingest/" + name)) {
			if (in == null) {
				throw new ParleyException("ingest/" + name + " is missing from the build");
			}
			return TextFiles.decode(in.readAllBytes(), "ingest/" + name).lines().filter(l -> !l.startsWith("#")
					|| true).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
