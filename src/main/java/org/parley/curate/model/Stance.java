package org.parley.curate.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Property;
import org.neo4j.ogm.annotation.Relationship;

/** An assessment of a person's stance (score +1 hawk ... -1 dove) from a date, by an outlet, analyst or person. */
@NodeEntity
public class Stance extends Node {

	private String label;

	private Double score;

	private LocalDate validFrom;

	private String validFromPrecision;

	private String note;

	@Relationship(type = "OF")
	private Person person;

	private String basis;

	/** A relative assessment ('more-than' another person, see COMPARED_WITH) instead of a score. */
	private String relation;

	@Relationship(type = "COMPARED_WITH")
	private Person comparedWith;

	/**
	 * Derived from OF and COMPARED_WITH by the rule in {@code graph/StanceSides} (migration V0006), which every write
	 * keeps: read here so nothing of the graph is lost, never written by OGM.
	 */
	@Property(readOnly = true)
	private String personSide;

	@Property(readOnly = true)
	private Boolean compares;

	@Relationship(type = "ASSESSED_BY")
	private Set<Node> assessedBy = new HashSet<>();

	@Relationship(type = "ON_ISSUE")
	private Set<Topic> issues = new HashSet<>();

	Stance() {
	}

	public Stance(String id, Person person, String label, double score, LocalDate validFrom) {
		super(id);
		this.person = person;
		this.label = label;
		this.score = score;
		this.validFrom = validFrom;
		this.validFromPrecision = "day";
	}

	public String getLabel() {
		return label;
	}

	public Double getScore() {
		return score;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public String getNote() {
		return note;
	}

	public Person getPerson() {
		return person;
	}

	public Set<Node> getAssessedBy() {
		return assessedBy;
	}

	public Set<Topic> getIssues() {
		return issues;
	}
}
