package org.parley.curate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.ParleyException;
import org.parley.graph.Graph;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code export seed}: what analysts recorded, as a seed script that loads after {@code seed/}. */
@Component
class ExportCommands {

	static final String USAGE = "usage: export seed --out FILE";

	private final Graph graph;

	ExportCommands(@Lazy Graph graph) {
		this.graph = graph;
	}

	@Command(name = { "export", "seed" }, group = "Curation",
			description = "Write everything analysts recorded as a seed script that loads after the seed files.",
			help = USAGE + "\nPut the file in seed/ (e.g. seed/90_curated.cypher) or in parley.seed-dir: a fresh database "
					+ "loaded from there answers the same.\nExample: export seed --out seed/90_curated.cypher")
	String export(@Option(longName = "out", required = true, description = "The file to write, e.g. seed/90_curated.cypher. Required.") String out) {
		Path file = Path.of(out);
		SeedExport.Script script = new SeedExport(graph).script(file.getFileName().toString());
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.writeString(file, script.text(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ParleyException("cannot write " + out + ": " + ex.getMessage(), ex);
		}
		return "Wrote " + out + ": " + script.nodes() + " nodes, " + script.relationships() + " relationships, "
				+ script.edits() + " edits of existing facts";
	}
}
