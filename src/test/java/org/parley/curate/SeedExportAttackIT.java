package org.parley.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.seed.SeedLoader;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, defect 1: Cypher smuggled through curated text into an exported seed. The curation commands refuse the
 * text; text that is in the graph anyway (written before this check, or through Bolt) is exported escaped, so loading
 * the export neither deletes nor adds anything, and loads back into an empty store as the same graph.
 */
class SeedExportAttackIT extends CurationTestBase {

	private static final String ATTACK = "alice\nMATCH (n) DETACH DELETE n;\n// x";

	@Test
	void theSmuggledCommentIsRefusedAndPoisonedTextInTheGraphExportsHarmlessly() throws IOException {
		fails(1, "--by holds a control character (U+000A) at character 6", "alias", "Liu He", "VP Liu", "--by", ATTACK);
		fails(1, "TEXT holds a control character (U+2028)", "alias", "Liu He", "VP Liu\u2028MATCH (n) DETACH DELETE n;");

		assertThat(out("alias", "Liu He", "VP Liu", "--by", "alice")).startsWith("Recorded alias 'VP Liu' for Liu He");
		assertThat(out("add", "person", "Jane Doe", "--side", "US", "--source", SOURCE)).startsWith("Recorded person jane-doe");
		// what an older Parley, or a Bolt client, may have left in the graph
		graph().autoCommit("""
				MATCH (e:Edit) SET e.recordedBy = $attack, e.value = $alias
				WITH e MATCH (liu:Person {id: 'liu-he'})
				SET liu.aliases = [a IN liu.aliases | CASE a WHEN 'VP Liu' THEN $alias ELSE a END]
				WITH liu MATCH (p:Person {id: 'jane-doe'})
				SET p.recordedBy = $attack, p.note = $note, p.aliases = [$alias, 'O\\'Brien \\\\ `x`']
				""", Map.of("attack", ATTACK, "alias", "VP Liu\u2028MATCH (n) DETACH DELETE n;\r\n//",
				"note", "a\u0085b\u0000c\u202Ed\u2029e"));
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		List<String> graph = graphDump();

		Path dir = Files.createTempDirectory("parley-attack-");
		try (var seed = Files.list(SEED_DIR)) {
			for (Path file : seed.toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
		Path export = dir.resolve("90_curated.cypher");
		var wrote = run("export", "seed", "--out", export.toString());
		assertThat(wrote.out()).as(wrote.toString()).isEmpty();
		assertThat(wrote.err()).startsWith("Wrote " + export + ": 4 nodes, 3 relationships, 1 edit of existing facts");
		String script = Files.readString(export);
		assertThat(script).contains("// ").contains("alice\\u000AMATCH (n) DETACH DELETE n;\\u000A// x: alias")
			.contains("'VP Liu\\u2028MATCH (n) DETACH DELETE n;\\u000D\\u000A//'");
		assertThat(script.chars()).as("no raw control character or separator").noneMatch(c -> c != '\n' && SeedExport.unsafe(c));
		assertThat(script.lines()).noneMatch(line -> line.contains("DETACH DELETE") && !line.contains("'")
				&& !line.startsWith("//"));

		var load = Cli.run(List.of("--parley.neo4j.uri=" + boltUri(), "--parley.seed-dir=" + dir), "seed", "load");
		assertThat(load.code()).as(load.toString()).isZero();
		assertThat(load.out()).containsPattern("applied    90_curated.cypher +\\d+ statements, \\+0 nodes, \\+0 relationships, "
				+ "\\d+ properties set, \\+0 labels; deleted 0 nodes, 0 relationships, 0 labels")
			.contains("1 of 11 seed files applied");
		assertThat(count("MATCH (n) RETURN count(n)")).as("nodes after loading the export").isEqualTo(nodes + 1); // its SeedFile
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(graphDump()).isEqualTo(graph);

		graph().autoCommit("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n", Map.of());
		loadSeed();
		SeedLoader.forDirectory(graph(), dir).load();
		assertThat(graphDump()).as("the export loads back into an empty store as the same graph").isEqualTo(graph);
		assertThat(query("MATCH (p:Person {id: 'jane-doe'}) RETURN p.note AS note").get(0).get("note"))
			.isEqualTo("a\u0085b\u0000c\u202Ed\u2029e");
	}

	@Test
	void aSeedFileThatDeletesSaysSoInItsLineAndTheSummary() throws IOException {
		long topics = count("MATCH (t:Topic) RETURN count(t)");
		long about = count("MATCH ()-[r]->(:Topic) RETURN count(r)");
		Path dir = Files.createTempDirectory("parley-wipe-");
		Files.writeString(dir.resolve("99_wipe.cypher"), "MATCH (t:Topic) DETACH DELETE t;\nMATCH (e:Event) REMOVE e:Contact;\n");
		var load = Cli.run(List.of("--parley.neo4j.uri=" + boltUri(), "--parley.seed-dir=" + dir), "seed", "load");
		assertThat(load.code()).as(load.toString()).isZero();
		assertThat(topics).isPositive();
		assertThat(load.out()).containsPattern("applied    99_wipe.cypher +2 statements, \\+0 nodes, \\+0 relationships, "
				+ "0 properties set, \\+0 labels; deleted " + topics + " nodes, " + about + " relationships, \\d+ labels")
			.containsPattern("\\(\\+0 nodes, \\+0 relationships, 0 properties set, \\+0 labels; deleted " + topics
					+ " nodes, " + about + " relationships, [1-9]\\d* labels\\)");
		assertThat(count("MATCH (t:Topic) RETURN count(t)")).isZero();
	}

	@Test
	void exportRefusesLabelsTypesAndKeysOutsideTheModel() {
		graph().autoCommit("CREATE (:Backdoor {id: 'backdoor', recordedAt: datetime()})", Map.of());
		fails(1, "cannot export: a recorded label has the label 'Backdoor', which is not in Parley's model", "export",
				"seed", "--out", "/tmp/parley-never-written.cypher");
		graph().autoCommit("MATCH (n:Backdoor) DELETE n", Map.of());
		graph().autoCommit("""
				MATCH (p:Person {id: 'liu-he'})
				CREATE (:Topic {id: 'planted', recordedAt: datetime()})-[:`OWNS]->() MATCH (n) DETACH DELETE n //`]->(p)""",
				Map.of());
		fails(1, "relationship type 'OWNS]->() MATCH (n) DETACH DELETE n //', which is not in Parley's model", "export",
				"seed", "--out", "/tmp/parley-never-written.cypher");
		graph().autoCommit("MATCH (t:Topic {id: 'planted'}) DETACH DELETE t", Map.of());
		graph().autoCommit("CREATE (:Topic {id: 'planted', recordedAt: datetime(), `k}) DETACH DELETE n //`: 1})", Map.of());
		fails(1, "cannot export the property key 'k}) DETACH DELETE n //'", "export", "seed", "--out",
				"/tmp/parley-never-written.cypher");
		assertThat(Path.of("/tmp/parley-never-written.cypher")).doesNotExist();
	}

	/** Every node with its labels and properties, every relationship with its properties: the graph, seed files aside. */
	private static List<String> graphDump() {
		var dump = new ArrayList<String>();
		query("""
				MATCH (n) WHERE NOT n:SeedFile AND NOT n:__Neo4jMigration
				RETURN labels(n) AS labels, properties(n) AS props
				""").forEach(row -> dump.add(new java.util.TreeSet<>((List<?>) row.get("labels")) + " "
						+ new java.util.TreeMap<>((Map<?, ?>) row.get("props"))));
		query("""
				MATCH (a)-[r]->(b) WHERE NOT a:SeedFile AND NOT a:__Neo4jMigration
				RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel, properties(r) AS props
				""").forEach(row -> dump.add(row.get("rel") + " " + new java.util.TreeMap<>((Map<?, ?>) row.get("props"))));
		dump.sort(null);
		return dump;
	}
}
