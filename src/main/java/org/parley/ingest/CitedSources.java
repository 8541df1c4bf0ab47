package org.parley.ingest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The media outlets of the graph a sentence cites ("according to Reuters", "told Bloomberg"), each proposed once. */
final class CitedSources {

	private static final Pattern CITES = Pattern.compile("\\b(reported|reports|according to|told|said|citing|confirmed)\\b",
			Pattern.CASE_INSENSITIVE);

	private final Gazetteer gazetteer;

	CitedSources(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	void cited(Article article, Sentences.Sentence s, List<Proposal> out) {
		Matcher cites = CITES.matcher(s.text());
		if (!cites.find()) {
			return;
		}
		String t = Recognizer.norm(s.text());
		for (var o : gazetteer.organizations()) {
			if (!"media-outlet".equals(o.kind())) {
				continue;
			}
			for (String n : o.names()) {
				Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(Recognizer.norm(n)) + "(?![\\p{L}])").matcher(t);
				if (n.length() >= 3 && m.find()) {
					boolean seen = out.stream().anyMatch(p -> p.kind().equals("source") && o.id().equals(p.text("outlet")));
					if (!seen) {
						var span = Spans.phrase(article.text(), s.start() + m.start(), s.start() + m.end(), s);
						out.add(Proposal.of("p" + (out.size() + 1), "source", 0.8, "'" + n + "' is a media outlet in the graph, cited ('"
								+ cites.group() + "')", span.start(), span.end(), span.text(), Map.of("outlet", o.id())));
					}
					break;
				}
			}
		}
	}
}
