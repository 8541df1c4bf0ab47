package org.parley.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start with the password of the last one, on a system database nobody changed since, skips setting the password
 * and listing the users; another password, or a change in between, checks them again.
 */
class UsersCheckedIT {

	@TempDir
	Path home;

	@Test
	void theSamePasswordOnAnUnchangedSystemDatabaseIsNotSetAgainAnotherOneIs() throws Exception {
		Path store = home.resolve("data");
		String secret = UsersChecked.oneShotSecret(store);
		assertThat(UsersChecked.oneShotSecret(store)).isEqualTo(secret).hasSizeGreaterThanOrEqualTo(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.resolve(".parley-bolt-secret"))))
			.isEqualTo("rw-------");
		try (var db = EmbeddedNeo4j.start(store, "127.0.0.1", 0, "64m", secret)) {
			assertThat(query(db.uri(), AuthTokens.basic("neo4j", secret))).isEqualTo(1);
		}
		Path note = store.resolve(".parley-users-checked");
		String noted = Files.readString(note);
		assertThat(noted).doesNotContain(secret);
		try (var db = EmbeddedNeo4j.start(store, "127.0.0.1", 0, "64m", secret)) {
			// the note held: nothing written to the system database, the password still the one set before
			assertThat(UsersChecked.current(store, dbmsOf(db), secret)).isTrue();
			assertThat(query(db.uri(), AuthTokens.basic("neo4j", secret))).isEqualTo(1);
		}
		assertThat(Files.readString(note)).isEqualTo(noted);
		try (var db = EmbeddedNeo4j.start(store, "127.0.0.1", 0, "64m", "Another-pass-9q")) {
			assertThat(query(db.uri(), AuthTokens.basic("neo4j", "Another-pass-9q"))).isEqualTo(1);
			assertThatThrownBy(() -> query(db.uri(), AuthTokens.basic("neo4j", secret)))
				.isInstanceOf(AuthenticationException.class);
		}
		assertThat(Files.readString(note)).isNotEqualTo(noted);
	}

	private static org.neo4j.dbms.api.DatabaseManagementService dbmsOf(EmbeddedNeo4j db) throws Exception {
		var field = EmbeddedNeo4j.class.getDeclaredField("dbms");
		field.setAccessible(true);
		return (org.neo4j.dbms.api.DatabaseManagementService) field.get(db);
	}

	private static long query(String uri, AuthToken auth) {
		try (var driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build());
				var session = driver.session()) {
			return session.run("RETURN 1").single().get(0).asLong();
		}
	}
}
