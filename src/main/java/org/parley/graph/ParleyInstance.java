package org.parley.graph;

import java.util.Map;
import java.util.UUID;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.UserFunction;

/**
 * {@code parley.instance()}: which Parley serves this Bolt port. A Parley that finds a {@code parley.pid} note asks the
 * URI in it and attaches only when the answer carries the note's token (a random value of the serving run, never
 * reused like a pid or a port) and the store of its own home. Public only because Neo4j instantiates it.
 */
public final class ParleyInstance {

	/** This run's token: a fresh random value each time a JVM starts. */
	static final String TOKEN = UUID.randomUUID().toString();

	@Context
	public GraphDatabaseService db;

	@UserFunction(name = "parley.instance")
	@Description("The serving Parley's run token, process id and store directory.")
	public Map<String, Object> instance() {
		String store = ((GraphDatabaseAPI) db).databaseLayout().getNeo4jLayout().homeDirectory().toString();
		return Map.of("token", TOKEN, "pid", ProcessHandle.current().pid(), "store", store);
	}
}
