package org.parley.curate.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Property;
import org.neo4j.ogm.annotation.Relationship;

/** An official or anyone else the sources name, with the side they act for and the posts they held. */
@NodeEntity
public class Person extends NamedNode {

	private String side;

	private String qid;

	@Relationship(type = "REPRESENTS")
	private Country country;

	@Relationship(type = "HELD")
	private List<Tenure> tenures = new ArrayList<>();

	@Relationship(type = "PARTICIPATED_IN")
	private List<Participation> participations = new ArrayList<>();

	@Relationship(type = "IMPOSED")
	private Set<Measure> imposed = new HashSet<>();

	/**
	 * The score timeline {@code hawks} ranks by, derived from the person's stances by the rule in
	 * {@code graph/StanceScores} (migration V0009), which every write keeps: read here so nothing of the graph is lost,
	 * never written by OGM.
	 */
	@Property(readOnly = true)
	private List<java.time.LocalDate> scoreDates;

	@Property(readOnly = true)
	private List<Double> scores;

	@Property(readOnly = true)
	private java.time.LocalDate rankedFrom;

	Person() {
	}

	public Person(String id, String name, Country country) {
		super(id, name);
		this.side = country.getId();
		this.country = country;
	}

	public String getSide() {
		return side;
	}

	public String getQid() {
		return qid;
	}

	public Country getCountry() {
		return country;
	}

	public List<Tenure> getTenures() {
		return tenures;
	}

	public List<Participation> getParticipations() {
		return participations;
	}

	public Set<Measure> getImposed() {
		return imposed;
	}
}
