package org.parley.generate;

import java.nio.file.Path;
import java.util.Map;

import org.parley.errors.UsageException;
import org.parley.graph.Graph;
import org.parley.graph.ParleySettings;
import org.parley.load.BulkLoader;
import org.parley.load.Table;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code generate}: a synthetic negotiation network, loaded into the database or written as CSV files. */
@Component
class GenerateCommands {


	/** Each person holds about 200 bytes of heap while generating (posts held in turn); 10 million fit in 2 GB. */
	static final int MAX_PEOPLE = 10_000_000;

	/** Each interaction holds about 60 bytes of heap (its arrays and, loading, its event's id); 50 million fit in 3 GB. */
	static final int MAX_INTERACTIONS = 50_000_000;

	/** Heap per person and per interaction, measured on generated networks, with a margin. */
	static final long HEAP_PER_PERSON = 200;

	static final long HEAP_PER_INTERACTION = 60;

	/** CSV bytes per person (with posts, tenures, stances and their evidence) and per interaction, measured: 273 and 119. */
	static final long DISK_PER_PERSON = 300;

	static final long DISK_PER_INTERACTION = 130;

	private final Graph graph;

	private final ParleySettings settings;

	GenerateCommands(@Lazy Graph graph, ParleySettings settings) {
		this.graph = graph;
		this.settings = settings;
	}

	@Command(name = "generate", group = "Scale", description = "Generate a synthetic negotiation network (deterministic for a seed) and load it, or write CSV files with --out.",
			help = "Ids start with syn-, nodes carry the label Synthetic ('unload --yes' removes them). An interaction is one participation in an event.\nWithout --out the files go to $PARLEY_HOME/generated/ and are loaded with Parley's resumable loader: run the same command again after an interruption."
					+ "\nBounds: at most 10,000,000 people and 50,000,000 interactions (about 200 and 60 bytes of heap each: the Java heap, -Xmx, must hold them), and the disk must hold the CSV files (about 300 bytes a person and 130 an interaction). Files appear in DIR only when complete; an existing file there needs --force.")
	String generate(@Option(longName = "people", description = "How many people. Default: interactions / 10.") Integer people,
			@Option(longName = "interactions", description = "How many participations in events. Default: 10000.") Integer interactions,
			@Option(longName = "countries", description = "How many countries (2-20). Default: 2.") Integer countries,
			@Option(longName = "seed", description = "Random seed; the same seed gives the same network. Default: 1.") Long seed,
			@Option(longName = "out", description = "Write CSV files to this directory instead of loading. Default: load.") String out,
			@Option(longName = "threads", description = "Parallel load transactions (1-64). Default: 2.") Integer threads,
			@Option(longName = "force", description = "Replace the CSV files already in the --out directory. Default: false, they are refused.") Boolean force) {
		int parallel = BulkLoader.threads(threads, 2);
		int m = interactions == null ? 10_000 : interactions;
		int k = countries == null ? 2 : countries;
		int n = people == null ? Math.max(4 * k, m / 10) : people;
		long s = seed == null ? 1 : seed;
		Path dir = out != null ? Path.of(out)
				: settings.home().resolve("generated").resolve("syn-" + n + "-" + m + "-" + k + "-" + s);
		GenerationBounds.check(n, m);
		if (out != null) {
			GenerationBounds.refuseExisting(out, dir, Boolean.TRUE.equals(force));
		}
		GenerationBounds.checkDisk(dir, n, m);
		long started = System.nanoTime();
		Map<Table, Long> counts;
		try {
			counts = SyntheticNetwork.write(n, m, k, s, dir);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
		String written = String.format("Generated %,d people, %,d events and %,d interactions (%d countries, seed %d) in %.1f s",
				counts.get(Table.PEOPLE), counts.get(Table.EVENTS), counts.get(Table.PARTICIPATIONS), k, s,
				(System.nanoTime() - started) / 1e9);
		if (out != null) {
			return written + "; CSV files in " + dir.toAbsolutePath() + ".";
		}
		BulkLoader.Result result = new BulkLoader(graph, null, parallel, true).load(dir);
		return written + ".\n" + (result.alreadyLoaded() ? "Already loaded: nothing to do."
				: String.format("Loaded %,d nodes and %,d relationships in %.1f s (%,.0f per second)%s.", result.nodes(),
						result.relationships(), result.seconds(), result.rate(), result.skippedBatches() > 0
								? "; resumed, " + result.skippedBatches() + " batches were already committed" : ""));
	}
}
