package org.parley.ingest;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An interaction told again: the same one told earlier in the article (one meeting is one event, however many
 * sentences tell it) or one the graph already has (same channel, same people, date within its precision). Either
 * becomes an evidence proposal on it, not a new event.
 */
final class Retold {

	/** What one clause tells of an interaction, to be matched against what was told before. */
	record Told(String channel, String status, List<String> participants, Set<String> people, int keys, boolean dated, LocalDate day,
			String precision, LocalDate end, String basis, String note, Spans.Span span) {
	}

	private Retold() {
	}

	/**
	 * The same interaction told earlier in this article, not yet used by this clause: adds an evidence proposal on it
	 * (with the people and the date told here when it lacked them) and answers its id.
	 */
	static String inArticle(Told t, List<Proposal> events, Set<String> used, List<Proposal> out) {
		var mine = new LinkedHashSet<>(t.participants());
		for (Proposal e : events) {
			if (used.contains(e.id())) {
				continue;
			}
			var theirs = new LinkedHashSet<>(participants(e));
			boolean undated = e.text("dateNote").startsWith(Interactions.NO_DATE);
			if (t.channel().equals("press-report") && !(t.dated() && !undated && e.text("date").equals(t.day().toString())
					&& e.text("precision").equals(t.precision()))) {
				continue; // an action told without its medium is the same one only when told with the same date: two threats are two
			}
			if (!sameChannel(e.text("channel"), t.channel()) || !e.text("status").equals(t.status()) || !(theirs.containsAll(mine) || mine.containsAll(theirs))
					|| !(!t.dated() || undated || DateExpressions.compatible(LocalDate.parse(e.text("date")), e.text("precision"), endDate(e), t.day(),
							t.precision(), t.end()))) {
				continue;
			}
			String more = "";
			if (!theirs.containsAll(mine)) {
				theirs.addAll(mine);
				e.fields().put("participants", List.copyOf(theirs));
				more = "; its people now include those named here";
			}
			if (undated && t.dated()) {
				e.fields().put("date", t.day().toString());
				e.fields().put("precision", t.precision());
				if (t.end() != null) {
					e.fields().put("endDate", t.end().toString());
				}
				e.fields().put("dateBasis", t.basis());
				e.fields().put("dateNote", t.note());
				more += "; its date is the one given here";
			}
			out.add(Proposal.of("p" + (out.size() + 1), "evidence", 0.7, "the " + t.channel() + " of " + e.id() + " told again: same channel, "
					+ (theirs.size() == mine.size() ? "same people" : "people named there or here")
					+ (!t.dated() ? ", no other date" : ", date " + t.day() + " within its precision") + more, t.span().start(), t.span().end(),
					t.span().text(), Map.of("on", e.id())));
			return e.id();
		}
		return null;
	}

	/**
	 * The same interaction the graph already has, not yet used by this clause: adds an evidence proposal on it and
	 * answers its id. Only when every person told is one the graph has.
	 */
	static String inGraph(Gazetteer gazetteer, Told t, Set<String> used, List<Proposal> out) {
		if (t.people().size() != t.keys()) {
			return null;
		}
		for (var known : gazetteer.events()) {
			if (used.contains(known.id())) {
				continue;
			}
			if (t.channel().equals(known.channel()) && Set.copyOf(known.people()).equals(t.people()) && known.date() != null
					&& DateExpressions.compatible(known.date(), known.precision(), known.end(), t.day(), t.precision(), t.end())) {
				out.add(Proposal.of("p" + (out.size() + 1), "evidence", 0.75, "the graph already has " + known.id() + ": " + t.channel()
						+ ", the same people, " + known.date() + " (" + known.precision() + ") agrees with " + t.day() + " (" + t.precision() + ")",
						t.span().start(), t.span().end(), t.span().text(), Map.of("on", known.id())));
				return known.id();
			}
		}
		return null;
	}

	/** The same channel, or a plain "meeting" told again of a round, summit, visit or banquet told before. */
	private static boolean sameChannel(String before, String here) {
		return before.equals(here) || (here.equals("meeting") && Interactions.IN_PERSON.contains(before));
	}

	/** The last day of a proposed event's span, if it has one. */
	static LocalDate endDate(Proposal e) {
		String end = e.text("endDate");
		return end == null ? null : LocalDate.parse(end);
	}

	/** The participants of a proposed event: person ids, and proposal ids for new people. */
	@SuppressWarnings("unchecked")
	static List<String> participants(Proposal e) {
		return e.fields().get("participants") instanceof List<?> l ? (List<String>) l : List.of();
	}
}
