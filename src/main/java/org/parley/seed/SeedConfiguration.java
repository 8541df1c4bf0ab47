package org.parley.seed;

import java.util.List;

import org.parley.report.format.Plural;
import org.parley.errors.ParleyException;
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
				if (settings.seedDir() != null) {
					notLoaded(loader, source);
				}
				return;
			}
			long started = System.nanoTime();
			var results = loader.load(SeedProgress.onStderr(source.describe()));
			long nodes = results.stream().mapToLong(SeedLoader.Applied::nodesCreated).sum();
			long rels = results.stream().mapToLong(SeedLoader.Applied::relationshipsCreated).sum();
			System.err.printf("Seeded the new store %s from %s%s (+%d nodes, +%d relationships) in %.1f s%n",
					graph.target().store(), Plural.of(results.size(), "seed file"), source.unaskedOrigin(), nodes, rels,
					(System.nanoTime() - started) / 1e9);
		};
	}

	/**
	 * A seed directory named with {@code parley.seed-dir} whose files this existing home has not loaded (new or
	 * changed since): the answers come from the graph as it was loaded, so one line on stderr says so and how to
	 * load them. Nothing is loaded unasked: the home may hold curated changes.
	 */
	static void notLoaded(SeedLoader loader, SeedSource source) {
		List<SeedLoader.Drift> pending;
		try {
			pending = loader.check().stream().filter(d -> d.state().equals("new") || d.state().equals("changed")).toList();
		}
		catch (ParleyException unreadable) {
			return; // the seed commands say what is wrong with the directory
		}
		if (pending.isEmpty()) {
			return;
		}
		SeedLoader.Drift first = pending.get(0);
		String more = pending.size() > 1 ? " and " + (pending.size() - 1) + " more file" + (pending.size() > 2 ? "s" : "") : "";
		System.err.println("parley: seed file " + first.name() + more + " in " + source.describe() + " "
				+ (pending.size() > 1 ? "are" : "is") + " " + (first.state().equals("new") ? "new" : "changed")
				+ (pending.size() > 1 ? " or changed" : "") + " and not loaded in this home, which answers from the graph"
				+ " loaded before: 'seed load' applies new and changed files, 'seed reset --yes' reloads every file");
	}
}
