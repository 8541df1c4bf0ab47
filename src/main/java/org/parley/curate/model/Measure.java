package org.parley.curate.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** A tariff, export control, truce, threat or purchase deal, with whom it targets and what it answers. */
@NodeEntity
public class Measure extends Node {

	private String kind;

	private String title;

	private Long goodsValueUsd;

	private Long rateFrom;

	private Long rateTo;

	private LocalDate effective;

	private LocalDate expires;

	private String status;

	private String summary;

	private String basis;

	/** What of the measure is public record rather than the articles'. */
	private String publicRecord;

	@Relationship(type = "TARGETS")
	private Set<Country> targets = new HashSet<>();

	@Relationship(type = "ABOUT")
	private Set<Topic> topics = new HashSet<>();

	@Relationship(type = "RESPONDS_TO")
	private Set<Measure> respondsTo = new HashSet<>();

	Measure() {
	}

	public Measure(String id, String kind, String title, String status, Long rateFrom, Long rateTo, Long goodsValueUsd,
			LocalDate effective) {
		super(id);
		this.kind = kind;
		this.title = title;
		this.status = status;
		this.rateFrom = rateFrom;
		this.rateTo = rateTo;
		this.goodsValueUsd = goodsValueUsd;
		this.effective = effective;
		this.basis = "article";
	}

	public String getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public Long getGoodsValueUsd() {
		return goodsValueUsd;
	}

	public LocalDate getEffective() {
		return effective;
	}

	public String getStatus() {
		return status;
	}

	public Set<Country> getTargets() {
		return targets;
	}

	public Set<Topic> getTopics() {
		return topics;
	}

	public Set<Measure> getRespondsTo() {
		return respondsTo;
	}
}
