package org.parley.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.seed.SeedLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export seed}: the seed plus the exported file, loaded into an empty database, answers as the curated one. */
class CurationRoundTripIT extends CurationTestBase {

	private static final List<List<String>> QUESTIONS = List.of(
			List.of("who", "Treasury Secretary", "--at", "2025-12-31"),
			List.of("roles", "Jane Doe"),
			List.of("person", "Yi Gang"),
			List.of("person", "Liu He"),
			List.of("channels", "--by", "year"),
			List.of("counterparts", "Bessent"),
			List.of("hawks", "--at", "2025-12-31"),
			List.of("timeline", "Jane Doe", "--evidence", "--format", "csv"));

	@Test
	void seedPlusExportAnswersLikeTheCuratedGraph() throws IOException {
		// one command file, so the OGM session factory is built once (it is rebuilt by every one-shot run)
		Path commands = Files.createTempFile("curation-", ".txt");
		Files.writeString(commands, """
				add source --title "%1$s" --outlet Xinhua --published 2025-10-20
				add person "Jane Doe" --side US --alias "Ms Doe" --source "%1$s"
				add post "Deputy Trade Representative" --org ustr-office --source "%1$s"
				appoint "Jane Doe" "Deputy Trade Representative" --from 2025-02-01 --source "%1$s"
				end-tenure Bessent "Treasury Secretary" --on 2025-12-01 --source "A later report"
				add event --channel video-call --date 2025-11-04 --participants "Jane Doe, He Lifeng" --topic tariffs --place Beijing --source "%1$s"
				assess "He Lifeng" --stance dove --issue tariffs --from 2025-11-04 --source "%1$s"
				alias "Liu He" "Vice Premier Liu"
				add person "Liu H." --side CN --source "%1$s"
				add event --channel phone-call --date 2020-01-10 --participants "Liu H., Jane Doe" --source "%1$s"
				merge "Liu He" "Liu H."
				merge "Yi Gang" "Pan Gongsheng"
				retract call-mnuchin-liu-2018-11-09 --reason "Test retraction of a seed fact"
				""".formatted(SOURCE));
		String recorded = out("--file", commands.toString());
		assertThat(recorded.lines().filter(l -> l.startsWith("Recorded ")).count()).as(recorded).isEqualTo(10);
		assertThat(recorded.lines().filter(l -> l.startsWith("Merged ")).count()).as(recorded).isEqualTo(2);
		assertThat(recorded).contains("Retracted event call-mnuchin-liu-2018-11-09: Test retraction of a seed fact");
		String curated = answers();
		List<String> graph = graphDump();

		Path dir = Files.createTempDirectory("parley-export-");
		Path file = dir.resolve("90_curated.cypher");
		var export = run("export", "seed", "--out", file.toString());
		assertThat(export.out()).as(export.toString()).isEmpty();
		assertThat(export.err()).startsWith("Wrote " + file + ": ");
		String script = Files.readString(file);
		assertThat(script).contains("MERGE (n:Person {id: row.id})").contains("SET n:Retracted;")
			.contains("MATCH (keep:Person {id: 'yi-gang'}), (dup:Person {id: 'pan-gongsheng'})");

		graph().autoCommit("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n", Map.of());
		loadSeed();
		List<SeedLoader.Applied> applied = SeedLoader.forDirectory(graph(), dir).load();
		assertThat(applied).hasSize(1);
		assertThat(graphDump()).isEqualTo(graph);
		assertThat(answers()).isEqualTo(curated);

		graph().autoCommit("MATCH (f:SeedFile) DETACH DELETE f", Map.of());
		SeedLoader.forDirectory(graph(), dir).load();
		assertThat(graphDump()).as("loading the export again changes nothing").isEqualTo(graph);
	}

	/** The answers to every question, from one command file run (one Spring context instead of one per question). */
	private String answers() throws IOException {
		Path questions = Files.createTempFile("questions-", ".txt");
		Files.write(questions, QUESTIONS.stream()
			.map(q -> String.join(" ", q.stream().map(word -> "\"" + word + "\"").toList()))
			.toList());
		return out("--file", questions.toString()).replaceAll("in \\d+ ms", "in X ms");
	}


	/** Every node with its labels and properties, every relationship with its properties: the graph, seed files aside. */
	private static List<String> graphDump() {
		var dump = new ArrayList<String>();
		query("""
				MATCH (n) WHERE NOT n:SeedFile AND NOT n:__Neo4jMigration
				WITH n ORDER BY n.id
				RETURN labels(n) AS labels, properties(n) AS props
				""").forEach(row -> dump.add(new java.util.TreeSet<>((List<?>) row.get("labels")) + " " + new java.util.TreeMap<>((Map<?, ?>) row.get("props"))));
		query("""
				MATCH (a)-[r]->(b) WHERE NOT a:SeedFile AND NOT a:__Neo4jMigration
				RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel, properties(r) AS props ORDER BY rel
				""").forEach(row -> dump.add(row.get("rel") + " " + new java.util.TreeMap<>((Map<?, ?>) row.get("props"))));
		dump.sort(null);
		return dump;
	}
}
