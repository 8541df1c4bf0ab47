package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Precision and recall of proposals against gold facts: people by id, interactions by channel, people and date. */
final class Scoring {

	/** An interaction, gold or proposed: its channel, day and precision, whether it happened, and its people. */
	record Interaction(String id, String channel, LocalDate date, String precision, LocalDate end, boolean happened, Set<String> people,
			String dateBasis) {
	}

	/** Counts that add up over articles. */
	static final class Tally {

		int peopleTrue;

		int peopleProposed;

		int peopleGold;

		int eventsMatchedProposed;

		int eventsProposed;

		int eventsMatchedGold;

		int eventsGold;

		int relativeRight;

		int relativeTotal;

		int statusRight;

		int statusTotal;

		int spansCited;

		int proposals;

		final List<String> misses = new ArrayList<>();

		void add(Tally o) {
			peopleTrue += o.peopleTrue;
			peopleProposed += o.peopleProposed;
			peopleGold += o.peopleGold;
			eventsMatchedProposed += o.eventsMatchedProposed;
			eventsProposed += o.eventsProposed;
			eventsMatchedGold += o.eventsMatchedGold;
			eventsGold += o.eventsGold;
			relativeRight += o.relativeRight;
			relativeTotal += o.relativeTotal;
			statusRight += o.statusRight;
			statusTotal += o.statusTotal;
			spansCited += o.spansCited;
			proposals += o.proposals;
			misses.addAll(o.misses);
		}

		static double ratio(int a, int b) {
			return b == 0 ? 1.0 : (double) a / b;
		}

		double peopleP() {
			return ratio(peopleTrue, peopleProposed);
		}

		double peopleR() {
			return ratio(peopleTrue, peopleGold);
		}

		double eventsP() {
			return ratio(eventsMatchedProposed, eventsProposed);
		}

		double eventsR() {
			return ratio(eventsMatchedGold, eventsGold);
		}

		String row(String name) {
			return String.format(Locale.ROOT, "| %s | %.2f (%d/%d) | %.2f (%d/%d) | %.2f (%d/%d) | %.2f (%d/%d) | %d/%d | %d/%d | %d/%d |", name,
					peopleP(), peopleTrue, peopleProposed, peopleR(), peopleTrue, peopleGold, eventsP(), eventsMatchedProposed,
					eventsProposed, eventsR(), eventsMatchedGold, eventsGold, relativeRight, relativeTotal, statusRight, statusTotal,
					spansCited, proposals);
		}
	}

	static final String HEADER = "| articles | people P | people R | interactions P | interactions R | relative dates right | planned vs happened right | proposals citing their span |\n"
			+ "| --- | --- | --- | --- | --- | --- | --- | --- |";

	private Scoring() {
	}

	static boolean matches(Interaction a, Interaction b) {
		return a.channel().equals(b.channel()) && a.people().equals(b.people())
				&& DateExpressions.compatible(a.date(), a.precision(), a.end(), b.date(), b.precision(), b.end());
	}

	static Tally score(String article, String text, Set<String> goldPeople, List<Interaction> gold, Set<String> proposedPeople,
			List<Interaction> proposed, List<Proposal> all) {
		var t = new Tally();
		t.peopleProposed = proposedPeople.size();
		t.peopleGold = goldPeople.size();
		for (String p : proposedPeople) {
			if (goldPeople.contains(p)) {
				t.peopleTrue++;
			}
			else {
				t.misses.add(article + ": person not in gold: " + p);
			}
		}
		goldPeople.stream().filter(p -> !proposedPeople.contains(p)).forEach(p -> t.misses.add(article + ": person missed: " + p));
		t.eventsProposed = proposed.size();
		t.eventsGold = gold.size();
		var usedGold = new HashSet<Interaction>();
		for (Interaction p : proposed) {
			var hit = gold.stream().filter(g -> !usedGold.contains(g) && matches(g, p)).findFirst();
			if (hit.isPresent()) {
				usedGold.add(hit.get());
				t.eventsMatchedProposed++;
				t.statusTotal++;
				if (hit.get().happened() == p.happened()) {
					t.statusRight++;
				}
				else {
					t.misses.add(article + ": status wrong for " + hit.get().id());
				}
			}
			else {
				t.misses.add(article + ": proposed, not in gold: " + p.channel() + " " + p.date() + " " + p.precision() + " " + p.people() + " " + p.id());
			}
		}
		t.eventsMatchedGold = usedGold.size();
		for (Interaction g : gold) {
			if (!usedGold.contains(g)) {
				t.misses.add(article + ": gold missed: " + g.id() + " " + g.channel() + " " + g.date() + " " + g.precision() + " " + g.people());
			}
			if ("derived-from-publication".equals(g.dateBasis())) {
				var same = proposed.stream().filter(p -> p.channel().equals(g.channel()) && p.people().equals(g.people())).toList();
				if (!same.isEmpty()) {
					t.relativeTotal++;
					if (same.stream().anyMatch(p -> DateExpressions.compatible(g.date(), g.precision(), g.end(), p.date(), p.precision(), p.end()))) {
						t.relativeRight++;
					}
				}
			}
		}
		t.proposals = all.size();
		for (Proposal p : all) {
			if (p.end() <= text.length() && text.substring(p.start(), p.end()).equals(p.phrase())
					&& p.phrase().split("\\s+").length <= Spans.MAX_WORDS) {
				t.spansCited++;
			}
		}
		return t;
	}

	/** What the proposals say: the people resolved to ids, and the interactions proposed (new ones and evidence on known ones). */
	static List<Interaction> interactions(Proposals proposals, Gazetteer gazetteer) {
		var out = new ArrayList<Interaction>();
		var byId = new java.util.HashMap<String, Proposal>();
		proposals.proposals().forEach(p -> byId.put(p.id(), p));
		for (Proposal p : proposals.proposals()) {
			if (p.kind().equals("event")) {
				var people = new HashSet<String>();
				for (Object o : (List<?>) p.fields().get("participants")) {
					String id = String.valueOf(o);
					Proposal other = byId.get(id);
					people.add(other != null ? "new:" + other.text("name") : id);
				}
				out.add(new Interaction(p.id(), p.text("channel"), LocalDate.parse(p.text("date")), p.text("precision"),
						Retold.endDate(p), p.text("status").equals("happened"), people, p.text("dateBasis")));
			}
			else if (p.kind().equals("evidence") && !byId.containsKey(p.text("on"))) {
				gazetteer.events().stream().filter(e -> e.id().equals(p.text("on"))).findFirst().ifPresent(e -> out.add(new Interaction(
						p.id() + "->" + e.id(), e.channel(), e.date(), e.precision(), e.end(), e.status().equals("happened"), Set.copyOf(e.people()), null)));
			}
		}
		return out;
	}

	static Set<String> people(Proposals proposals) {
		var out = new HashSet<String>();
		proposals.proposals().stream().filter(p -> p.kind().equals("person") && !"new".equals(p.text("person")))
			.forEach(p -> out.add(p.text("person")));
		return out;
	}
}
