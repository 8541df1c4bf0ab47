package org.parley.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts to record together, from one source. New people and events are named by a {@code key} (a proposal id) that
 * participants may refer to; the writer allocates their readable ids. Every fact carries its {@link Quote}: the
 * evidence the writer records under the quote's {@code evidenceId}, which is what makes a second write of the same
 * batch change nothing (a fact whose evidence id is already in the graph is skipped).
 *
 * @param by who records (null: the operating system user)
 * @param action what the evidence says recorded it, e.g. {@code ingest apply}
 */
public record FactBatch(String by, String action, SourceFact source, List<PersonFact> people, List<AliasFact> aliases,
		List<EventFact> events, List<EvidenceFact> evidence, List<StanceFact> stances, List<MeasureFact> measures) {

	public FactBatch(String by, String action, SourceFact source, List<PersonFact> people, List<AliasFact> aliases,
			List<EventFact> events, List<EvidenceFact> evidence) {
		this(by, action, source, people, aliases, events, evidence, List.of(), List.of());
	}

	/** The article itself; recorded when no source has this id, with a new media outlet when the outlet is unknown. */
	public record SourceFact(String id, String title, String outlet, LocalDate published, String url) {
	}

	/** A quoted phrase at a character offset of the source, on a line. */
	public record Quote(String evidenceId, String phrase, long offset, String location) {
	}

	/** A new person (side: a country id). */
	public record PersonFact(String key, String name, String side, Quote quote) {
	}

	/** Another name of an existing person (a misspelling the source uses), recorded as an {@code Edit} would be. */
	public record AliasFact(String person, String alias, Quote quote) {
	}

	/**
	 * A new event; participants are ids of existing people or organizations, or keys of new people of this batch.
	 */
	public record EventFact(String key, String title, String channel, LocalDate date, String precision, LocalDate endDate,
			String dateBasis, String dateNote, String status, String place, List<String> participants, Quote quote) {
	}

	/**
	 * A stance assessment, as {@code assess} records it: the person (an id, or the key of a new person of this batch),
	 * the label and score (-1 dove ... +1 hawk), the day it holds from, who assessed it (a person or organization id;
	 * null: the source's outlet) and the topics it is on.
	 */
	public record StanceFact(String person, String label, double score, LocalDate from, String assessor, List<String> issues,
			Quote quote) {
	}

	/**
	 * A new measure (a tariff, a threat...): its kind, title, rates in percent, value of goods in US dollars, the day it
	 * takes effect, its status, the country that imposes it and those it targets (country ids; null or empty when the
	 * text does not say).
	 */
	public record MeasureFact(String kind, String title, Long rateFrom, Long rateTo, Long goodsValueUsd, LocalDate effective,
			String status, String imposedBy, List<String> targets, Quote quote) {
	}

	/** New evidence on an existing fact (an event, a person, an organization), or on a new event by its key. */
	public record EvidenceFact(String fact, Quote quote) {
	}
}
