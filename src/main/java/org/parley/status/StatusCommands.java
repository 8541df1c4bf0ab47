package org.parley.status;

import java.util.Map;

import org.parley.browser.BrowserSettings;
import org.parley.graph.Graph;
import org.parley.graph.GraphStatus;
import org.parley.graph.GraphTarget;
import org.parley.graph.ParleySettings;
import org.parley.seed.SeedLoader;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code status}: what Parley is connected to, the schema, the seed files and what the graph holds. */
@Component
class StatusCommands {

	private final Graph graph;

	private final SeedLoader seeds;

	private final ParleySettings settings;

	private final BrowserSettings browser;

	StatusCommands(@Lazy Graph graph, SeedLoader seeds, ParleySettings settings, BrowserSettings browser) {
		this.graph = graph;
		this.seeds = seeds;
		this.settings = settings;
		this.browser = browser;
	}

	@Command(name = "status", group = "Database", description = "Show where the data lives, versions, seed files and counts.")
	String status() {
		GraphStatus status = GraphStatus.of(graph);
		var text = new StringBuilder();
		GraphTarget target = status.target();
		line(text, "Data", switch (target.mode()) {
			case EMBEDDED -> "embedded store " + target.store();
			case ATTACHED -> "store " + target.store() + " (served by another Parley)";
			case EXTERNAL -> "external database " + target.uri();
		});
		line(text, "Bolt", bolt(target));
		line(text, "Browser", browser(target));
		line(text, "Neo4j", status.neo4jVersion() + " " + status.edition());
		line(text, "Schema", "migration " + status.schemaVersion());
		var drift = seeds.check();
		long loaded = drift.stream().filter(d -> d.state().equals("loaded")).count();
		line(text, "Seed files", loaded + " of " + drift.stream().filter(d -> d.fileChecksum() != null).count()
				+ " loaded and unchanged, from " + seeds.describeSource());
		for (SeedLoader.Drift d : drift) {
			String checksum = d.fileChecksum() != null ? d.fileChecksum() : d.loadedChecksum();
			text.append(String.format("  %-30s %s  %s%n", d.name(), checksum.substring(0, 12), d.state()));
		}
		counts(text, "Nodes", status.nodes(), status.labels(), " (by label; a node with two labels counts under both)");
		counts(text, "Relationships", status.relationships(), status.relationshipTypes(), " (by type)");
		return text.toString().stripTrailing();
	}

	/** A one-shot command opens the store on a private port; say where the console or `serve` will listen. */
	private String bolt(GraphTarget target) {
		String auth = target.authenticated() ? " (authentication required)" : " (no authentication, loopback only)";
		if (target.mode() == GraphTarget.Mode.EMBEDDED && settings.boltPort() != 0
				&& !target.uri().endsWith(":" + settings.boltPort())) {
			String host = settings.boltAddress().contains(":") ? "[" + settings.boltAddress() + "]" : settings.boltAddress();
			return "bolt://" + host + ":" + settings.boltPort() + " while `serve` or the console runs" + auth;
		}
		return target.uri() + (target.mode() == GraphTarget.Mode.EXTERNAL ? "" : auth);
	}

	/** Where Neo4j Browser is served: by this console, by `serve` or the console later, or not at all. */
	private String browser(GraphTarget target) {
		var url = browser.url(settings);
		if (target.mode() == GraphTarget.Mode.EXTERNAL) {
			return "not served for an external database (open the server's own Browser)";
		}
		if (url.isEmpty()) {
			return "off (PARLEY_HTTP_PORT=0)";
		}
		return switch (target.mode()) {
			case ATTACHED -> url.get() + " if the Parley serving this home uses the same PARLEY_HTTP_PORT";
			default -> target.uri().endsWith(":" + settings.boltPort()) && settings.boltPort() != 0 ? url.get()
					: url.get() + " while `serve` or the console runs";
		};
	}

	private static void counts(StringBuilder text, String title, long total, Map<String, Long> counts, String how) {
		line(text, title, total + (counts.isEmpty() ? "" : how + ":"));
		counts.forEach((name, count) -> text.append(String.format("  %-30s %8d%n", name, count)));
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(String.format("%-14s %s%n", label + ":", value));
	}
}
