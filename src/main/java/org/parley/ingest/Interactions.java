package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The interactions a clause tells: channel from {@code channels.tsv}, status from {@code statuses.tsv}, date from
 * {@link DateExpressions} (the clause's, the sentence's, or the one before that the sentence points back at),
 * participants from the clause or, for "the two officials", the sentence before; place and forum from the graph. One
 * told again becomes evidence ({@link Retold}); members of a delegation join the meeting told before.
 */
final class Interactions {

	/** Channels with one actor: the first person named is the speaker, the others are what they speak of. */
	static final Set<String> ONE_SIDED = Set.of("speech", "media-interview", "social-media-post", "public-statement",
			"official-readout", "press-report", "request-for-comment");

	/** Channels where people meet in person: a delegation's members take part in these. */
	static final Set<String> IN_PERSON = Set.of("in-person-round", "visit", "meeting", "summit-meeting", "banquet");

	/** Words that stand for people named before: "the two sides" are the sides of the interaction told before. */
	static final Pattern GROUP = Pattern.compile("\\b(the two|both|they|the duo|the leaders|the three|their|we)\\b"
			+ "(?! (countries|nations|economies|governments))", Pattern.CASE_INSENSITIVE);

	static final String NO_DATE = "No date in the sentence";

	/** When something takes effect or ends ("starting on November 1", "set to expire on"): not the day it was told or done. */
	private static final Pattern IN_EFFECT = Pattern.compile("\\b(starting|effective|until|expires?|expiring)( on| from| in)? "
			+ "[A-Z][a-z]+\\.?( \\d{1,2}(st|nd|rd|th)?)?(,? \\d{4})?");

	/** A sentence that points back at what the one before told: "The talks, held ...", "The two ...", "They ...". */
	private static final Pattern BACK_REFERENCE = Pattern.compile("^\\W*(the|these|those|that|this|both|they|their)\\b",
			Pattern.CASE_INSENSITIVE);

	private final Gazetteer gazetteer;

	private final Cues cues;

	Interactions(Gazetteer gazetteer, Cues cues) {
		this.gazetteer = gazetteer;
		this.cues = cues;
	}

	void interaction(Article article, Sentences.Sentence s, Sentences.Sentence sentence, List<Mention> here, List<Mention> before,
			Map<String, String> personProposal, List<Proposal> events, List<Proposal> out) {
		var channel = Cues.first(cues.channels(), s.text());
		if (channel.isEmpty()) {
			return;
		}
		String how = channel.get().rule().value();
		// words quoted are what someone said then: their tense and "tonight" are not the article's, unless the quote
		// itself tells the interaction
		String unquoted = Blanking.unquoted(s.text());
		boolean quoteTells = unquoted.substring(channel.get().start(), channel.get().end()).isBlank();
		String told = quoteTells ? s.text() : unquoted;
		// a cue that names the interaction ("threatened to") does not also say it is still to come
		var status = Cues.first(cues.statuses(), told).filter(m -> m.end() <= channel.get().start() || m.start() >= channel.get().end())
			.map(m -> m.rule().value()).orElse("happened");
		String dated = Blanking.blank(told, IN_EFFECT);
		boolean future = !status.equals("happened");
		String whole = Blanking.blank(quoteTells ? sentence.text() : Blanking.unquoted(sentence.text()), IN_EFFECT);
		var date = DateExpressions.first(dated, article.published(), future)
			.or(() -> DateExpressions.first(whole, article.published(), future))
			.or(() -> carried(article, sentence, future)).orElse(null);
		LocalDate day = date != null ? date.date() : article.published().withDayOfMonth(1);
		String precision = date != null ? date.precision() : "month";
		LocalDate end = date != null ? date.end() : null;
		String basis = date != null ? date.basis() : "derived-from-publication";
		String note = date != null ? date.note() : NO_DATE + ": the month of publication ("
				+ DateExpressions.describe(article.published()) + ").";
		List<Mention> who = new ArrayList<>(here);
		String how2 = "named in the sentence";
		List<String> groupOf = List.of();
		if (ONE_SIDED.contains(how)) {
			who = who.isEmpty() ? who : List.of(who.get(0));
		}
		else if (who.stream().map(Mention::key).distinct().count() < 2 && !holders(s.text(), date != null ? day : article.published()).isEmpty()) {
			var rule = Cues.first(cues.groups(), s.text()).orElseThrow();
			groupOf = holders(s.text(), date != null ? day : article.published());
			how2 = "named in the sentence, and the holders of " + rule.rule().value().replace(" ", " and ") + " on that day (\""
					+ s.text().substring(rule.start(), rule.end()) + "\", groups.tsv)";
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
		List<String> participants = keys.stream().map(k -> k.startsWith("new:") ? personProposal.get(k) : k).toList();
		Set<String> people = keys.stream().filter(k -> !k.startsWith("new:")).collect(Collectors.toSet());
		var span = Spans.phrase(article.text(), s.start() + channel.get().start(), s.start() + channel.get().end(), s);
		var t = new Retold.Told(how, status, participants, people, keys.size(), date != null, day, precision, end, basis, note, span);
		String place = place(s.text());
		// a leaders' meeting at a named summit ("meet at the Group of 20 summit") is two events, as the seed records them:
		// the meeting, and the summit itself with the same people attending
		var forums = new ArrayList<String>();
		forums.add(null);
		if (how.equals("summit-meeting") && keys.size() >= 2) {
			forum(s.text()).ifPresent(forums::add);
		}
		var used = new HashSet<String>();
		for (String forum : forums) {
			String same = Retold.inArticle(t, events, used, out);
			if (same == null) {
				same = Retold.inGraph(gazetteer, t, used, out);
			}
			if (same != null) {
				used.add(same);
				continue;
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

	/** The people who held the posts a group phrase of groups.tsv stands for ("the two leaders") on a day, or none. */
	private List<String> holders(String clause, LocalDate day) {
		var rule = Cues.first(cues.groups(), clause);
		if (rule.isEmpty()) {
			return List.of();
		}
		var out = new ArrayList<String>();
		for (String post : rule.get().rule().value().split("\\s+")) {
			gazetteer.people().stream().filter(p -> p.held(post, day)).map(Gazetteer.PersonEntry::id).findFirst().ifPresent(out::add);
		}
		return out;
	}

	/**
	 * A sentence that tells no interaction but names members of a delegation (delegations.tsv): they take part in the
	 * latest interaction of the article that has one of the people named here, the one whose delegation it is.
	 */
	void delegation(Article article, Sentences.Sentence s, List<Mention> here, Map<String, String> personProposal,
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
			var theirs = new LinkedHashSet<>(Retold.participants(e));
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
			List<String> theirs = Retold.participants(e);
			if (!ONE_SIDED.contains(e.text("channel")) && theirs.size() >= 2 && who.stream().allMatch(m -> theirs.contains(m.key()))) {
				return theirs;
			}
		}
		return List.of();
	}

	/**
	 * The date of the sentence before in the same paragraph, for a sentence without one that points back at it
	 * ("The two officials spoke by phone" after the sentence that gives the day).
	 */
	private static Optional<DateExpressions.Resolved> carried(Article article, Sentences.Sentence sentence, boolean future) {
		if (!BACK_REFERENCE.matcher(sentence.text()).find()) {
			return Optional.empty();
		}
		String text = article.text();
		int lineStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
		if (lineStart >= sentence.start()) {
			return Optional.empty();
		}
		var before = Sentences.split(text.substring(lineStart, sentence.start()));
		if (before.isEmpty()) {
			return Optional.empty();
		}
		var last = before.get(before.size() - 1);
		return DateExpressions.first(last.text(), article.published(), future).map(r -> new DateExpressions.Resolved(r.expression(),
				r.start(), r.date(), r.precision(), r.basis(), r.note() + " (Said in the sentence before, which this one points back at.)", r.end()));
	}

	/** The name of a forum of the graph (G20, APEC: organizations of kind forum) the text names a summit of. */
	private Optional<String> forum(String sentence) {
		for (var o : gazetteer.organizations()) {
			if (!"forum".equals(o.kind())) {
				continue;
			}
			var names = new ArrayList<String>(o.aliases());
			names.add(o.name());
			for (String n : names) {
				if (n.length() >= 3 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "( \\([A-Z0-9-]+\\))? summit\\b").matcher(sentence).find()) {
					return Optional.of(o.name());
				}
			}
		}
		return Optional.empty();
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

	/** The place of the graph the sentence puts the interaction in ("in Shanghai", "at the White House"). */
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
}
