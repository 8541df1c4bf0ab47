package org.parley.backup;

import java.nio.file.Path;
import java.util.Map;

import org.parley.errors.ParleyException;
import org.parley.graph.Graph;
import org.parley.graph.GraphReadyListener;
import org.parley.graph.GraphStartup;
import org.parley.graph.GraphTarget;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Finishes a restore in batches that did not end (killed, power loss, a failed batch): when this process opens the
 * embedded store and finds the {@code __ParleyRestore} marker, it restores the same backup again, from the start.
 * Finishing rather than rolling back: the old graph was deleted before the first batch, so there is nothing to roll
 * back to, and the backup was checked completely before anything was deleted (it is checked again now). If the backup
 * is gone or no longer checks, the marker stays and every question refuses with a line that says so.
 * Only a process holding the store lock does this: then no other restore can be running. Attached processes and
 * external databases leave it to {@code restore DIR --replace}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestoreOnStart implements GraphReadyListener {

	private final GraphStartup startup;

	RestoreOnStart(GraphStartup startup) {
		this.startup = startup;
	}

	@Override
	public void ready(Graph graph) {
		if (graph.target().mode() != GraphTarget.Mode.EMBEDDED) {
			return;
		}
		var marker = graph.unguarded().read("MATCH (m:" + Graph.RESTORE_MARKER + ") RETURN m.from AS from LIMIT 1",
				Map.of(), r -> r.get("from").asString(null));
		if (marker.isEmpty() || marker.get(0) == null) {
			return;
		}
		String from = marker.get(0);
		if (!java.nio.file.Files.isDirectory(Path.of(from))) {
			return; // nothing to finish it from: every question says so, and how to go on
		}
		System.err.println("A restore from " + from + " was interrupted; finishing it (the backup is checked again first)...");
		long started = System.nanoTime();
		try {
			var restored = new Restorer(graph).restore(Path.of(from), true, startup.schemaVersion());
			System.err.printf("Finished the interrupted restore: %d nodes and %d relationships from %s in %.1f s%n",
					restored.nodes(), restored.relationships(), from, (System.nanoTime() - started) / 1e9);
		}
		catch (ParleyException ex) {
			// the marker stays: every question refuses and names the way out (restore DIR --replace)
			System.err.println("Cannot finish it: " + Graph.oneLine(ex.getMessage()));
		}
	}
}
