package org.parley.graph;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.AccessMode;

/**
 * Applies the schema (constraints, indexes) as versioned neo4j-migrations scripts from
 * {@code classpath:neo4j/migrations}, recorded in the database. When every packaged version is already recorded,
 * one cheap read replaces the library's full chain validation, which costs seconds of cold Cypher. Versions are the
 * library's own: {@link MigrationVersion#parse} reads them from the file names, and the newest applied one is the end
 * of the chain of {@code MIGRATED_TO} relationships it records, so Parley orders no versions itself.
 */
final class SchemaMigrations {

	static final String LOCATION = "neo4j/migrations";

	private final Graph graph;

	SchemaMigrations(Graph graph) {
		this.graph = graph.unguarded(); // the schema comes first, also while a restore is incomplete
	}

	/** Brings the schema up to the newest packaged migration and returns the newest version applied. */
	String apply() {
		var applied = graph.read("""
				MATCH (m:__Neo4jMigration)
				WHERE m.migrationTarget IS NULL
				RETURN m.version AS version, NOT EXISTS { (m)-[:MIGRATED_TO]->(:__Neo4jMigration) } AS last
				""", Map.of(), r -> Map.entry(r.get("version").asString(), r.get("last").asBoolean()));
		if (applied.stream().map(Map.Entry::getKey).toList().containsAll(packagedVersions())) {
			return applied.stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst().orElseThrow();
		}
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + LOCATION)
			.withPackagesToScan()
			.withResourceScanner(SchemaMigrations::scan)
			.withDatabase(graph.sessionConfig(AccessMode.WRITE).database().orElse(null))
			.withInstalledBy("parley")
			.build();
		try {
			String version = new Migrations(config, graph.driver()).apply()
				.map(MigrationVersion::getValue)
				.orElseGet(() -> currentVersion(graph).orElseThrow());
			// new indexes populate in the background; the first question must not find them still populating
			graph.autoCommit("CALL db.awaitIndexes($seconds)", Map.of("seconds", graph.timeout().toSeconds()));
			return version;
		}
		catch (RuntimeException ex) {
			throw Graph.translate(ex, graph.timeout());
		}
	}

	/** The newest migration version recorded in the database, if any: the last of the library's chain. */
	static Optional<String> currentVersion(Graph graph) {
		return graph.unguarded().read("""
				MATCH (m:__Neo4jMigration)
				WHERE m.version <> 'BASELINE' AND m.migrationTarget IS NULL
				  AND NOT EXISTS { (m)-[:MIGRATED_TO]->(:__Neo4jMigration) }
				RETURN m.version AS version
				""", Map.of(), r -> r.get("version").asString())
			.stream()
			.findFirst();
	}

	/** The versions of the packaged migrations, as the library reads them from the file names. */
	static List<String> packagedVersions() {
		List<String> versions = scan(List.of(LOCATION)).stream()
			.map(url -> url.getPath().substring(url.getPath().lastIndexOf('/') + 1))
			.filter(MigrationVersion::canParse)
			.map(name -> MigrationVersion.parse(name).getValue())
			.toList();
		if (versions.isEmpty()) {
			throw new IllegalStateException("no migrations packaged under " + LOCATION);
		}
		return versions;
	}

	/** Finds migration scripts through the build's index of packaged files: see {@link PackagedFiles}. */
	static List<URL> scan(List<String> locations) {
		var urls = new ArrayList<URL>();
		for (String location : locations) {
			String path = location.replaceFirst("^classpath\\*?:", "").replaceAll("^/+|/+$", "");
			PackagedFiles.list(SchemaMigrations.class.getClassLoader(), path, true)
				.forEach(file -> urls.add(file.url()));
		}
		return urls;
	}
}
