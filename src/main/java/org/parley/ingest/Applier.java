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

	private static final List<String> PRECISIONS = List.of("day", "month", "year", "span");

	private static final List<String> MEASURE_KINDS = List.of("tariff", "retaliatory-tariff", "threat", "export-control", "truce",
			"sales-ban", "purchase-deal", "goodwill-purchase", "legislation", "consensus", "exemption", "target");

	private static final List<String> MEASURE_STATUSES = List.of("in-force", "expected", "planned", "threatened", "agreed", "reported",
			"cancelled", "suspended", "expired");

	private static final String KNOWN = """
			UNWIND $ids AS id
			OPTIONAL MATCH (n) WHERE n.id = id AND (n:Person OR n:Organization OR n:Event OR n:Place OR n:Country OR n:Topic)
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
		var stances = new ArrayList<FactBatch.StanceFact>();
		var measures = new ArrayList<FactBatch.MeasureFact>();
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
					java.time.LocalDate end = precision.equals("span") ? day(p, "endDate", true, display) : null;
					if (end != null && !end.isAfter(date)) {
						throw new ParleyException(display + ":" + p.lineOf("endDate") + ": endDate: " + end + " is not after the date " + date);
					}
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
					events.add(new FactBatch.EventFact(p.id(), required(p, "title", display), channel, date, precision, end,
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
				case "stance" -> stances.add(stance(p, byId, refs, file, display, quote));
				case "measure" -> measures.add(measure(p, refs, display, quote));
				default -> skipped.add(p.id() + " (" + p.kind() + ", line " + p.line() + ")");
			}
		}
		missing(refs, graph);
		var source = new FactBatch.SourceFact(article, file.file() == null ? article : "Article " + article, file.outlet(),
				file.published(), file.url());
		return new Plan(new FactBatch(by, "ingest apply", source, people, aliases, events, evidence, stances, measures), skipped,
				accepted.size());
	}

	/** A stance: the person (an id, or an accepted new-person proposal), label, score, from, who assessed it, its issues. */
	private static FactBatch.StanceFact stance(Proposal p, Map<String, Proposal> byId, Map<String, String> refs, Proposals file,
			String display, FactBatch.Quote quote) {
		String person = actor(p, "person", required(p, "person", display), byId, refs, display);
		String label = required(p, "stance", display);
		double score = number(p, "score", display);
		if (score < -1 || score > 1) {
			throw new ParleyException(display + ":" + p.lineOf("score") + ": score: " + p.text("score") + " is not from -1 (dove) to 1 (hawk)");
		}
		String assessor = p.text("assessor");
		if (assessor != null && !assessor.isBlank()) {
			assessor = actor(p, "assessor", assessor.strip(), byId, refs, display);
		}
		else if (file.outlet() == null) {
			throw new ParleyException(display + ":" + p.lineOf("assessor") + ": assessor: the article names no outlet, so give the id of the "
					+ "person or organization who made the assessment");
		}
		else {
			assessor = null;
		}
		List<String> issues = p.fields().get("issue") instanceof List<?> l ? l.stream().map(String::valueOf).toList()
				: List.of(required(p, "issue", display));
		issues.forEach(issue -> refs.put(issue, display + ":" + p.lineOf("issue")));
		return new FactBatch.StanceFact(person, label, score, day(p, "from", true, display), assessor, issues, quote);
	}

	/** A measure: its kind, title, rates, amount, effective day, status, who imposes it and whom it targets. */
	private static FactBatch.MeasureFact measure(Proposal p, Map<String, String> refs, String display, FactBatch.Quote quote) {
		String kind = oneOf(p, "measure", MEASURE_KINDS, display);
		String status = oneOf(p, "status", MEASURE_STATUSES, display);
		String by = p.text("by");
		if (by != null) {
			refs.put(by, display + ":" + p.lineOf("by"));
		}
		List<String> targets = p.fields().get("targets") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
		targets.forEach(t -> refs.put(t, display + ":" + p.lineOf("targets")));
		Long rateFrom = p.text("rateFrom") == null ? null : percent(p, "rateFrom", display);
		Long rate = p.text("rate") == null ? null : percent(p, "rate", display);
		Long value = p.text("goodsValueUsd") == null ? null : (long) number(p, "goodsValueUsd", display);
		return new FactBatch.MeasureFact(kind, required(p, "title", display), rateFrom, rate, value, day(p, "effective", false, display),
				status, by, targets, quote);
	}

	/** A person by id, or an accepted new-person proposal of this file by its id. */
	private static String actor(Proposal p, String field, String who, Map<String, Proposal> byId, Map<String, String> refs, String display) {
		Proposal other = byId.get(who);
		if (other == null) {
			refs.put(who, display + ":" + p.lineOf(field));
			return who;
		}
		if (!other.kind().equals("person")) {
			throw new ParleyException(display + ":" + p.lineOf(field) + ": " + field + ": " + who + " is a " + other.kind() + " proposal, not a person");
		}
		if (!"new".equals(other.text("person"))) {
			String id = other.text("person");
			refs.put(id, display + ":" + p.lineOf(field));
			return id;
		}
		if (!other.decision().equals("accept")) {
			throw new ParleyException(display + ":" + p.lineOf(field) + ": " + field + ": " + who + " is a new person whose proposal (line "
					+ other.line() + ") is not accepted");
		}
		return who;
	}

	private static double number(Proposal p, String field, String display) {
		String value = required(p, field, display);
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new ParleyException(display + ":" + p.lineOf(field) + ": " + field + ": '" + value + "' is not a number");
		}
	}

	/** A rate in whole percent, as the model records it. */
	private static Long percent(Proposal p, String field, String display) {
		double rate = number(p, field, display);
		if (rate < 0 || rate > 1000 || rate != Math.rint(rate)) {
			throw new ParleyException(display + ":" + p.lineOf(field) + ": " + field + ": " + p.text(field)
					+ " is not a whole percent from 0 to 1000 (the model records rates in whole percent)");
		}
		return (long) rate;
	}

	private static java.time.LocalDate day(Proposal p, String field, boolean needed, String display) {
		String value = needed ? required(p, field, display) : p.text(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ParleyException(display + ":" + p.lineOf(field) + ": " + field + ": '" + value + "' is not a date as YYYY-MM-DD");
		}
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
