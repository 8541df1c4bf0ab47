package org.parley.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measures a sentence tells: a tariff with a rate ("25%", "from 10% to 25%") or an amount of goods ("$200
 * billion"), its status ({@code statuses.tsv}), the day it takes effect, and whose goods it is on ({@code sides.tsv}).
 */
final class Measures {

	private static final Pattern TARIFF = Pattern.compile("\\b(tariffs?|duties|levies)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?(%|percent|per cent)");

	private static final Pattern AMOUNT = Pattern.compile("(?:US)?\\$ ?(\\d+(?:\\.\\d+)?) (billion|million|trillion)");

	private static final Pattern RATE_CHANGE = Pattern.compile("from (\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent) to (\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent)");

	private final Cues cues;

	Measures(Cues cues) {
		this.cues = cues;
	}

	void measure(Article article, Sentences.Sentence s, List<Proposal> out) {
		Matcher tariff = TARIFF.matcher(s.text());
		if (!tariff.find()) {
			return;
		}
		Matcher rate = RATE.matcher(s.text());
		Matcher amount = AMOUNT.matcher(s.text());
		boolean hasRate = rate.find();
		boolean hasAmount = amount.find();
		if (!hasRate && !hasAmount) {
			return;
		}
		var status = Cues.first(cues.statuses(), s.text()).map(m -> m.rule().value()).orElse("in-force");
		var fields = new LinkedHashMap<String, Object>();
		fields.put("measure", "tariff");
		fields.put("rate", hasRate ? Double.valueOf(rate.group(1)) : null);
		fields.put("goodsValueUsd", hasAmount ? (long) (Double.parseDouble(amount.group(1)) * switch (amount.group(2).toLowerCase(Locale.ROOT)) {
			case "trillion" -> 1e12;
			case "billion" -> 1e9;
			default -> 1e6;
		}) : null);
		int after = hasRate ? rate.end() : amount.end();
		fields.put("effective", effective(s.text(), after, article.published(), !status.equals("in-force")));
		fields.put("status", status.equals("happened") ? "in-force" : status);
		Matcher change = RATE_CHANGE.matcher(s.text());
		if (change.find()) {
			fields.put("rateFrom", Double.valueOf(change.group(1)));
			fields.put("rate", Double.valueOf(change.group(2)));
		}
		fields.put("title", measureTitle(fields));
		fields.put("by", null);
		fields.put("targets", targets(s.text()));
		int from = s.start() + Math.min(tariff.start(), hasRate ? rate.start() : Integer.MAX_VALUE);
		int to = s.start() + Math.max(tariff.end(), hasRate ? rate.end() : 0);
		var span = Spans.phrase(article.text(), from, to, s);
		out.add(Proposal.of("p" + (out.size() + 1), "measure", 0.5, "'" + tariff.group() + "' with " + (hasRate ? "a rate " + rate.group() : "")
				+ (hasRate && hasAmount ? " and " : "") + (hasAmount ? "an amount " + amount.group() : ""), span.start(), span.end(), span.text(), fields));
	}

	/**
	 * The day a measure takes effect: a date right after words that say so ("starting on November 1", "effective
	 * Jan. 1", "takes effect on"), or after "on" once the rate or amount is told ("from 10% to 25% on January 1"). Not
	 * just any date of the sentence: "a speech on Tuesday defending tariffs of 25 percent" says when the speech was, so
	 * the reviewer is left to fill it in.
	 */
	static String effective(String sentence, int afterRate, LocalDate published, boolean future) {
		Matcher cue = EFFECT.matcher(sentence);
		while (cue.find()) {
			boolean plainOn = cue.group(1) == null;
			if (plainOn && cue.start() < afterRate) {
				continue;
			}
			var date = DateExpressions.first(sentence.substring(cue.end()), published, future);
			// after a plain "on", only a calendar day ("on January 1"), not a weekday the sentence's event was told on
			if (date.isPresent() && date.get().start() == 0 && (!plainOn || date.get().expression().matches(".*\\d.*"))) {
				return date.get().date().toString();
			}
		}
		return null;
	}

	/** Words before the day a measure takes effect; a plain "on" (group 1 null) counts only after the rate. */
	private static final Pattern EFFECT = Pattern.compile("\\b(?:(starting|effective|beginning|as of|from|(?:takes?|took|goes|go|went|comes?|came) "
			+ "(?:into )?(?:effect|force))(?: on| from| in)? |on )", Pattern.CASE_INSENSITIVE);

	/** "Tariff of 25% on $200 billion of goods": what the reviewer reads first, edited as they like. */
	private static String measureTitle(Map<String, Object> fields) {
		var title = new StringBuilder("Tariff");
		if (fields.get("rate") instanceof Double rate) {
			title.append(fields.get("rateFrom") instanceof Double from ? " from " + percent(from) + " to " + percent(rate) : " of " + percent(rate));
		}
		if (fields.get("goodsValueUsd") instanceof Long value) {
			title.append(" on $").append(value >= 1_000_000_000L ? value / 1_000_000_000L + " billion" : value / 1_000_000L + " million").append(" of goods");
		}
		return title.toString();
	}

	private static String percent(double rate) {
		return (rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate)) + "%";
	}

	/** The countries whose goods a tariff is on ("on Chinese imports", "on US goods"), by the words of sides.tsv. */
	private List<String> targets(String sentence) {
		var out = new LinkedHashSet<String>();
		for (var side : cues.sides()) {
			Matcher m = Pattern.compile("\\b(on|against) (?:(?:US)?\\$ ?[\\d.]+ (?:billion|million|trillion) (?:worth of |of )?)?(all )?(remaining )?" + side.pattern().pattern() + " (imports|goods|exports|products)\\b")
				.matcher(sentence);
			if (m.find()) {
				out.add(side.value());
			}
		}
		return List.copyOf(out);
	}
}
