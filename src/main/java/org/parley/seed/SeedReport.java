package org.parley.seed;

import java.util.List;

/** Plain-text summaries of seed work for the console. */
final class SeedReport {

	private SeedReport() {
	}

	static String load(List<SeedLoader.Applied> results, String source, long nanos) {
		var text = new StringBuilder();
		int applied = 0;
		long[] total = new long[7];
		for (SeedLoader.Applied result : results) {
			if (result.changed()) {
				applied++;
				long[] counts = counts(result);
				for (int i = 0; i < total.length; i++) {
					total[i] += counts[i];
				}
				text.append(String.format("applied    %-28s %3d statements, %s%n", result.name(), result.statements(),
						changes(counts)));
			}
			else {
				text.append("unchanged  ").append(result.name()).append(System.lineSeparator());
			}
		}
		text.append(String.format("%d of %d seed files applied from %s (%s) in %.1f s", applied, results.size(), source,
				changes(total), nanos / 1e9));
		return text.toString();
	}

	private static long[] counts(SeedLoader.Applied a) {
		return new long[] { a.nodesCreated(), a.relationshipsCreated(), a.propertiesSet(), a.labelsAdded(),
				a.nodesDeleted(), a.relationshipsDeleted(), a.labelsRemoved() };
	}

	/** What was added and changed, then what was deleted: a seed file that deletes data says so in its line. */
	static String changes(long[] c) {
		return String.format("+%d nodes, +%d relationships, %d properties set, +%d labels; deleted %d nodes, "
				+ "%d relationships, %d labels", c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
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
