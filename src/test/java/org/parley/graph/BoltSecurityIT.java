package org.parley.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attacks by another Bolt client on the embedded database: planting a user, changing the password, reading the
 * owner's files or the network with LOAD CSV, listening in on Bolt beyond loopback. Each with a real Bolt client.
 */
class BoltSecurityIT {

	private static final String PASSWORD = "Sesame-0pen-7f3k";

	@TempDir
	Path home;

	@Test
	void aBoltClientCannotPlantAUserOrChangeThePassword() {
		try (var db = EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", null)) {
			for (String change : List.of("CREATE USER backdoor SET PLAINTEXT PASSWORD 'Backdoor-pass-1' CHANGE NOT REQUIRED",
					"ALTER USER neo4j SET PLAINTEXT PASSWORD 'Attacker-pass-1' CHANGE NOT REQUIRED",
					"DROP USER neo4j")) {
				assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> system(db.uri(), AuthTokens.none(), change)))
					.as(change)
					.isInstanceOf(Neo4jException.class)
					.hasMessageContaining("PARLEY_BOLT_ADMIN=true")
					.satisfies(ex -> assertThat(((Neo4jException) ex).code()).isEqualTo("Neo.ClientError.Security.Forbidden"));
			}
			assertThat(users(db.uri(), AuthTokens.none())).containsExactly("neo4j");
		}
	}

	@Test
	void usersPlantedBeforeAPasswordAreDroppedWhenItIsSetAndTheOwnerIsTold() {
		// a store from before this guard, or one served with admin access: someone planted a user
		try (var db = EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", null, Map.of(),
				new BoltSecurity(true, null, null, false))) {
			system(db.uri(), AuthTokens.none(), "CREATE USER backdoor SET PLAINTEXT PASSWORD 'Backdoor-pass-1' CHANGE NOT REQUIRED");
			system(db.uri(), AuthTokens.none(), "CREATE USER `back.door2` SET PLAINTEXT PASSWORD 'Backdoor-pass-1' CHANGE NOT REQUIRED");
		}
		// with admin access and a password they are kept, and named
		String kept = stderrOf(() -> {
			try (var db = EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", PASSWORD, Map.of(),
					new BoltSecurity(true, null, null, false))) {
				assertThat(query(db.uri(), AuthTokens.basic("backdoor", "Backdoor-pass-1"))).isEqualTo(1);
			}
		});
		assertThat(kept).contains("keeping database user 'backdoor' (PARLEY_BOLT_ADMIN=true)");
		// the owner's ordinary start with a password removes them
		String removed = stderrOf(() -> {
			try (var db = EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", PASSWORD)) {
				assertThatThrownBy(() -> query(db.uri(), AuthTokens.basic("backdoor", "Backdoor-pass-1")))
					.isInstanceOf(AuthenticationException.class);
				assertThat(query(db.uri(), AuthTokens.basic("neo4j", PASSWORD))).isEqualTo(1);
				assertThat(users(db.uri(), AuthTokens.basic("neo4j", PASSWORD))).containsExactly("neo4j");
			}
		});
		assertThat(removed.lines().toList()).containsExactlyInAnyOrder(
				"parley: removed database user 'backdoor', which Parley did not create; only neo4j logs in over Bolt"
						+ " (PARLEY_BOLT_ADMIN=true keeps such users)",
				"parley: removed database user 'back.door2', which Parley did not create; only neo4j logs in over Bolt"
						+ " (PARLEY_BOLT_ADMIN=true keeps such users)");
	}

	@Test
	void loadCsvReadsOnlyTheImportDirectoryAndNoUrl() throws IOException {
		Path secret = Files.writeString(home.resolve("secret.csv"), "top,secret\n");
		AtomicInteger requests = new AtomicInteger();
		HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		web.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] body = "a,b\n".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		web.start();
		try (var db = EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", null)) {
			Path imports = EmbeddedNeo4j.importDir(home.resolve("data"));
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(imports)))
				.isEqualTo("rwx------");
			Files.writeString(imports.resolve("ok.csv"), "x\n1\n");
			assertThat(query(db.uri(), AuthTokens.none(), "LOAD CSV FROM 'file:///ok.csv' AS r RETURN count(r)")).isEqualTo(2);
			int port = web.getAddress().getPort();
			for (String url : List.of(secret.toUri().toString(), "file:///../secret.csv", "file:///../../secret.csv",
					"file:///" + secret.toAbsolutePath(), "http://127.0.0.1:" + port + "/leak?data=x",
					"https://127.0.0.1:" + port + "/", "ftp://127.0.0.1:" + port + "/", "http://localhost:" + port + "/")) {
				assertThatThrownBy(() -> query(db.uri(), AuthTokens.none(), "LOAD CSV FROM '" + url + "' AS r RETURN count(r)"))
					.as(url).isInstanceOf(ClientException.class);
			}
		}
		finally {
			web.stop(0);
		}
		assertThat(requests).hasValue(0);
	}

	@Test
	void beyondLoopbackBoltNeedsTlsWhichEncryptsWithTheOwnersCertificate() throws Exception {
		assertThatThrownBy(() -> EmbeddedNeo4j.start(home.resolve("data"), "0.0.0.0", 0, "64m", PASSWORD))
			.isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("without TLS");
		assertThat(home.resolve("data")).doesNotExist();
		Path cert = home.resolve("bolt.crt");
		Path key = home.resolve("bolt.key");
		selfSigned(cert, key);
		try (var db = EmbeddedNeo4j.start(home.resolve("data"), "0.0.0.0", 0, "64m", PASSWORD, Map.of(),
				new BoltSecurity(false, cert, key, false))) {
			assertThat(db.uri()).startsWith("bolt+ssc://127.0.0.1:");
			assertThat(query(db.uri(), AuthTokens.basic("neo4j", PASSWORD))).isEqualTo(1);
			String plain = db.uri().replace("bolt+ssc://", "bolt://");
			assertThatThrownBy(() -> query(plain, AuthTokens.basic("neo4j", PASSWORD)))
				.isInstanceOfAny(ServiceUnavailableException.class, ClientException.class, AuthenticationException.class);
		}
		assertThatThrownBy(() -> EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", PASSWORD, Map.of(),
				new BoltSecurity(false, cert, null, false))).hasMessage("TLS needs both PARLEY_TLS_CERT and PARLEY_TLS_KEY;"
						+ " only PARLEY_TLS_CERT is set");
		assertThatThrownBy(() -> EmbeddedNeo4j.start(home.resolve("data"), "127.0.0.1", 0, "64m", PASSWORD, Map.of(),
				new BoltSecurity(false, key, cert, false))).hasMessageContaining("PARLEY_TLS_CERT " + key + " is not a PEM file");
	}

	/** A self-signed certificate and its PKCS#8 key as PEM files, made with the JDK's keytool. */
	private void selfSigned(Path cert, Path key) throws Exception {
		Path store = home.resolve("bolt.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "bolt", "-keyalg", "RSA", "-keysize", "2048",
				"-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype",
				"PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
			.redirectErrorStream(true).start();
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).isZero();
		var ks = KeyStore.getInstance("PKCS12");
		try (var in = Files.newInputStream(store)) {
			ks.load(in, "changeit".toCharArray());
		}
		var mime = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
		Files.writeString(cert, "-----BEGIN CERTIFICATE-----\n"
				+ mime.encodeToString(ks.getCertificate("bolt").getEncoded()) + "\n-----END CERTIFICATE-----\n");
		Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
				+ mime.encodeToString(ks.getKey("bolt", "changeit".toCharArray()).getEncoded()) + "\n-----END PRIVATE KEY-----\n");
	}

	private static String stderrOf(Runnable action) {
		var err = new ByteArrayOutputStream();
		PrintStream saved = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setErr(saved);
		}
		return err.toString(StandardCharsets.UTF_8);
	}

	private static org.neo4j.driver.Driver driver(String uri, AuthToken auth) {
		return GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build());
	}

	private static void system(String uri, AuthToken auth, String cypher) {
		try (var driver = driver(uri, auth); var session = driver.session(SessionConfig.forDatabase("system"))) {
			session.run(cypher).consume();
		}
	}

	private static List<String> users(String uri, AuthToken auth) {
		try (var driver = driver(uri, auth); var session = driver.session(SessionConfig.forDatabase("system"))) {
			return session.run("SHOW USERS YIELD user RETURN user ORDER BY user").list(r -> r.get(0).asString());
		}
	}

	private static long query(String uri, AuthToken auth, String cypher) {
		try (var driver = driver(uri, auth); var session = driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	private static long query(String uri, AuthToken auth) {
		return query(uri, auth, "RETURN 1");
	}
}
