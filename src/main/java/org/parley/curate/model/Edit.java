package org.parley.curate.model;

import java.time.LocalDate;

import org.neo4j.ogm.annotation.NodeEntity;

/**
 * An analyst's change to facts that already exist, kept for audit and replayed by {@code export seed}: an alias added,
 * a duplicate merged, a tenure ended, a fact retracted. When and by whom are inherited.
 */
@NodeEntity
public class Edit extends Node {

	private String action;

	/** Id of the node changed (the kept person of a merge). */
	private String target;

	/** Label of the node changed. */
	private String targetLabel;

	/** The alias added, the id of the merged duplicate, or the retraction's reason. */
	private String value;

	/** The names a merge added to the kept person's aliases. */
	private java.util.List<String> names;

	/** The end day of an ended tenure. */
	private LocalDate day;

	/** Id of the source behind the change, if any. */
	private String source;

	Edit() {
	}

	public Edit(String id, String action, String targetLabel, String target, String value, LocalDate day, String source) {
		super(id);
		this.action = action;
		this.targetLabel = targetLabel;
		this.target = target;
		this.value = value;
		this.day = day;
		this.source = source;
	}

	public String getAction() {
		return action;
	}

	public String getTarget() {
		return target;
	}

	public String getTargetLabel() {
		return targetLabel;
	}

	public String getValue() {
		return value;
	}

	public java.util.List<String> getNames() {
		return names;
	}

	public void setNames(java.util.List<String> names) {
		this.names = java.util.List.copyOf(names);
	}

	public LocalDate getDay() {
		return day;
	}

	public String getSource() {
		return source;
	}
}
