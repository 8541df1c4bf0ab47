package org.parley.curate.model;

import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Labels;
import org.neo4j.ogm.annotation.Relationship;

/**
 * What every node of the negotiator graph has: its stable {@code id} (unique per label, and across labels in
 * practice), extra labels ({@code Summit}, {@code Round}, {@code Retracted}), the evidence behind it, and, for facts
 * analysts recorded, when and by whom. Abstract and unannotated, so it adds no label of its own.
 */
public abstract class Node {

	/** The label that marks a retracted fact: it stays for audit, every answer skips it. */
	public static final String RETRACTED = "Retracted";

	@Id
	private String id;

	@Labels
	private Set<String> extraLabels = new HashSet<>();

	@Relationship(type = "EVIDENCED_BY")
	private Set<Evidence> evidence = new HashSet<>();

	private ZonedDateTime recordedAt;

	private String recordedBy;

	protected Node() {
	}

	protected Node(String id) {
		this.id = id;
	}

	public String getId() {
		return id;
	}

	public Set<String> getExtraLabels() {
		return extraLabels;
	}

	public Set<Evidence> getEvidence() {
		return evidence;
	}

	public ZonedDateTime getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	/** Marks this node as recorded by an analyst now. */
	public void recorded(ZonedDateTime at, String by) {
		this.recordedAt = at;
		this.recordedBy = by;
	}

	public boolean isRetracted() {
		return extraLabels.contains(RETRACTED);
	}
}
