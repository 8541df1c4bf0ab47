package org.parley.curate;

import java.nio.file.Path;

import org.parley.files.OutputFiles;
import org.parley.report.format.Plural;
import org.parley.files.WorkingDirectory;
import org.parley.graph.Graph;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code export seed}: what analysts recorded, as a seed script that loads after {@code seed/}. */
@Component
class ExportCommands {


	private final Graph graph;

	ExportCommands(@Lazy Graph graph) {
		this.graph = graph;
	}

	@Command(name = { "export", "seed" }, group = "Curation",
			description = "Write everything analysts recorded as a seed script that loads after the seed files.",
			help = "Put the file in seed/ (e.g. seed/90_curated.cypher) or in parley.seed-dir: a fresh database "
					+ "loaded from there answers the same.\nExample: export seed --out seed/90_curated.cypher")
	void export(@Option(longName = "out", required = true, description = "The file to write, e.g. seed/90_curated.cypher. Required.") String out,
			@Option(longName = "force", description = "Overwrite the file if it exists. Default: false, an existing file is refused.") Boolean force) {
		Path file = WorkingDirectory.resolve(out);
		OutputFiles.refuseExisting(out, Boolean.TRUE.equals(force));
		SeedExport.Script script = new SeedExport(graph).script(file.getFileName().toString());
		OutputFiles.write(out, Boolean.TRUE.equals(force), script.text()); // creates its missing directories
		// the confirmation goes to stderr, as every --out's does: stdout stays the data or nothing
		System.err.println("Wrote " + out + ": " + Plural.of(script.nodes(), "node") + ", "
				+ Plural.of(script.relationships(), "relationship") + ", "
				+ Plural.of(script.edits(), "edit") + " of existing facts");
	}
}
