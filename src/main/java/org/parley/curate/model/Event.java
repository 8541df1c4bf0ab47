package org.parley.curate.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Property;
import org.neo4j.ogm.annotation.Relationship;

/** A call, round, meeting, statement or report, dated as precisely as known; {@code Summit} and {@code Round} are extra labels. */
@NodeEntity
public class Event extends Node {

	private String title;

	private String cameo;

	private String channel;

	private LocalDate date;

	private String datePrecision;

	private LocalDate endDate;

	private String dateBasis;

	private String dateNote;

	private String status;

	private String summary;

	private Long number;

	/** Facts the seed records beyond what curation writes (issue 17): kept so that nothing a curation or export
	 * loads through this model is lost. */
	private String basis;

	private String reasoning;

	private Long count;

	private Boolean countAtLeast;

	private String countNote;

	private LocalDate dateEarliest;

	private LocalDate dateLatest;

	/**
	 * The sides of a Contact's active participants, derived with the Contact label by the rule in {@code graph/Contacts}
	 * (migration V0007), which every write keeps: read here so nothing of the graph is lost, never written by OGM.
	 */
	@Property(readOnly = true)
	private java.util.List<String> contactSides;

	@Relationship(type = "AT")
	private Set<Place> places = new HashSet<>();

	@Relationship(type = "ABOUT")
	private Set<Topic> topics = new HashSet<>();

	@Relationship(type = "FOLLOWS")
	private Set<Event> follows = new HashSet<>();

	@Relationship(type = "DURING")
	private Set<Event> during = new HashSet<>();

	@Relationship(type = "IN_RESPONSE_TO")
	private Set<Node> inResponseTo = new HashSet<>();

	@Relationship(type = "ANNOUNCED")
	private Set<Measure> announced = new HashSet<>();

	Event() {
	}

	public Event(String id, String title, String channel, LocalDate date, String datePrecision, String status) {
		super(id);
		this.title = title;
		this.channel = channel;
		this.date = date;
		this.datePrecision = datePrecision;
		this.dateBasis = "stated";
		this.status = status;
	}

	public void setCameo(String cameo) {
		this.cameo = cameo;
	}

	public String getTitle() {
		return title;
	}

	public String getCameo() {
		return cameo;
	}

	public String getChannel() {
		return channel;
	}

	public LocalDate getDate() {
		return date;
	}

	public String getDatePrecision() {
		return datePrecision;
	}

	public String getStatus() {
		return status;
	}

	public String getSummary() {
		return summary;
	}

	public Long getNumber() {
		return number;
	}

	public Set<Place> getPlaces() {
		return places;
	}

	public Set<Topic> getTopics() {
		return topics;
	}

	public Set<Event> getFollows() {
		return follows;
	}

	public Set<Event> getDuring() {
		return during;
	}

	public Set<Node> getInResponseTo() {
		return inResponseTo;
	}

	public Set<Measure> getAnnounced() {
		return announced;
	}
}
