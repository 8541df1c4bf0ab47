package org.parley.curate.model;

import org.neo4j.ogm.annotation.NodeEntity;

/** What events, measures and stances are about, e.g. {@code rare-earths}. */
@NodeEntity
public class Topic extends NamedNode {

	Topic() {
	}
}
