package org.parley.ingest;

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
		var date = DateExpressions.first(s.text(), article.published(), !status.equals("in-force"));
		fields.put("effective", date.map(d -> d.date().toString()).orElse(null));
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
