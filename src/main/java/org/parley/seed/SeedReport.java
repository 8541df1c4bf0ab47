package org.parley.seed;

import java.util.List;

/** Plain-text summaries of seed work for the console. */
final class SeedReport {

	private SeedReport() {
	}

	static String load(List<SeedLoader.Applied> results, String source, long nanos) {
		var text = new StringBuilder();
		int applied = 0;
		long nodes = 0;
		long rels = 0;
		for (SeedLoader.Applied result : results) {
			if (result.changed()) {
				applied++;
				nodes += result.nodesCreated();
				rels += result.relationshipsCreated();
				text.append(String.format("applied    %-28s %3d statements, +%d nodes, +%d relationships, %d properties set%n",
						result.name(), result.statements(), result.nodesCreated(), result.relationshipsCreated(),
						result.propertiesSet()));
			}
			else {
				text.append("unchanged  ").append(result.name()).append(System.lineSeparator());
			}
		}
		text.append(String.format("%d of %d seed files applied from %s (+%d nodes, +%d relationships) in %.1f s",
				applied, results.size(), source, nodes, rels, nanos / 1e9));
		return text.toString();
	}

	static String check(List<SeedLoader.Drift> drift, String source) {
		var text = new StringBuilder("Seed files in ").append(source).append(System.lineSeparator());
		long stale = 0;
		for (SeedLoader.Drift d : drift) {
			String checksum = d.fileChecksum() != null ? d.fileChecksum() : d.loadedChecksum();
			String detail = switch (d.state()) {
				case "loaded" -> "since " + d.loadedAt();
				case "changed" -> "changed since loaded " + d.loadedAt() + " (was " + d.loadedChecksum().substring(0, 12) + ")";
				case "new" -> "not loaded yet";
				default -> "loaded " + d.loadedAt() + ", file no longer present";
			};
			if (!"loaded".equals(d.state())) {
				stale++;
			}
			text.append(String.format("  %-8s %-28s %s  %s%n", d.state(), d.name(), checksum.substring(0, 12), detail));
		}
		text.append(stale == 0 ? "No drift: the graph holds every seed file as it is." : stale + " file(s) differ; run 'seed load' to apply them.");
		return text.toString();
	}
}
