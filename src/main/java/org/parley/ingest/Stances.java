package org.parley.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stance statements a sentence makes ({@code stances.tsv}): whose stance, on which topic, and who assessed it (an
 * analyst the text names, with their organisation, or else the outlet's own wording).
 */
final class Stances {

	private final Gazetteer gazetteer;

	private final Cues cues;

	Stances(Gazetteer gazetteer, Cues cues) {
		this.gazetteer = gazetteer;
		this.cues = cues;
	}

	void stance(Article article, Sentences.Sentence s, List<Mention> here, Map<String, String> personProposal, List<Proposal> out) {
		var cue = Cues.first(cues.stances(), s.text());
		if (cue.isEmpty() || here.isEmpty()) {
			return;
		}
		int at = s.start() + cue.get().start();
		Mention analyst = here.stream().filter(m -> Analysts.isAnalyst(article.text(), m.end())).findFirst().orElse(null);
		List<Mention> subjects = here.stream().filter(m -> m != analyst && m.start() < at).toList();
		Mention subject = subjects.isEmpty() ? here.stream().filter(m -> m != analyst).findFirst().orElse(null) : subjects.get(subjects.size() - 1);
		if (subject == null) {
			return;
		}
		var fields = new LinkedHashMap<String, Object>();
		fields.put("person", subject.person() != null ? subject.person() : personProposal.get(subject.key()));
		fields.put("stance", cue.get().rule().value());
		fields.put("score", cue.get().rule().score());
		fields.put("from", article.published().toString());
		fields.put("issue", issue(s.text()));
		if (analyst != null) {
			fields.put("assessor", analyst.person() != null ? analyst.person() : personProposal.get(analyst.key()));
			fields.put("assessorKind", "analyst");
			fields.put("assessorOrganization", Analysts.organization(article.text(), analyst.end()));
		}
		else {
			fields.put("assessor", outlet(article.outlet())); // null: the outlet the source names, as `assess` takes it
			fields.put("assessorKind", "outlet");
		}
		String reason = "'" + cue.get().rule().line().split("\t")[0] + "' (stances.tsv) near " + subject.surface() + "; "
				+ (analyst != null ? "assessed by the analyst " + analyst.surface() : "the outlet's own wording, no analyst quoted");
		var span = Spans.phrase(article.text(), at, s.start() + cue.get().end(), s);
		out.add(Proposal.of("p" + (out.size() + 1), "stance", analyst != null ? 0.6 : 0.5, reason, span.start(), span.end(), span.text(), fields));
	}

	/** The topic of the graph a stance is on: one the sentence names ("tariffs"), else the trade negotiations. */
	private String issue(String sentence) {
		String t = sentence.toLowerCase(Locale.ROOT);
		for (String topic : gazetteer.topics()) {
			if (t.contains(topic.replace('-', ' '))) {
				return topic;
			}
		}
		return gazetteer.topics().contains("trade-negotiations") ? "trade-negotiations" : gazetteer.topics().isEmpty() ? null : gazetteer.topics().get(0);
	}

	/** The id of the outlet of that name in the graph, or null. */
	private String outlet(String name) {
		if (name == null) {
			return null;
		}
		return gazetteer.organizations().stream().filter(o -> o.name().equalsIgnoreCase(name) || o.id().equalsIgnoreCase(name)
				|| o.aliases().stream().anyMatch(name::equalsIgnoreCase)).map(o -> o.id()).findFirst().orElse(null);
	}
}
