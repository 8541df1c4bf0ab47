package org.parley.curate.model;

import java.util.HashSet;
import java.util.Set;

import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;

/** A country or the EU, id the ISO code ({@code US}, {@code CN}); also what a {@code side} names. */
@NodeEntity
public class Country extends NamedNode {

	@Relationship(type = "IMPOSED")
	private Set<Measure> imposed = new HashSet<>();

	Country() {
	}

	public Set<Measure> getImposed() {
		return imposed;
	}
}
