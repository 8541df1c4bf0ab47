package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article into proposals: the people it names ({@link Recognizer}), then sentence by sentence, clause by
 * clause, the interactions ({@link Interactions}), stances ({@link Stances}), measures ({@link Measures}) and the
 * outlets it cites ({@link CitedSources}). An interaction the graph already has (same channel, same people, date
 * within its precision) becomes new evidence on it; the same interaction told twice in the article is one event with
 * two pieces of evidence ({@link Retold}).
 */
final class Extractor {

	private static final Pattern GROUP_OF_TWO = Pattern.compile("\\b(the two|both|the duo|the pair)\\b"
			+ "(?! (sides|countries|nations|economies|governments|delegations))", Pattern.CASE_INSENSITIVE);

	/** A sentence that ends like one: captions and headlines are not where "the two" were named. */
	private static final Pattern FULL_SENTENCE = Pattern.compile("[.!?\"”’]\\s*$");

	private static final Pattern CLAUSE = Pattern.compile(", and |; |, while |, but | while |, whereas |, which |, where ");

	/** A clause that starts as a relative one: it tells of the person named right before it. */
	private static final Pattern RELATIVE = Pattern.compile(", where $");

	private final Gazetteer gazetteer;

	private final Cues cues;

	private final Recognizer recognizer;

	private final Interactions interactions;

	private final Stances stances;

	private final Measures measures;

	private final CitedSources cited;

	Extractor(Gazetteer gazetteer, Cues cues) {
		this.gazetteer = gazetteer;
		this.cues = cues;
		this.recognizer = new Recognizer(gazetteer, cues);
		this.interactions = new Interactions(gazetteer, cues);
		this.stances = new Stances(gazetteer, cues);
		this.measures = new Measures(cues);
		this.cited = new CitedSources(gazetteer);
	}

	Proposals extract(Article article) {
		String notEnglish = Article.notEnglish(article.text());
		if (notEnglish != null) {
			return new Proposals(article.id(), article.file(), article.published(), article.outlet(), article.url(), "not English",
					"the article is not in English (" + notEnglish + "): nothing proposed", List.of());
		}
		String text = article.text();
		LocalDate published = article.published();
		List<Mention> mentions = recognizer.mentions(text, published);
		var out = new ArrayList<Proposal>();
		var personProposal = people(text, published, mentions, out);
		var events = new ArrayList<Proposal>();
		List<Sentences.Sentence> sentences = Sentences.split(text);
		for (int i = 0; i < sentences.size(); i++) {
			var s = sentences.get(i);
			List<Mention> here = mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
			for (Sentences.Sentence clause : clauses(s)) {
				List<Mention> inClause = antecedent(text, clause, here);
				interactions.interaction(article, clause, s, inClause.isEmpty() && !Interactions.GROUP.matcher(clause.text()).find() ? here : inClause,
						previous(sentences, mentions, i, GROUP_OF_TWO.matcher(clause.text()).find()), personProposal, events, out);
			}
			if (Cues.first(cues.channels(), s.text()).isEmpty()) {
				interactions.delegation(article, s, here, personProposal, events, out);
			}
			stances.stance(article, s, here, personProposal, out);
			measures.measure(article, s, out);
			cited.cited(article, s, out);
		}
		return new Proposals(article.id(), article.file(), published, article.outlet(), article.url(), "en", null, out);
	}

	/** A person proposal for each person named, first mention first: answers the proposal id of each person's key. */
	private Map<String, String> people(String text, LocalDate published, List<Mention> mentions, List<Proposal> out) {
		var personProposal = new LinkedHashMap<String, String>();
		for (Mention m : Recognizer.firstMentions(mentions).values()) {
			String id = "p" + (out.size() + 1);
			var fields = new LinkedHashMap<String, Object>();
			fields.put("person", m.person() != null ? m.person() : "new");
			fields.put("name", m.person() != null ? gazetteer.person(m.person()).orElseThrow().name() : m.name());
			fields.put("mention", m.surface());
			if (m.near()) {
				fields.put("alias", m.surface());
			}
			fields.put("side", m.side());
			if (m.title() != null) {
				fields.put("title", m.title());
			}
			String post = m.person() != null ? gazetteer.person(m.person()).flatMap(p -> p.postOn(published)).orElse(null)
					: (m.titlePost() != null && !m.titlePost().endsWith("?") ? m.titlePost() : null);
			fields.put("post", post);
			long count = mentions.stream().filter(x -> x.key().equals(m.key())).count();
			fields.put("mentions", count);
			var span = Spans.phrase(text, m.start(), m.end());
			out.add(Proposal.of(id, "person", m.confidence(), m.reason(), span.start(), span.end(), span.text(), fields));
			personProposal.putIfAbsent(m.key(), id);
		}
		return personProposal;
	}

	/**
	 * The people of the nearest earlier sentence that names two or more, for "they"; exactly two for "the two
	 * officials".
	 */
	private static List<Mention> previous(List<Sentences.Sentence> sentences, List<Mention> mentions, int i, boolean two) {
		for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
			var s = sentences.get(j);
			if (!FULL_SENTENCE.matcher(s.text()).find()) {
				continue;
			}
			List<Mention> there = mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
			long distinct = there.stream().map(Mention::key).distinct().count();
			if (two ? distinct == 2 : distinct >= 2) {
				return there;
			}
		}
		return List.of();
	}

	/**
	 * The people named in a clause; for a relative clause ("..., an interview with Trump, where he stated ..."), the
	 * person named right before it first.
	 */
	private static List<Mention> antecedent(String text, Sentences.Sentence clause, List<Mention> here) {
		List<Mention> inClause = here.stream().filter(m -> m.start() >= clause.start() && m.end() <= clause.end()).toList();
		if (!RELATIVE.matcher(text.substring(Math.max(0, clause.start() - 10), clause.start())).find()) {
			return inClause;
		}
		Mention before = null;
		for (Mention m : here) {
			if (m.end() <= clause.start()) {
				before = m;
			}
		}
		Mention named = before;
		if (named == null || inClause.stream().anyMatch(m -> m.key().equals(named.key()))) {
			return inClause;
		}
		var out = new ArrayList<Mention>();
		out.add(named);
		out.addAll(inClause);
		return out;
	}

	/** A sentence cut where one clause ends and another begins: each clause may tell its own interaction. */
	static List<Sentences.Sentence> clauses(Sentences.Sentence s) {
		var out = new ArrayList<Sentences.Sentence>();
		Matcher m = CLAUSE.matcher(s.text());
		int from = 0;
		while (m.find()) {
			out.add(new Sentences.Sentence(s.start() + from, s.start() + m.start(), s.text().substring(from, m.start())));
			from = m.end();
		}
		out.add(new Sentences.Sentence(s.start() + from, s.end(), s.text().substring(from)));
		return out;
	}
}
