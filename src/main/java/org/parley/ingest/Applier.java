package org.parley.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.errors.ParleyException;
import org.parley.facts.FactBatch;
import org.parley.graph.Graph;

/**
 * Turns the accepted proposals of a file into one {@link FactBatch} for the curation path, after checking that every
 * id they name is in this graph (a file from another graph names each missing id, and nothing is written) and that
 * every field the model needs is there ({@code FILE:LINE: message}).
 */
final class Applier {

	private static final List<String> CHANNELS = List.of("phone-call", "video-call", "in-person-round", "banquet", "visit",
			"summit-meeting", "public-statement", "social-media-post", "media-interview", "speech", "official-readout",
			"request-for-comment", "press-report", "meeting");

	private static final List<String> STATUSES = List.of("happened", "planned", "expected", "threatened", "cancelled");

	private static final List<String> PRECISIONS = List.of("day", "month", "year");

	private static final String KNOWN = """
			UNWIND $ids AS id
			OPTIONAL MATCH (n) WHERE n.id = id AND (n:Person OR n:Organization OR n:Event OR n:Place OR n:Country)
			WITH id, collect(labels(n)) AS labels
			RETURN id, [l IN labels WHERE size(l) > 0][0] AS labels
			""";

	/** The batch, and what accepted proposals the curation path does not record. */
	record Plan(FactBatch batch, List<String> skipped, int accepted) {
	}

	static Plan plan(Proposals file, String display, String by, Graph graph) {
		Map<String, Proposal> byId = new HashMap<>();
		file.proposals().forEach(p -> byId.put(p.id(), p));
		List<Proposal> accepted = file.proposals().stream().filter(p -> p.decision().equals("accept")).toList();
		var people = new ArrayList<FactBatch.PersonFact>();
		var aliases = new ArrayList<FactBatch.AliasFact>();
		var events = new ArrayList<FactBatch.EventFact>();
		var evidence = new ArrayList<FactBatch.EvidenceFact>();
		var skipped = new ArrayList<String>();
		var problems = new ArrayList<String>();
		var refs = new java.util.LinkedHashMap<String, String>();
		String article = file.article();
		for (Proposal p : accepted) {
			var quote = new FactBatch.Quote(evidenceId(article, p.id()), p.phrase(), p.start(), "characters " + p.start() + "-" + p.end());
			switch (p.kind()) {
				case "person" -> {
					String person = required(p, "person", display);
					if (person.equals("new")) {
						String side = p.text("side");
						if (side == null) {
							throw new ParleyException(display + ":" + p.lineOf("side") + ": side: a new person needs the side they act for (a country id such as US or CN)");
						}
						refs.put(side, display + ":" + p.lineOf("side"));
						people.add(new FactBatch.PersonFact(p.id(), required(p, "name", display), side, quote));
					}
					else {
						refs.put(person, display + ":" + p.lineOf("person"));
						String alias = p.text("alias");
						if (alias != null && !alias.isBlank()) {
							aliases.add(new FactBatch.AliasFact(person, alias.strip(), quote));
						}
						else {
							evidence.add(new FactBatch.EvidenceFact(person, quote));
						}
					}
				}
				case "event" -> {
					String channel = oneOf(p, "channel", CHANNELS, display);
					String precision = oneOf(p, "precision", PRECISIONS, display);
					String status = oneOf(p, "status", STATUSES, display);
					java.time.LocalDate date;
					try {
						date = java.time.LocalDate.parse(required(p, "date", display));
					}
					catch (java.time.format.DateTimeParseException ex) {
						throw new ParleyException(display + ":" + p.lineOf("date") + ": date: '" + p.text("date") + "' is not a date as YYYY-MM-DD");
					}
					date = precision.equals("month") ? date.withDayOfMonth(1) : precision.equals("year") ? date.withDayOfYear(1) : date;
					var participants = new ArrayList<String>();
					if (!(p.fields().get("participants") instanceof List<?> list) || list.isEmpty()) {
						throw new ParleyException(display + ":" + p.lineOf("participants") + ": participants: expected a list of people");
					}
					for (Object o : new LinkedHashSet<>(list)) {
						String who = String.valueOf(o);
						Proposal other = byId.get(who);
						if (other != null) {
							if (!other.kind().equals("person")) {
								throw new ParleyException(display + ":" + p.lineOf("participants") + ": participants: " + who + " is a " + other.kind() + " proposal, not a person");
							}
							if (!"new".equals(other.text("person"))) {
								who = other.text("person");
							}
							else if (!other.decision().equals("accept")) {
								throw new ParleyException(display + ":" + p.lineOf("participants") + ": participants: " + who
										+ " is a new person whose proposal (line " + other.line() + ") is not accepted");
							}
						}
						if (byId.get(who) == null) {
							refs.put(who, display + ":" + p.lineOf("participants"));
						}
						participants.add(who);
					}
					String place = p.text("place");
					if (place != null) {
						refs.put(place, display + ":" + p.lineOf("place"));
					}
					events.add(new FactBatch.EventFact(p.id(), required(p, "title", display), channel, date, precision,
							p.text("dateBasis") == null ? "stated" : p.text("dateBasis"), p.text("dateNote"), status, place, participants, quote));
				}
				case "evidence" -> {
					String on = required(p, "on", display);
					Proposal other = byId.get(on);
					if (other != null && !(other.kind().equals("event") && other.decision().equals("accept"))) {
						throw new ParleyException(display + ":" + p.lineOf("on") + ": on: " + on + " is not an accepted event proposal");
					}
					if (other == null) {
						refs.put(on, display + ":" + p.lineOf("on"));
					}
					evidence.add(new FactBatch.EvidenceFact(on, quote));
				}
				case "source" -> {
					String outlet = required(p, "outlet", display);
					refs.put(outlet, display + ":" + p.lineOf("outlet"));
					evidence.add(new FactBatch.EvidenceFact(outlet, quote));
				}
				default -> skipped.add(p.id() + " (" + p.kind() + ", line " + p.line() + ")");
			}
		}
		missing(refs, graph);
		var source = new FactBatch.SourceFact(article, file.file() == null ? article : "Article " + article, file.outlet(),
				file.published(), file.url());
		return new Plan(new FactBatch(by, "ingest apply", source, people, aliases, events, evidence), skipped, accepted.size());
	}

	/** Every id the accepted proposals name that this graph does not have, each with its FILE:LINE, in one line. */
	private static void missing(Map<String, String> refs, Graph graph) {
		if (refs.isEmpty()) {
			return;
		}
		Set<String> absent = new LinkedHashSet<>();
		graph.read(KNOWN, Map.of("ids", List.copyOf(refs.keySet())), r -> r.get("labels").isNull() ? r.get("id").asString() : null)
			.stream().filter(id -> id != null).forEach(absent::add);
		if (!absent.isEmpty()) {
			var listed = absent.stream().map(id -> refs.get(id) + ": '" + id + "'").toList();
			throw new ParleyException(absent.size() + (absent.size() == 1 ? " id is" : " ids are") + " not in this graph: "
					+ String.join(", ", listed) + "; nothing written");
		}
	}

	static String evidenceId(String article, String proposal) {
		return ("evidence-" + article + "-" + proposal).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
	}

	private static String required(Proposal p, String field, String display) {
		String value = p.text(field);
		if (value == null || value.isBlank()) {
			throw new ParleyException(display + ":" + p.lineOf(field) + ": " + field + ": missing in " + p.kind() + " proposal " + p.id());
		}
		return value.strip();
	}

	private static String oneOf(Proposal p, String field, List<String> valid, String display) {
		String value = required(p, field, display);
		if (!valid.contains(value)) {
			throw new ParleyException(display + ":" + p.lineOf(field) + ": " + field + ": '" + value + "' is not one of " + String.join(", ", valid));
		}
		return value;
	}
}
