package org.parley.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.AccessMode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the schema (constraints, indexes) as versioned neo4j-migrations scripts from
 * {@code classpath:neo4j/migrations}, recorded in the database. When the newest packaged version is already
 * recorded, one cheap read replaces the library's full chain validation, which costs seconds of cold Cypher.
 */
final class SchemaMigrations {

	static final String LOCATION = "neo4j/migrations";

	private static final Pattern VERSION = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.*\\.cypher$");

	private final Graph graph;

	SchemaMigrations(Graph graph) {
		this.graph = graph.unguarded(); // the schema comes first, also while a restore is incomplete
	}

	/** Brings the schema up to the newest packaged migration and returns that version. */
	String apply() {
		String latest = latestPackagedVersion();
		if (appliedVersions().contains(latest)) {
			return latest;
		}
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			.withPackagesToScan()
			.withResourceScanner(SchemaMigrations::scan)
			.withDatabase(graph.sessionConfig(AccessMode.WRITE).database().orElse(null))
			.withInstalledBy("parley")
			.build();
		try {
			String applied = new Migrations(config, graph.driver()).apply().map(v -> v.getValue()).orElse(latest);
			// new indexes populate in the background; the first question must not find them still populating
			graph.autoCommit("CALL db.awaitIndexes($seconds)", Map.of("seconds", graph.timeout().toSeconds()));
			return applied;
		}
		catch (RuntimeException ex) {
			throw Graph.translate(ex, graph.timeout());
		}
	}

	/** The newest migration version recorded in the database, if any. */
	static Optional<String> currentVersion(Graph graph) {
		return graph.unguarded().read("""
				MATCH (m:__Neo4jMigration)
				WHERE m.version <> 'BASELINE' AND m.migrationTarget IS NULL
				RETURN m.version AS version
				""", Map.of(), r -> r.get("version").asString())
			.stream()
			.max(Comparator.comparing(SchemaMigrations::versionKey));
	}

	private List<String> appliedVersions() {
		return graph.read("""
				MATCH (m:__Neo4jMigration)
				WHERE m.migrationTarget IS NULL
				RETURN m.version AS version
				""", Map.of(), r -> r.get("version").asString());
	}

	static String latestPackagedVersion() {
		return scan(List.of(LOCATION)).stream()
			.map(url -> url.getPath().substring(url.getPath().lastIndexOf('/') + 1))
			.map(VERSION::matcher)
			.filter(m -> m.matches())
			.map(m -> m.group(1).replace('_', '.'))
			.max(Comparator.comparing(SchemaMigrations::versionKey))
			.orElseThrow(() -> new IllegalStateException("no migrations packaged under " + LOCATION));
	}

	/** Finds migration scripts with Spring's resolver: fast inside the executable jar, unlike a classpath scan. */
	static List<URL> scan(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
		var urls = new ArrayList<URL>();
		for (String location : locations) {
			String path = location.replaceFirst("^classpath\\*?:", "").replaceAll("^/+|/+$", "");
			try {
				for (Resource resource : resolver.getResources("classpath*:" + path + "/**/*.cypher")) {
					urls.add(resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return urls;
	}

	private static String versionKey(String version) {
		var key = new StringBuilder();
		for (String part : version.split("[._]")) {
			key.append(String.format("%10s", part).replace(' ', '0')).append('.');
		}
		return key.toString();
	}
}
