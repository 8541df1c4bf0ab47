package org.parley.curate.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** Where facts come from: an article, a report it cites, a reference page, or a source an analyst recorded. */
@NodeEntity
public class Source extends Node {

	private String kind;

	private String title;

	private String url;

	private LocalDate published;

	private String publishedPrecision;

	private String publishedBasis;

	private String language;

	private String file;

	private String outletNote;

	@Relationship(type = "PUBLISHED_BY")
	private Organization publisher;

	/** Whether the title is the curators' own (the text has no headline). */
	private Boolean titleEditorial;

	private String titleNote;

	@Relationship(type = "CITED_IN")
	private Set<Source> citedIn = new HashSet<>();

	Source() {
	}

	public Source(String id, String kind, String title, String url, LocalDate published, Organization publisher) {
		super(id);
		this.kind = kind;
		this.title = title;
		this.url = url;
		this.published = published;
		this.publishedPrecision = published == null ? null : "day";
		this.publisher = publisher;
	}

	public String getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public LocalDate getPublished() {
		return published;
	}

	public Organization getPublisher() {
		return publisher;
	}

	public Set<Source> getCitedIn() {
		return citedIn;
	}
}
