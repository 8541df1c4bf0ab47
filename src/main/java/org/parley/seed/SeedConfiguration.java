package org.parley.seed;

import org.parley.graph.Graph;
import org.parley.graph.GraphReadyListener;
import org.parley.graph.GraphTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The seed loader, and the first-start seeding of an empty embedded store. */
@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

	@Bean
	SeedLoader seedLoader(@Lazy Graph graph, SeedSettings settings) {
		return new SeedLoader(graph, SeedSource.resolve(settings.seedDir()));
	}

	@Bean
	GraphReadyListener seedEmptyStore(SeedSettings settings) {
		return graph -> {
			if (!settings.autoSeed() || graph.target().mode() != GraphTarget.Mode.EMBEDDED) {
				return;
			}
			var source = SeedSource.resolve(settings.seedDir());
			var loader = new SeedLoader(graph.unguarded(), source); // a restore's marker is not empty
			if (!loader.isEmpty()) {
				return;
			}
			long started = System.nanoTime();
			var results = loader.load();
			long nodes = results.stream().mapToLong(SeedLoader.Applied::nodesCreated).sum();
			long rels = results.stream().mapToLong(SeedLoader.Applied::relationshipsCreated).sum();
			System.err.printf("Seeded the new store %s from %d seed files%s (+%d nodes, +%d relationships) in %.1f s%n",
					graph.target().store(), results.size(), source.unaskedOrigin(), nodes, rels,
					(System.nanoTime() - started) / 1e9);
		};
	}
}
