package org.parley.graph;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PackagedFilesTests {

	private static final ClassLoader LOADER = PackagedFilesTests.class.getClassLoader();

	@ParameterizedTest
	@CsvSource({ "seed, seed, false", "cypher, cypher, false", "neo4j/migrations, src/main/resources/neo4j/migrations, true" })
	void theBuildsIndexListsExactlyTheFilesOfTheSourceDirectory(String packaged, String source, boolean nested)
			throws Exception {
		assertThat(LOADER.getResource(PackagedFiles.INDEX)).as("the build writes the index").isNotNull();
		List<String> expected;
		try (Stream<Path> files = Files.walk(Path.of(source), nested ? Integer.MAX_VALUE : 1)) {
			expected = files.filter(p -> p.toString().endsWith(".cypher"))
				.map(p -> Path.of(source).relativize(p).toString())
				.sorted()
				.toList();
		}
		assertThat(expected).isNotEmpty();
		assertThat(PackagedFiles.list(LOADER, packaged, nested)).extracting(PackagedFiles.Packaged::name)
			.containsExactlyElementsOf(expected);
	}

	@Test
	void withoutAnIndexTheClassPathIsSearchedAndFindsTheSameFiles() throws Exception {
		Path classes = Path.of("target", "classes").toAbsolutePath();
		Path copy = Files.createTempDirectory("parley-no-index-");
		try (Stream<Path> seeds = Files.list(classes.resolve("seed"))) {
			Files.createDirectories(copy.resolve("seed"));
			for (Path seed : seeds.toList()) {
				Files.copy(seed, copy.resolve("seed").resolve(seed.getFileName()));
			}
		}
		try (var loader = new URLClassLoader(new URL[] { copy.toUri().toURL() }, null)) {
			assertThat(loader.getResource(PackagedFiles.INDEX)).isNull();
			var found = PackagedFiles.list(loader, "seed", false);
			assertThat(found).extracting(PackagedFiles.Packaged::name)
				.containsExactlyElementsOf(PackagedFiles.list(LOADER, "seed", false).stream()
					.map(PackagedFiles.Packaged::name)
					.toList());
			assertThat(new String(found.get(0).bytes())).contains("MERGE");
		}
	}
}
