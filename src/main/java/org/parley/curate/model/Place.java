package org.parley.curate.model;

import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** A city, venue, region or port; lies IN another place or a country. */
@NodeEntity
public class Place extends NamedNode {

	private String kind;

	private String note;

	@Relationship(type = "IN")
	private Set<Node> within = new HashSet<>();

	Place() {
	}

	public String getKind() {
		return kind;
	}

	public String getNote() {
		return note;
	}

	public Set<Node> getWithin() {
		return within;
	}
}
