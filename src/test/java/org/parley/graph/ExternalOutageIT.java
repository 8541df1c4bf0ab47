package org.parley.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Cli;
import org.parley.testing.ParleyProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An external database that is down, drops in the middle of a session and comes back: a one-line error with exit
 * code 3, transient outages retried with backoff, and the same session working again afterwards.
 */
class ExternalOutageIT {

	@TempDir
	Path serverHome;

	@TempDir
	Path parleyHome;

	private EmbeddedNeo4j server;

	private GraphStartup startup;

	@AfterEach
	void stop() {
		if (startup != null) {
			startup.close();
		}
		if (server != null) {
			server.close();
		}
	}

	private ParleySettings settings(int port, Duration retry) {
		return new ParleySettings(parleyHome, "127.0.0.1", 0, "64m",
				new ParleySettings.External("bolt://127.0.0.1:" + port, "neo4j", null, null),
				Duration.ofSeconds(30), null, retry);
	}

	private long countries(Graph graph) {
		return graph.read("MATCH (c:Country) RETURN count(c) AS n", Map.of(), r -> r.get("n").asLong()).get(0);
	}

	@Test
	void aServerThatDropsMidSessionGivesExitCodeThreeAndTheSessionRecoversWhenItReturns() throws Exception {
		int port = ParleyProcess.freePort();
		server = EmbeddedNeo4j.start(serverHome, "127.0.0.1", port, "64m");
		startup = new GraphStartup(settings(port, Duration.ofSeconds(2)), false);
		Graph graph = startup.graph();
		graph.write("CREATE (:Country {id: 'US'}), (:Country {id: 'CN'})", Map.of(), r -> r);
		assertThat(countries(graph)).isEqualTo(2);

		server.close();
		server = null;
		long started = System.nanoTime();
		assertThatThrownBy(() -> countries(graph)).isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageStartingWith("database unreachable: ")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));

		server = EmbeddedNeo4j.start(serverHome, "127.0.0.1", port, "64m");
		assertThat(countries(graph)).as("the same session works again").isEqualTo(2);
	}

	@Test
	void aShortOutageIsRetriedWithBackoffAndTheQueryNeverFails() throws Exception {
		int port = ParleyProcess.freePort();
		server = EmbeddedNeo4j.start(serverHome, "127.0.0.1", port, "64m");
		startup = new GraphStartup(settings(port, Duration.ofSeconds(30)), false);
		Graph graph = startup.graph();
		graph.write("CREATE (:Country {id: 'US'})", Map.of(), r -> r);
		server.close();
		server = null;
		// while the server is down, a listener on its port takes the query's first attempt and resets it: the query
		// is then retrying, and the server comes back
		var down = new ServerSocket();
		down.setReuseAddress(true);
		down.bind(new InetSocketAddress("127.0.0.1", port));
		var restart = CompletableFuture.runAsync(() -> {
			try (down; Socket attempt = down.accept()) {
				attempt.setSoLinger(true, 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server = EmbeddedNeo4j.start(serverHome, "127.0.0.1", port, "64m");
		});
		assertThat(countries(graph)).isEqualTo(1);
		restart.get(60, TimeUnit.SECONDS);
	}

	@Test
	void aOneShotCommandAgainstADownServerSaysSoInOneLineWithExitCodeThree() {
		int port = ParleyProcess.freePort();
		var result = Cli.run(List.of("--parley.home=" + parleyHome, "--parley.neo4j.uri=bolt://127.0.0.1:" + port,
				"--parley.retry-time=1s"), "who", "treasury");
		assertThat(result.code()).as(result.toString()).isEqualTo(3);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("The database at bolt://127.0.0.1:" + port + " does not answer; retrying for up to 1 s...\n"
				+ "parley: cannot connect to bolt://127.0.0.1:" + port + " (tried for 1 s): ");
		assertThat(result.err().lines()).hasSize(2);
	}
}
