package org.parley.curate.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** A person's time in a post: start and end days (both in office), null end for an incumbent. */
@NodeEntity
public class Tenure extends Node {

	private LocalDate start;

	private String startPrecision;

	private LocalDate end;

	private String endPrecision;

	private Long ordinal;

	private String basis;

	private Boolean confirmed;

	private String note;

	@Relationship(type = "OF_POST")
	private Post post;

	private LocalDate startEarliest;

	private LocalDate endLatest;

	@Relationship(type = "CITES")
	private Set<Source> cites = new HashSet<>();

	Tenure() {
	}

	public Tenure(String id, Post post, LocalDate start, LocalDate end, long ordinal, String note) {
		super(id);
		this.post = post;
		this.start = start;
		this.startPrecision = "day";
		this.end = end;
		this.endPrecision = end == null ? null : "day";
		this.ordinal = ordinal;
		this.basis = "curated";
		this.confirmed = true;
		this.note = note;
	}

	public LocalDate getStart() {
		return start;
	}

	public LocalDate getEnd() {
		return end;
	}

	public void end(LocalDate day) {
		this.end = day;
		this.endPrecision = "day";
	}

	public Long getOrdinal() {
		return ordinal;
	}

	public String getBasis() {
		return basis;
	}

	public String getNote() {
		return note;
	}

	public Post getPost() {
		return post;
	}

	public Set<Source> getCites() {
		return cites;
	}
}
