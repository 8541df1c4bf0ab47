package org.parley.graph;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Exposes the database to the commands. {@link GraphStartup} is registered before the context refreshes (see
 * {@code ParleyApplication}) so Neo4j starts while Spring builds the shell; {@link Graph} is created on first use,
 * after which every {@link GraphReadyListener} runs once.
 */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	@Bean
	@Lazy
	Graph graph(GraphStartup startup, ObjectProvider<GraphReadyListener> listeners) {
		Graph graph = startup.graph();
		List<GraphReadyListener> ordered = listeners.orderedStream().toList();
		ordered.forEach(listener -> listener.ready(graph));
		return graph;
	}
}
