package org.parley.picture;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.parley.errors.UsageException;
import org.parley.files.OutputFiles;
import org.parley.graph.Graph;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.report.catalog.PackagedReports;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code export graphml}, {@code export gexf} and {@code export dot}: the participation network for Gephi, yEd, Graphviz. */
@Component
class NetworkExportCommands {


	/** Events in one export at most (the earliest are kept): a file Gephi opens, and a bounded memory here. */
	static final int MAX_EVENTS = 20_000;

	/** People whose events an export around a person follows, at most. */
	static final int MAX_PEOPLE = 2_000;

	private final Graph graph;

	private final Names names;

	private final PackagedReports reports;

	NetworkExportCommands(@Lazy Graph graph, Names names, PackagedReports reports) {
		this.graph = graph;
		this.names = names;
		this.reports = reports;
	}

	@Command(name = { "export", "graphml" }, group = "Pictures",
			description = "Export the participation network as GraphML (yEd, Gephi).",
			help = "Example: export graphml --around Mnuchin --depth 2 --out mnuchin.graphml",
			completionProvider = "questionCompletion")
	void graphml(@Option(longName = "around", description = "Only the events of this person (depth 1), also of their contacts (2), and of theirs (3). Default: every event.") String around,
			@Option(longName = "depth", description = "With --around: how far to follow contacts, 1 to 3. Default: 1.") String depth,
			@Option(longName = "from", description = CommonOptions.FROM) @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = CommonOptions.TO) @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "out", description = "The file, ending in .graphml or .xml.") String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		export(NetworkExport.Format.GRAPHML, around, depth, from, to, out, force, context);
	}

	@Command(name = { "export", "gexf" }, group = "Pictures",
			description = "Export the participation network as GEXF (Gephi).",
			help = "Example: export gexf --out parley.gexf", completionProvider = "questionCompletion")
	void gexf(@Option(longName = "around", description = "Only the events of this person (depth 1), also of their contacts (2), and of theirs (3). Default: every event.") String around,
			@Option(longName = "depth", description = "With --around: how far to follow contacts, 1 to 3. Default: 1.") String depth,
			@Option(longName = "from", description = CommonOptions.FROM) @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = CommonOptions.TO) @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "out", description = "The file, ending in .gexf.") String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		export(NetworkExport.Format.GEXF, around, depth, from, to, out, force, context);
	}

	@Command(name = { "export", "dot" }, group = "Pictures",
			description = "Export the participation network as Graphviz DOT.",
			help = "Example: export dot --around \"Liu He\" --out liu.dot && dot -Tsvg liu.dot > liu.svg",
			completionProvider = "questionCompletion")
	void dot(@Option(longName = "around", description = "Only the events of this person (depth 1), also of their contacts (2), and of theirs (3). Default: every event.") String around,
			@Option(longName = "depth", description = "With --around: how far to follow contacts, 1 to 3. Default: 1.") String depth,
			@Option(longName = "from", description = CommonOptions.FROM) @Accepts(Accepts.Value.DATE) String from,
			@Option(longName = "to", description = CommonOptions.TO) @Accepts(Accepts.Value.DATE) String to,
			@Option(longName = "out", description = "The file, ending in .dot or .gv.") String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			CommandContext context) {
		export(NetworkExport.Format.DOT, around, depth, from, to, out, force, context);
	}

	private void export(NetworkExport.Format format, String around, String depth, String from, String to, String out,
			Boolean force, CommandContext context) {
		long start = System.nanoTime();
		if (out == null || out.isBlank()) {
			throw new UsageException("missing --out FILE: the " + format.keyword() + " file, ending in "
					+ format.extensionList());
		}
		if (!format.fits(out)) {
			throw new UsageException("'" + out + "' does not look like a " + format.keyword() + " file: expected a name "
					+ "ending in " + format.extensionList() + " (formats: graphml, gexf, dot)");
		}
		if (depth != null && around == null) {
			throw new UsageException("--depth needs --around");
		}
		int levels = depth == null ? 1 : switch (depth.strip()) {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			default -> throw new UsageException("invalid value '" + depth + "' for --depth: expected 1, 2 or 3");
		};
		LocalDate fromDay = reports.date("from", from);
		LocalDate toDay = reports.date("to", to);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			throw new UsageException("--from " + fromDay + " is after --to " + toDay + "; give the earlier day first");
		}
		OutputFiles.checkTarget(out, Boolean.TRUE.equals(force));
		List<String> people = null;
		String scope = "every event";
		String peopleLeft = "";
		if (around != null) {
			ResolvedName center = names.resolve(around, Kind.PERSON);
			var depths = new LinkedHashMap<String, Integer>();
			long found = new EgoNetwork(graph).reach(center, levels - 1, fromDay, toDay, MAX_PEOPLE, depths);
			people = List.copyOf(depths.keySet());
			scope = levels == 1 ? "the events of " + center.name() : "the events of " + center.name() + " and "
					+ (people.size() - 1) + " people within " + (levels - 1) + (levels == 2 ? " contact" : " contacts");
			if (found > people.size()) {
				peopleLeft = "; followed " + people.size() + " of " + found + " people (at most " + MAX_PEOPLE + ")";
			}
		}
		var params = new LinkedHashMap<String, Object>();
		params.put("people", people);
		params.put("from", fromDay);
		params.put("to", toDay);
		params.put("limit", MAX_EVENTS);
		var events = Queries.read(graph, "export-events", params).get(0);
		long total = events.get("total").asLong();
		List<String> ids = events.get("ids").asList(Value::asString);
		var network = new NetworkExport();
		Queries.read(graph, "export-participations", Map.of("ids", ids)).forEach(network::add);
		String eventsLeft = total > ids.size() ? "; left out the " + (total - ids.size()) + " latest of " + total
				+ " events (at most " + MAX_EVENTS + "; narrow with --from, --to or --around)" : "";
		String description = "Parley participation network: " + scope + (fromDay == null ? "" : " from " + fromDay)
				+ (toDay == null ? "" : " to " + toDay);
		OutputFiles.write(out, Boolean.TRUE.equals(force), network.write(format, description));
		context.outputWriter().println("Wrote " + out + " (" + format.keyword() + "): " + network.nodeCount() + " nodes ("
				+ ids.size() + " events and their participants), " + network.edgeCount() + " participations; " + scope
				+ peopleLeft + eventsLeft + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		context.outputWriter().flush();
	}
}
