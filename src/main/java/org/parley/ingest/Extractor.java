package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article into proposals: the people it names, then sentence by sentence the interactions (channel from
 * {@code channels.tsv}, status from {@code statuses.tsv}, date from {@link DateExpressions}, participants from the
 * sentence or, for "the two officials", the sentence before), stances ({@code stances.tsv}), measures (tariff rates
 * and amounts) and the outlets it cites. An interaction the graph already has (same channel, same people, date
 * within its precision) becomes new evidence on it; the same interaction told twice in the article is one event
 * with two pieces of evidence.
 */
final class Extractor {

	/** Channels with one actor: the first person named is the speaker, the others are what they speak of. */
	private static final Set<String> ONE_SIDED = Set.of("speech", "media-interview", "social-media-post", "public-statement",
			"official-readout", "press-report", "request-for-comment");

	/** Channels where people meet in person: a delegation's members take part in these. */
	private static final Set<String> IN_PERSON = Set.of("in-person-round", "visit", "meeting", "summit-meeting", "banquet");

	/** When something takes effect or ends ("starting on November 1", "set to expire on"): not the day it was told or done. */
	private static final Pattern IN_EFFECT = Pattern.compile("\\b(starting|effective|until|expires?|expiring)( on| from| in)? "
			+ "[A-Z][a-z]+\\.?( \\d{1,2}(st|nd|rd|th)?)?(,? \\d{4})?");

	private static final Pattern GROUP_OF_TWO = Pattern.compile("\\b(the two|both|the duo|the pair)\\b"
			+ "(?! (sides|countries|nations|economies|governments|delegations))", Pattern.CASE_INSENSITIVE);

	/** A sentence that ends like one: captions and headlines are not where "the two" were named. */
	private static final Pattern FULL_SENTENCE = Pattern.compile("[.!?\"”’]\\s*$");

	/** Words that stand for people named before: "the two sides" are the sides of the interaction told before. */
	private static final Pattern GROUP = Pattern.compile("\\b(the two|both|they|the duo|the leaders|the three|their|we)\\b"
			+ "(?! (countries|nations|economies|governments))", Pattern.CASE_INSENSITIVE);

	private static final Pattern CITES = Pattern.compile("\\b(reported|reports|according to|told|said|citing|confirmed)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TARIFF = Pattern.compile("\\b(tariffs?|duties|levies)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?(%|percent|per cent)");

	private static final Pattern AMOUNT = Pattern.compile("(?:US)?\\$ ?(\\d+(?:\\.\\d+)?) (billion|million|trillion)");

	private static final String NO_DATE = "No date in the sentence";

	private final Gazetteer gazetteer;

	private final Cues cues;

	private final Recognizer recognizer;

	Extractor(Gazetteer gazetteer, Cues cues) {
		this.gazetteer = gazetteer;
		this.cues = cues;
		this.recognizer = new Recognizer(gazetteer, cues);
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
		var events = new ArrayList<Proposal>();
		List<Sentences.Sentence> sentences = Sentences.split(text);
		for (int i = 0; i < sentences.size(); i++) {
			var s = sentences.get(i);
			List<Mention> here = mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
			for (Sentences.Sentence clause : clauses(s)) {
				List<Mention> inClause = here.stream().filter(m -> m.start() >= clause.start() && m.end() <= clause.end()).toList();
				interaction(article, clause, s, inClause.isEmpty() && !GROUP.matcher(clause.text()).find() ? here : inClause,
						previous(sentences, mentions, i, GROUP_OF_TWO.matcher(clause.text()).find()), personProposal, events, out);
			}
			if (Cues.first(cues.channels(), s.text()).isEmpty()) {
				delegation(article, s, here, personProposal, events, out);
			}
			stance(article, s, here, personProposal, out);
			measure(article, s, out);
			cited(article, s, out);
		}
		return new Proposals(article.id(), article.file(), published, article.outlet(), article.url(), "en", null, out);
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

	private static final Pattern CLAUSE = Pattern.compile(", and |; |, while |, but | while |, whereas |, which ");

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

	private void interaction(Article article, Sentences.Sentence s, Sentences.Sentence sentence, List<Mention> here, List<Mention> before,
			Map<String, String> personProposal, List<Proposal> events, List<Proposal> out) {
		var channel = Cues.first(cues.channels(), s.text());
		if (channel.isEmpty()) {
			return;
		}
		String how = channel.get().rule().value();
		// words quoted are what someone said then: their tense and "tonight" are not the article's, unless the quote
		// itself tells the interaction
		String unquoted = unquoted(s.text());
		boolean quoteTells = unquoted.substring(channel.get().start(), channel.get().end()).isBlank();
		String told = quoteTells ? s.text() : unquoted;
		// a cue that names the interaction ("threatened to") does not also say it is still to come
		var status = Cues.first(cues.statuses(), told).filter(m -> m.end() <= channel.get().start() || m.start() >= channel.get().end())
			.map(m -> m.rule().value()).orElse("happened");
		String dated = blank(told, IN_EFFECT);
		boolean future = !status.equals("happened");
		List<Mention> who = new ArrayList<>(here);
		String how2 = "named in the sentence";
		List<String> groupOf = List.of();
		if (ONE_SIDED.contains(how)) {
			who = who.isEmpty() ? who : List.of(who.get(0));
		}
		else if (who.stream().map(Mention::key).distinct().count() < 2 && GROUP.matcher(s.text()).find() && !latestWith(events, who).isEmpty()) {
			groupOf = latestWith(events, who);
			how2 = "the people of the interaction told before (\"" + GROUP.matcher(s.text()).results().findFirst().get().group() + "\")";
		}
		else if (who.stream().map(Mention::key).distinct().count() < 2 && GROUP.matcher(s.text()).find() && !before.isEmpty()) {
			var merged = new ArrayList<>(who);
			merged.addAll(before);
			who = merged;
			how2 = "named in the sentence and the one before (\"" + GROUP.matcher(s.text()).results().findFirst().get().group() + "\")";
		}
		var keys = new LinkedHashSet<String>();
		who.forEach(m -> keys.add(m.key()));
		for (String id : groupOf) {
			keys.add(personProposal.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(id));
		}
		if (keys.isEmpty()) {
			return;
		}
		String whole = blank(quoteTells ? sentence.text() : unquoted(sentence.text()), IN_EFFECT);
		var date = DateExpressions.first(dated, article.published(), future)
			.or(() -> DateExpressions.first(whole, article.published(), future))
			.or(() -> carried(article, sentence, future)).orElse(null);
		LocalDate day = date != null ? date.date() : article.published().withDayOfMonth(1);
		String precision = date != null ? date.precision() : "month";
		LocalDate end = date != null ? date.end() : null;
		String basis = date != null ? date.basis() : "derived-from-publication";
		String note = date != null ? date.note() : NO_DATE + ": the month of publication ("
				+ DateExpressions.describe(article.published()) + ").";
		List<String> participants = keys.stream().map(k -> k.startsWith("new:") ? personProposal.get(k) : k).toList();
		Set<String> people = keys.stream().filter(k -> !k.startsWith("new:")).collect(java.util.stream.Collectors.toSet());
		var span = Spans.phrase(article.text(), s.start() + channel.get().start(), s.start() + channel.get().end(), s);
		String place = place(s.text());
		// a leaders' meeting at a named summit ("meet at the Group of 20 summit") is two events, as the seed records them:
		// the meeting, and the summit itself with the same people attending
		var forums = new ArrayList<String>();
		forums.add(null);
		if (how.equals("summit-meeting") && keys.size() >= 2) {
			forum(s.text()).ifPresent(forums::add);
		}
		var used = new java.util.HashSet<String>();
		told:
		for (String forum : forums) {
			// the same interaction told earlier in this article: one meeting is one event, however many sentences tell it
			var mine = new LinkedHashSet<>(participants);
			for (Proposal e : events) {
				if (used.contains(e.id())) {
					continue;
				}
				var theirs = new LinkedHashSet<>(castList(e.fields().get("participants")));
				boolean undated = e.text("dateNote").startsWith(NO_DATE);
				if (how.equals("press-report") && !(date != null && !undated && e.text("date").equals(day.toString())
						&& e.text("precision").equals(precision))) {
					continue; // an action told without its medium is the same one only when told with the same date: two threats are two
				}
				if (!sameChannel(e.text("channel"), how) || !e.text("status").equals(status) || !(theirs.containsAll(mine) || mine.containsAll(theirs))
						|| !(date == null || undated || DateExpressions.compatible(LocalDate.parse(e.text("date")), e.text("precision"), endDate(e), day, precision, end))) {
					continue;
				}
				String more = "";
				if (!theirs.containsAll(mine)) {
					theirs.addAll(mine);
					e.fields().put("participants", List.copyOf(theirs));
					more = "; its people now include those named here";
				}
				if (undated && date != null) {
					e.fields().put("date", day.toString());
					e.fields().put("precision", precision);
					if (end != null) {
						e.fields().put("endDate", end.toString());
					}
					e.fields().put("dateBasis", basis);
					e.fields().put("dateNote", note);
					more += "; its date is the one given here";
				}
				out.add(Proposal.of("p" + (out.size() + 1), "evidence", 0.7, "the " + how + " of " + e.id() + " told again: same channel, "
						+ (theirs.size() == mine.size() ? "same people" : "people named there or here")
						+ (date == null ? ", no other date" : ", date " + day + " within its precision") + more, span.start(), span.end(), span.text(),
						Map.of("on", e.id())));
				used.add(e.id());
				continue told;
			}
			// the same interaction the graph already has
			if (people.size() == keys.size()) {
				for (var known : gazetteer.events()) {
					if (used.contains(known.id())) {
						continue;
					}
					if (how.equals(known.channel()) && Set.copyOf(known.people()).equals(people) && known.date() != null
							&& DateExpressions.compatible(known.date(), known.precision(), known.end(), day, precision, end)) {
						out.add(Proposal.of("p" + (out.size() + 1), "evidence", 0.75, "the graph already has " + known.id() + ": " + how
								+ ", the same people, " + known.date() + " (" + known.precision() + ") agrees with " + day + " (" + precision + ")",
								span.start(), span.end(), span.text(), Map.of("on", known.id())));
						used.add(known.id());
						continue told;
					}
				}
			}
			var fields = new LinkedHashMap<String, Object>();
			fields.put("title", forum == null ? title(how, who) : "Summit: " + forum);
			fields.put("channel", how);
			fields.put("date", day.toString());
			fields.put("precision", precision);
			if (end != null) {
				fields.put("endDate", end.toString());
			}
			fields.put("dateBasis", basis);
			fields.put("dateNote", note);
			fields.put("status", status);
			fields.put("place", place);
			fields.put("participants", participants);
			double confidence = (date != null ? 0.7 : 0.5) + (keys.size() >= 2 || ONE_SIDED.contains(how) ? 0.1 : 0);
			String reason = "'" + channel.get().rule().line().split("\t")[0] + "' → " + how + " (channels.tsv); " + status
					+ (future ? " (statuses.tsv)" : " (no cue of something to come)") + "; " + (date != null ? "date from \"" + date.expression() + "\""
					: "no date in the sentence") + "; people " + how2;
			var proposal = Proposal.of("p" + (out.size() + 1), "event", confidence, reason, span.start(), span.end(), span.text(), fields);
			out.add(proposal);
			events.add(proposal);
			used.add(proposal.id());
		}
	}

	/**
	 * A sentence that tells no interaction but names members of a delegation (delegations.tsv): they take part in the
	 * latest interaction of the article that has one of the people named here, the one whose delegation it is.
	 */
	private void delegation(Article article, Sentences.Sentence s, List<Mention> here, Map<String, String> personProposal,
			List<Proposal> events, List<Proposal> out) {
		var cue = Cues.first(cues.delegations(), s.text());
		if (cue.isEmpty() || here.size() < 2) {
			return;
		}
		var named = new LinkedHashSet<String>();
		here.forEach(m -> named.add(m.key().startsWith("new:") ? personProposal.get(m.key()) : m.key()));
		for (int i = events.size() - 1; i >= 0; i--) {
			Proposal e = events.get(i);
			if (!IN_PERSON.contains(e.text("channel"))) {
				continue; // a delegation travels: its members take part where people meet, not in a call
			}
			var theirs = new LinkedHashSet<>(castList(e.fields().get("participants")));
			if (theirs.stream().noneMatch(named::contains) || theirs.containsAll(named)) {
				continue;
			}
			theirs.addAll(named);
			e.fields().put("participants", List.copyOf(theirs));
			var span = Spans.phrase(article.text(), s.start() + cue.get().start(), s.start() + cue.get().end(), s);
			out.add(Proposal.of("p" + (out.size() + 1), "evidence", 0.6, "'" + cue.get().rule().line().split("\t")[0]
					+ "' (delegations.tsv): the people named here join the " + e.text("channel") + " of " + e.id(), span.start(), span.end(),
					span.text(), Map.of("on", e.id())));
			return;
		}
	}

	/**
	 * The participants of the latest two-sided interaction told so far that has everyone named here: whom "we", "the
	 * two" or "they" stand for when a speaker of it says what comes next.
	 */
	private static List<String> latestWith(List<Proposal> events, List<Mention> who) {
		for (int i = events.size() - 1; i >= 0; i--) {
			Proposal e = events.get(i);
			List<String> theirs = castList(e.fields().get("participants"));
			if (!ONE_SIDED.contains(e.text("channel")) && theirs.size() >= 2 && who.stream().allMatch(m -> theirs.contains(m.key()))) {
				return theirs;
			}
		}
		return List.of();
	}

	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");

	/**
	 * The text with what is quoted blanked out, same length: offsets stay those of the text. A quoted word or two
	 * ("expected") is the article's own wording, kept.
	 */
	static String unquoted(String text) {
		var out = new StringBuilder(text);
		Matcher m = QUOTED.matcher(text);
		while (m.find()) {
			if (m.group().strip().split("\\s+").length < 4) {
				continue;
			}
			for (int i = m.start(); i < m.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	/** The same channel, or a plain "meeting" told again of a round, summit, visit or banquet told before. */
	private static boolean sameChannel(String before, String here) {
		return before.equals(here) || (here.equals("meeting") && IN_PERSON.contains(before));
	}

	/** The text with what a pattern matches blanked out, same length. */
	private static String blank(String text, Pattern pattern) {
		var out = new StringBuilder(text);
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	/** A sentence that points back at what the one before told: "The talks, held ...", "The two ...", "They ...". */
	private static final Pattern BACK_REFERENCE = Pattern.compile("^\\W*(the|these|those|that|this|both|they|their)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The date of the sentence before in the same paragraph, for a sentence without one that points back at it
	 * ("The two officials spoke by phone" after the sentence that gives the day).
	 */
	private static java.util.Optional<DateExpressions.Resolved> carried(Article article, Sentences.Sentence sentence, boolean future) {
		if (!BACK_REFERENCE.matcher(sentence.text()).find()) {
			return java.util.Optional.empty();
		}
		String text = article.text();
		int lineStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
		if (lineStart >= sentence.start()) {
			return java.util.Optional.empty();
		}
		var before = Sentences.split(text.substring(lineStart, sentence.start()));
		if (before.isEmpty()) {
			return java.util.Optional.empty();
		}
		var last = before.get(before.size() - 1);
		return DateExpressions.first(last.text(), article.published(), future).map(r -> new DateExpressions.Resolved(r.expression(),
				r.start(), r.date(), r.precision(), r.basis(), r.note() + " (Said in the sentence before, which this one points back at.)", r.end()));
	}

	/** The name of a forum of the graph (G20, APEC: organizations of kind forum) the text names a summit of. */
	private java.util.Optional<String> forum(String sentence) {
		for (var o : gazetteer.organizations()) {
			if (!"forum".equals(o.kind())) {
				continue;
			}
			var names = new ArrayList<String>(o.aliases());
			names.add(o.name());
			for (String n : names) {
				if (n.length() >= 3 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "( \\([A-Z0-9-]+\\))? summit\\b").matcher(sentence).find()) {
					return java.util.Optional.of(o.name());
				}
			}
		}
		return java.util.Optional.empty();
	}

	/** The last day of a proposed event's span, if it has one. */
	static LocalDate endDate(Proposal e) {
		String end = e.text("endDate");
		return end == null ? null : LocalDate.parse(end);
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return value instanceof List<?> l ? (List<String>) l : List.of();
	}

	private static Mention nearest(List<Mention> who, int at) {
		Mention best = who.get(0);
		for (Mention m : who) {
			if (Math.abs(m.start() - at) < Math.abs(best.start() - at)) {
				best = m;
			}
		}
		return best;
	}

	private String title(String channel, List<Mention> who) {
		var names = new LinkedHashSet<String>();
		for (Mention m : who) {
			names.add(m.person() != null ? gazetteer.person(m.person()).map(p -> lastName(p.name())).orElse(m.surface()) : lastName(m.name()));
		}
		String c = channel.replace('-', ' ');
		return Character.toUpperCase(c.charAt(0)) + c.substring(1) + ": " + String.join("-", names);
	}

	private static String lastName(String name) {
		return name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name;
	}

	private String place(String sentence) {
		String s = Recognizer.norm(sentence);
		for (var p : gazetteer.places()) {
			for (String n : p.names()) {
				if (n.length() < 3) {
					continue;
				}
				Matcher m = Pattern.compile("\\b(in|at|to) (the )?" + Pattern.quote(Recognizer.norm(n)) + "(?![\\p{L}])").matcher(s);
				if (m.find()) {
					return p.id();
				}
			}
		}
		return null;
	}

	private void stance(Article article, Sentences.Sentence s, List<Mention> here, Map<String, String> personProposal, List<Proposal> out) {
		var cue = Cues.first(cues.stances(), s.text());
		if (cue.isEmpty() || here.isEmpty()) {
			return;
		}
		int at = s.start() + cue.get().start();
		Mention analyst = here.stream().filter(m -> Recognizer.isAnalyst(article.text(), m.end())).findFirst().orElse(null);
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
			fields.put("assessorOrganization", Recognizer.analystOrganization(article.text(), analyst.end()));
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

	private void measure(Article article, Sentences.Sentence s, List<Proposal> out) {
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

	private static final Pattern RATE_CHANGE = Pattern.compile("from (\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent) to (\\d+(?:\\.\\d+)?) ?(?:%|percent|per cent)");

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

	/** The id of the outlet of that name in the graph, or null. */
	private String outlet(String name) {
		if (name == null) {
			return null;
		}
		return gazetteer.organizations().stream().filter(o -> o.name().equalsIgnoreCase(name) || o.id().equalsIgnoreCase(name)
				|| o.aliases().stream().anyMatch(name::equalsIgnoreCase)).map(o -> o.id()).findFirst().orElse(null);
	}

	private void cited(Article article, Sentences.Sentence s, List<Proposal> out) {
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
