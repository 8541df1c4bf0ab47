package org.parley.curate.model;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/**
 * What a source says behind a fact: the seed's evidence quotes a phrase at a location; an analyst's records the
 * command that recorded the fact ({@code action}), and when and by whom (inherited).
 */
@NodeEntity
public class Evidence extends Node {

	private String phrase;

	private String location;

	private Long offset;

	private String sourceGrade;

	private Long infoGrade;

	private Boolean anonymous;

	private String action;

	@Relationship(type = "FROM")
	private Source source;

	/** post, quote or report: what the evidence grades follow (docs/model.md). */
	private String form;

	Evidence() {
	}

	/**
	 * @param phrase   what answers show as the evidence: the source's title
	 * @param location who recorded it, when and with which command
	 */
	public Evidence(String id, Source source, String action, String phrase, String location) {
		super(id);
		this.source = source;
		this.action = action;
		this.phrase = phrase;
		this.location = location;
	}

	public String getPhrase() {
		return phrase;
	}

	public String getLocation() {
		return location;
	}

	public String getSourceGrade() {
		return sourceGrade;
	}

	public String getAction() {
		return action;
	}

	public Source getSource() {
		return source;
	}
}
