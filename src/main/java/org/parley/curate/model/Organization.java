package org.parley.curate.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** A ministry, agency, outlet, company or forum, of a country and possibly part of another organization. */
@NodeEntity
public class Organization extends NamedNode {

	private String kind;

	private String side;

	private String note;

	@Relationship(type = "OF_COUNTRY")
	private Country country;

	@Relationship(type = "PART_OF")
	private Set<Organization> partOf = new HashSet<>();

	@Relationship(type = "PARTICIPATED_IN")
	private List<Participation> participations = new ArrayList<>();

	@Relationship(type = "IMPOSED")
	private Set<Measure> imposed = new HashSet<>();

	Organization() {
	}

	public Organization(String id, String name, String kind) {
		super(id, name);
		this.kind = kind;
	}

	public String getKind() {
		return kind;
	}

	public String getSide() {
		return side;
	}

	public String getNote() {
		return note;
	}

	public Country getCountry() {
		return country;
	}

	public Set<Organization> getPartOf() {
		return partOf;
	}

	public List<Participation> getParticipations() {
		return participations;
	}

	public Set<Measure> getImposed() {
		return imposed;
	}
}
