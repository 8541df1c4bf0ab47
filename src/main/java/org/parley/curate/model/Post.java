package org.parley.curate.model;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** An office in an organization ({@code us-treasury-secretary}), held by people over time through tenures. */
@NodeEntity
public class Post extends NamedNode {

	private String side;

	@Relationship(type = "IN")
	private Organization organization;

	/** How many hold the post at once (four vice premiers). */
	private Long seats;

	private String seatsNote;

	Post() {
	}

	public Post(String id, String name, Organization organization) {
		super(id, name);
		this.organization = organization;
		this.side = organization.getSide();
	}

	public String getSide() {
		return side;
	}

	public Organization getOrganization() {
		return organization;
	}
}
