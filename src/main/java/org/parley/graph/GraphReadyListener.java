package org.parley.graph;

/** Work to do once the database is open and its schema current, before the first command uses it. */
@FunctionalInterface
public interface GraphReadyListener {

	void ready(Graph graph);
}
