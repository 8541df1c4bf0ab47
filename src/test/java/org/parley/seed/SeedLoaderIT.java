package org.parley.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.errors.ParleyException;
import org.parley.testing.GraphTestBase;
import org.parley.testing.GraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedLoaderIT extends GraphTestBase {

	@TempDir
	Path dir;

	private SeedLoader loader() {
		return SeedLoader.forDirectory(graph(), dir);
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(dir.resolve(name), text);
	}

	private long nodes() {
		return count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)");
	}

	private long relationships() {
		return count("MATCH (n)-[r]->() WHERE NOT n:__Neo4jMigration RETURN count(r)");
	}

	@Test
	void appliesFilesInNameOrderAndRecordsTheirChecksums() throws IOException {
		write("10_people.cypher", """
				MATCH (us:Country {id: 'US'})
				MERGE (p:Person {id: 'steven-mnuchin'}) SET p.name = 'Steven Mnuchin'
				MERGE (p)-[:REPRESENTS]->(us);
				""");
		write("00_countries.cypher", "MERGE (:Country {id: 'US'});\nMERGE (:Country {id: 'CN'});\n");
		var applied = loader().load();
		assertThat(applied).extracting(SeedLoader.Applied::name).containsExactly("00_countries.cypher", "10_people.cypher");
		assertThat(applied).allMatch(SeedLoader.Applied::changed);
		assertThat(applied.get(0).nodesCreated()).isEqualTo(2);
		assertThat(applied.get(1).relationshipsCreated()).isEqualTo(1);
		assertThat(query("MATCH (f:SeedFile) RETURN f.name AS name, size(f.checksum) AS len ORDER BY name"))
			.containsExactly(Map.of("name", "00_countries.cypher", "len", 64L), Map.of("name", "10_people.cypher", "len", 64L));
	}

	@Test
	void loadingTwiceChangesNothing() throws IOException {
		write("00_countries.cypher", "MERGE (c:Country {id: 'US'}) SET c.name = 'United States';\n");
		write("01_more.cypher", "MERGE (c:Country {id: 'CN'}) SET c.name = 'China';\n"
				+ "MATCH (a:Country {id: 'US'}), (b:Country {id: 'CN'}) MERGE (a)-[:TRADES_WITH]->(b);\n");
		loader().load();
		long nodes = nodes();
		long rels = relationships();
		var second = loader().load();
		assertThat(second).noneMatch(SeedLoader.Applied::changed);
		assertThat(nodes()).isEqualTo(nodes).isEqualTo(4); // two countries, two SeedFile records
		assertThat(relationships()).isEqualTo(rels).isEqualTo(1);
	}

	@Test
	void aBrokenFileNamesFileAndLineAndLeavesTheGraphExactlyAsItWas() throws IOException {
		write("00_ok.cypher", "MERGE (:Country {id: 'US'});\n");
		loader().load();
		write("01_new.cypher", "MERGE (:Country {id: 'CN'});\n");
		write("02_broken.cypher", """
				// two good statements, then a bad one
				MERGE (:Country {id: 'JP'});
				MERGE (:Country {id: 'KR'});

				MERGE (:Country {id: 'DE'})
				SETT x.name = 'oops';
				""");
		long before = nodes();
		assertThatThrownBy(() -> loader().load())
			.isInstanceOf(ParleyException.class)
			.hasMessageStartingWith(dir.resolve("02_broken.cypher").toAbsolutePath() + ":6: Invalid input 'SETT'");
		assertThat(nodes()).isEqualTo(before).isEqualTo(2);
		assertThat(query("MATCH (f:SeedFile) RETURN f.name AS name")).containsExactly(Map.of("name", "00_ok.cypher"));
	}

	@Test
	void aRuntimeErrorRollsBackEveryFileOfTheLoad() throws IOException {
		write("00_a.cypher", "MERGE (:Country {id: 'US'});\n");
		write("01_b.cypher", "CREATE (:Country {id: 'US'});\n");
		assertThatThrownBy(() -> loader().load()).isInstanceOf(ParleyException.class)
			.hasMessageContaining("01_b.cypher:1: ")
			.hasMessageContaining("already exists");
		assertThat(nodes()).isZero();
	}

	@Test
	void semicolonsInsideStringsSurviveLoading() throws IOException {
		write("00_notes.cypher", "MERGE (n:Note {id: 'n1'}) SET n.text = 'talks; then more talks // not a comment';\n");
		loader().load();
		assertThat(query("MATCH (n:Note) RETURN n.text AS text"))
			.containsExactly(Map.of("text", "talks; then more talks // not a comment"));
	}

	@Test
	void checkReportsChangedNewAndRemovedFilesAndLoadReappliesChangedOnes() throws IOException {
		write("00_a.cypher", "MERGE (c:Country {id: 'US'}) SET c.name = 'US';\n");
		write("01_b.cypher", "MERGE (c:Country {id: 'CN'});\n");
		loader().load();
		assertThat(loader().check()).extracting(SeedLoader.Drift::state).containsExactly("loaded", "loaded");

		write("00_a.cypher", "MERGE (c:Country {id: 'US'}) SET c.name = 'United States';\n");
		Files.delete(dir.resolve("01_b.cypher"));
		write("02_c.cypher", "MERGE (c:Country {id: 'JP'});\n");
		assertThat(loader().check()).extracting(d -> d.name() + "=" + d.state())
			.containsExactly("00_a.cypher=changed", "02_c.cypher=new", "01_b.cypher=removed");

		var applied = loader().load();
		assertThat(applied).filteredOn(SeedLoader.Applied::changed).extracting(SeedLoader.Applied::name)
			.containsExactly("00_a.cypher", "02_c.cypher");
		assertThat(query("MATCH (c:Country {id: 'US'}) RETURN c.name AS name")).containsExactly(Map.of("name", "United States"));
	}

	@Test
	void resetWipesCuratedAdditionsAndReloads() throws IOException {
		write("00_a.cypher", "MERGE (:Country {id: 'US'});\n");
		loader().load();
		graph().autoCommit("CREATE (:Person {id: 'added-by-hand'})", Map.of());
		var applied = loader().reset();
		assertThat(applied).extracting(SeedLoader.Applied::changed).containsExactly(true);
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isZero();
		assertThat(count("MATCH (c:Country) RETURN count(c)")).isEqualTo(1);
		assertThat(count("MATCH (m:__Neo4jMigration) RETURN count(m)")).isPositive();
	}

	@Test
	void emptyGraphIsDetected() throws IOException {
		assertThat(loader().isEmpty()).isTrue();
		write("00_a.cypher", "MERGE (:Country {id: 'US'});\n");
		loader().load();
		assertThat(loader().isEmpty()).isFalse();
	}
}
