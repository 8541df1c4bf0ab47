package org.parley.backup;

import java.nio.file.Path;

import org.parley.files.WorkingDirectory;
import org.parley.graph.Graph;
import org.parley.graph.GraphStartup;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code backup} and {@code restore}: a logical copy of the whole graph that any Parley database can take back. */
@Component
class BackupCommands {

	private final Graph graph;

	private final GraphStartup startup;

	BackupCommands(@Lazy Graph graph, GraphStartup startup) {
		this.graph = graph;
		this.startup = startup;
	}

	@Command(name = "backup", group = "Database", description = "Copy every node and relationship into a new backup directory.",
			help = """
					Reads the graph in one transaction and writes DIR/manifest.json, nodes.jsonl.gz and
					relationships.jsonl.gz; DIR appears only when the backup is complete. Works while a console
					or `serve` uses the store, and against an external database.""")
	String backup(@Option(longName = "out", required = true, description = "The directory to create; it must not exist or must be empty. No default.") String out) {
		String schema = startup.schemaVersion(); // waits for the database
		long started = System.nanoTime();
		var written = new BackupWriter(graph).write(WorkingDirectory.resolve(out), schema);
		return String.format("Backed up %d nodes and %d relationships to %s (%s) in %.1f s", written.nodes(),
				written.relationships(), written.dir(), size(written.bytes()), (System.nanoTime() - started) / 1e9);
	}

	@Command(name = "restore", group = "Database", description = "Replace the graph with the contents of a backup directory.",
			help = """
					Checks the backup (manifest, checksums, every line) before writing, then loads it in one
					transaction: a failure leaves the graph as it was. A graph that holds data is only replaced
					with --replace.""")
	String restore(@Argument(index = 0, description = "DIR: a directory written by `backup`.") String dir,
			@Option(longName = "replace", description = "Delete the data in the graph before restoring. Default: false, restore only into an empty graph.") Boolean replace) {
		String schema = startup.schemaVersion(); // waits for the database
		long started = System.nanoTime();
		var restored = new Restorer(graph).restore(WorkingDirectory.resolve(dir), replace != null && replace, schema);
		return String.format("Restored %d nodes and %d relationships from %s (taken %s from %s) in %.1f s",
				restored.nodes(), restored.relationships(), WorkingDirectory.resolve(dir).toAbsolutePath().normalize(),
				restored.createdAt(), restored.origin(), (System.nanoTime() - started) / 1e9);
	}

	private static String size(long bytes) {
		return bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0)
				: String.format("%.1f MB", bytes / (1024.0 * 1024));
	}
}
