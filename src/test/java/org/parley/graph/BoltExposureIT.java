package org.parley.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who can reach the embedded database: loopback only without a password; a password never leaks. */
class BoltExposureIT {

	private static final String PASSWORD = "Sesame-0pen-7f3k";

	@TempDir
	Path home;

	@Test
	void aNonLoopbackAddressWithoutAPasswordIsRefusedBeforeAnythingStarts() {
		for (String address : List.of("0.0.0.0", "::")) {
			var result = Cli.run(List.of("--parley.home=" + home, "--parley.bolt-address=" + address), "status");
			assertThat(result.code()).as(result.toString()).isEqualTo(3);
			assertThat(result.err()).isEqualTo("parley: refusing to open Bolt on " + address + " without authentication:"
					+ " set PARLEY_PASSWORD (" + BoltExposure.RULE + ") to require it, or keep PARLEY_BOLT_ADDRESS=127.0.0.1\n");
		}
		var shortPassword = Cli.run(List.of("--parley.home=" + home, "--parley.password=abc"), "status");
		assertThat(shortPassword.code()).isEqualTo(3);
		assertThat(shortPassword.err()).isEqualTo("parley: PARLEY_PASSWORD is too weak: it has 3 characters ("
				+ BoltExposure.RULE + ")\n");
		var commonPassword = Cli.run(List.of("--parley.home=" + home, "--parley.password=password1234"), "status");
		assertThat(commonPassword.code()).isEqualTo(3);
		assertThat(commonPassword.err()).startsWith("parley: PARLEY_PASSWORD is too weak: it is a common word");
		var unknownHost = Cli.run(List.of("--parley.home=" + home, "--parley.bolt-address=no-such-host.invalid"), "status");
		// an address that cannot work is a bad setting, refused with the others before anything starts
		assertThat(unknownHost.code()).isEqualTo(2);
		assertThat(unknownHost.err()).startsWith("parley: invalid setting parley.bolt-address (PARLEY_BOLT_ADDRESS): "
				+ "'no-such-host.invalid' is not usable").endsWith("it is not a known host or address\n");
		assertThat(home.resolve("data")).doesNotExist();
	}

	@Test
	void withAPasswordBoltRequiresItOnEveryAddressAndTheHomeIsPrivate() throws IOException {
		try (var db = EmbeddedNeo4j.start(home.resolve("data"), "0.0.0.0", 0, "64m", PASSWORD, java.util.Map.of(),
				new BoltSecurity(false, null, null, true))) {
			assertThatThrownBy(() -> query(db.uri(), AuthTokens.none())).isInstanceOf(AuthenticationException.class);
			assertThatThrownBy(() -> query(db.uri(), AuthTokens.basic("neo4j", "wrong-password")))
				.isInstanceOf(AuthenticationException.class);
			assertThat(query(db.uri(), AuthTokens.basic("neo4j", PASSWORD))).isEqualTo(1);
		}
		// the next start with another password changes it; the old one stops working
		try (var db = EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", "another-password-9")) {
			assertThatThrownBy(() -> query(db.uri(), AuthTokens.basic("neo4j", PASSWORD)))
				.isInstanceOf(AuthenticationException.class);
			assertThat(query(db.uri(), AuthTokens.basic("neo4j", "another-password-9"))).isEqualTo(1);
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("data")))).isEqualTo("rwx------");
	}

	@Test
	void parleyLogsInWithItsPasswordAndNeverShowsIt() throws IOException {
		var settings = List.of("--parley.home=" + home, "--parley.password=" + PASSWORD, "--parley.auto-seed=false");
		var status = Cli.run(settings, "status");
		assertThat(status.code()).as(status.toString()).isZero();
		assertThat(status.out()).contains("(authentication required)");
		var error = Cli.run(settings, "cypher", "RETURN $x");
		assertThat(error.code()).isEqualTo(1);
		var external = Cli.run(List.of("--parley.neo4j.uri=bolt://127.0.0.1:1", "--parley.neo4j.password=" + PASSWORD,
				"--parley.retry-time=0s"), "status");
		assertThat(external.code()).isEqualTo(3);
		for (var result : List.of(status, error, external)) {
			assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
		}
		try (var files = Files.walk(home)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
					.as("plain-text password in %s", file).doesNotContain(PASSWORD);
			}
		}
	}

	private static int query(String uri, AuthToken auth) {
		try (var driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build());
				var session = driver.session()) {
			return session.run("RETURN 1 AS one").single().get("one").asInt();
		}
	}
}
