package org.parley.curate.model;

import org.neo4j.ogm.annotation.EndNode;
import org.neo4j.ogm.annotation.GeneratedValue;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.RelationshipEntity;
import org.neo4j.ogm.annotation.StartNode;

/** A person or organization took part in an event: in which role, in which post (its id) and for which side. */
@RelationshipEntity(type = "PARTICIPATED_IN")
public class Participation {

	@Id
	@GeneratedValue
	private Long graphId;

	@StartNode
	private Node actor;

	@EndNode
	private Event event;

	private String role;

	private String post;

	private String side;

	private String basis;

	private String reasoning;

	Participation() {
	}

	public Participation(Node actor, Event event, String role, String post, String side) {
		this.actor = actor;
		this.event = event;
		this.role = role;
		this.post = post;
		this.side = side;
	}

	public Node getActor() {
		return actor;
	}

	public Event getEvent() {
		return event;
	}

	public String getRole() {
		return role;
	}

	public String getPost() {
		return post;
	}

	public String getSide() {
		return side;
	}
}
