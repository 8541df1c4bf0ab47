package org.parley.load;

import org.parley.cli.CommonOptions;
import org.parley.cli.Accepts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.parley.errors.UsageException;
import org.parley.files.WorkingDirectory;
import org.parley.graph.DerivedData;
import org.parley.graph.Graph;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code load DIR} (Parley's bulk loader or LOAD CSV) and {@code unload}: bulk data such as generated networks. */
@Component
class LoadCommands {

	private final Graph graph;

	LoadCommands(@Lazy Graph graph) {
		this.graph = graph;
	}

	@Command(name = "load", group = "Scale", description = "Load a directory of network CSV files (as 'generate --out' writes them); resumes an interrupted load.")
	String load(@Argument(index = 0, description = "DIR: the directory with countries.csv, people.csv, events.csv, participations.csv ...") String dir,
			@Option(longName = "via", description = "loader (Parley's batched, parallel, resumable loader) or load-csv (Neo4j's LOAD CSV). Default: loader.") String via,
			@Option(longName = "batch", description = "Rows per transaction. Default: 2000 for Parley's loader on Parley's own store, 5000 over Bolt (an external server) and for load-csv; a resumed load keeps the size it began with.") Integer batch,
			@Option(longName = "threads", description = "Parallel transactions (loader only). Default: 2.") Integer threads) {
		if (dir == null || !Files.isDirectory(WorkingDirectory.resolve(dir))) {
			throw new UsageException("load needs a directory of CSV files" + (dir == null ? "" : ": " + dir + " is none"));
		}
		if (batch != null && batch < 1) {
			throw new UsageException("invalid value '" + batch + "' for --batch: expected a positive number of rows");
		}
		int parallel = BulkLoader.threads(threads, 2);
		BulkLoader.Result result;
		if (via == null || via.equals("loader")) {
			var loader = new BulkLoader(graph, batch, parallel, true);
			result = Interrupt.stopping(loader::stop, () -> loader.load(WorkingDirectory.resolve(dir)));
		}
		else if (via.equals("load-csv")) {
			result = new LoadCsv(graph, batch == null ? BulkLoader.DEFAULT_BATCH : batch, true).load(WorkingDirectory.resolve(dir));
		}
		else {
			throw new UsageException("--via must be loader or load-csv, not '" + via + "'");
		}
		return describe(result);
	}

	static String describe(BulkLoader.Result result) {
		if (result.alreadyLoaded()) {
			return "Already loaded (run " + result.run() + "): nothing to do.";
		}
		return String.format("Loaded %,d nodes and %,d relationships in %.1f s (%,.0f per second)%s%s.", result.nodes(),
				result.relationships(), result.seconds(), result.rate(),
				result.skippedBatches() > 0 ? "; resumed, " + result.skippedBatches() + " batches were already committed" : "",
				result.unlinked() > 0 ? String.format("; %,d rows named a node that is in neither the files nor the graph and were left out",
						result.unlinked()) : "");
	}

	@Command(name = "unload", group = "Scale", description = "Delete all synthetic (generated) data and the load checkpoints; curated data stays.")
	String unload(@Option(longName = "yes", description = "Confirm the deletion. Default: false, nothing happens.") @Accepts(confirms = "unload deletes every :Synthetic node") Boolean yes) {
		CommonOptions.confirmed("yes", Boolean.TRUE.equals(yes), "unload deletes every :Synthetic node");
		long before = graph.read("MATCH (n:Synthetic) RETURN count(n) AS n", Map.of(), r -> r.get("n").asLong()).get(0);
		graph.autoCommit("""
				MATCH (n) WHERE n:Synthetic OR n:LoadBatch
				CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""", Map.of());
		// curated events, stances and people may have had synthetic participants, comparisons or assessments
		DerivedData.markAll(graph);
		return String.format("Deleted %,d synthetic nodes.", before);
	}
}
