package org.parley.browser;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.graph.DatabaseUnavailableException;
import org.parley.graph.GraphTarget;
import org.parley.graph.ParleySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP side of Neo4j Browser without a database: discovery, files, 404s, a taken port, the off switch. */
class BrowserServerTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private BrowserFrontEnd browser;

	private String base;

	@BeforeEach
	void start() {
		browser = new BrowserFrontEnd("127.0.0.1", 0);
		browser.claim();
		browser.start(new GraphTarget(GraphTarget.Mode.EMBEDDED, "bolt://127.0.0.1:17687", Path.of("/tmp/x")));
		base = browser.base();
	}

	@AfterEach
	void stop() {
		browser.close();
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (accept != null) {
			request.header("Accept", accept);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theRootAnswersBrowsersDiscoveryWithParleysBoltUriOnTheHostAsked() throws Exception {
		var json = get("/", "application/json, text/plain, */*");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(json.body()).isEqualTo("{\"bolt_direct\":\"bolt://127.0.0.1:17687\",\"neo4j_version\":\""
				+ org.neo4j.kernel.internal.Version.getNeo4jVersion() + "\",\"neo4j_edition\":\"community\"}");
		// a page opened by another name of this machine connects to that name
		var byName = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + base.replaceAll(".*:", "") + "/"))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(byName.body()).contains("\"bolt_direct\":\"bolt://localhost:17687\"");
	}

	@Test
	void aPersonAtTheRootIsSentToBrowserWhichIsServedFromTheNeo4jBrowserJar() throws Exception {
		var root = get("/", "text/html");
		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(root.headers().firstValue("Location")).hasValue("/browser/?preselectAuthMethod=NO_AUTH");
		var index = get("/browser/", "text/html");
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(index.body()).contains("<title>Neo4j Browser</title>").contains("<div id=\"mount\">");
		String app = index.body().replaceAll("(?s).*<script src=\"(app-[0-9a-f]+\\.js)\".*", "$1");
		var script = get("/browser/" + app, null);
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
		assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, immutable");
		assertThat(script.body()).contains("dbms.clientConfig()").contains("segmentKey:\"\"").contains("dsn:\"\"")
			.contains("\"data:text/javascript,\"");
		for (String external : BrowserServer.EXTERNAL) {
			assertThat(script.body()).doesNotContain(external);
		}
		// Browser's one request to the internet, its web fonts, is dropped from the bundle that makes it
		String libs = index.body().replaceAll("(?s).*<script src=\"(ui-libs-[0-9a-f]+\\.bundle\\.js)\".*", "$1");
		var bundle = get("/browser/" + libs, null);
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertThat(bundle.body()).doesNotContain("fonts.googleapis.com").contains("Nunito Sans");
	}

	@Test
	void theGuideAndTheStyleAreServedUnderParley() throws Exception {
		var guide = get("/parley/guide", null);
		assertThat(guide.statusCode()).isEqualTo(200);
		assertThat(guide.body()).contains("<title>Parley</title>").contains("<slide").contains("<pre class=\"runnable\">");
		var style = get("/parley/parley.grass", null);
		assertThat(style.statusCode()).isEqualTo(200);
		assertThat(style.body()).contains("node.Person {").contains("caption: \"{name} ({side})\"");
	}

	@Test
	void anythingElseIsNotFoundAndOnlyGetAndHeadAreAnswered() throws Exception {
		for (String path : new String[] { "/nothing", "/browser/nothing.js", "/browser/../META-INF/MANIFEST.MF",
				"/browser/%2e%2e/org/parley/browser/guide.html", "/parley/", "/db/neo4j/tx", "/org/parley/Launcher.class",
				"/parley/../../application.properties", "/parley/BrowserServer.class", "/parley/nothing" }) {
			assertThat(get(path, null).statusCode()).as(path).isEqualTo(404);
		}
		var post = http.send(HttpRequest.newBuilder(URI.create(base + "/")).POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
	}

	@Test
	void aTakenPortIsOneLineNamingTheSetting() throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			var second = new BrowserFrontEnd("127.0.0.1", taken.getLocalPort());
			assertThatThrownBy(second::claim).isInstanceOf(DatabaseUnavailableException.class)
				.hasMessage("HTTP port " + taken.getLocalPort() + " on 127.0.0.1 (Neo4j Browser) is already in use; choose"
						+ " another with PARLEY_HTTP_PORT=<port>, or PARLEY_HTTP_PORT=0 to serve no Browser");
		}
	}

	@Test
	void portZeroOrAnExternalDatabaseServesNoBrowser() {
		var embedded = new ParleySettings(Path.of("/tmp/h"), "127.0.0.1", 7687, "64m",
				new ParleySettings.External(null, "neo4j", null, null), Duration.ofSeconds(30), null,
				Duration.ofSeconds(10));
		var on = new BrowserSettings(7474);
		assertThat(BrowserFrontEnd.forSettings(embedded, on)).hasSize(1);
		assertThat(on.url(embedded)).hasValue("http://127.0.0.1:7474/");
		var off = new BrowserSettings(0);
		assertThat(BrowserFrontEnd.forSettings(embedded, off)).isEmpty();
		assertThat(off.url(embedded)).isEmpty();
		var external = new ParleySettings(Path.of("/tmp/h"), "127.0.0.1", 7687, "64m",
				new ParleySettings.External("bolt://db:7687", "neo4j", null, null), Duration.ofSeconds(30), null,
				Duration.ofSeconds(10));
		assertThat(BrowserFrontEnd.forSettings(external, on)).isEmpty();
	}

	@Test
	void anUnusableHttpPortIsAUsageErrorNamingTheSetting() {
		for (String[] bad : new String[][] { { "70000", "a port from 1 to 65535, or 0 to serve no Neo4j Browser" },
				{ "-1", "a port from 1 to 65535, or 0 to serve no Neo4j Browser" },
				{ "lots", "a port from 1 to 65535, or 0 to serve no Neo4j Browser" },
				{ "7687", "a port other than PARLEY_BOLT_PORT's, or 0 to serve no Neo4j Browser" } }) {
			var env = new org.springframework.mock.env.MockEnvironment().withProperty("parley.http-port", bad[0]);
			assertThatThrownBy(() -> BrowserSettings.bind(env, org.parley.graph.SettingsCheck.bind(env))).as(bad[0])
				.isInstanceOf(org.parley.errors.UsageException.class)
				.hasMessage("invalid setting parley.http-port (PARLEY_HTTP_PORT): '" + bad[0] + "' is not usable; expected "
						+ bad[1]);
		}
		var offEnv = new org.springframework.mock.env.MockEnvironment().withProperty("parley.http-port", "0");
		assertThat(BrowserSettings.bind(offEnv, org.parley.graph.SettingsCheck.bind(offEnv))
			.url(org.parley.graph.SettingsCheck.bind(offEnv))).isEmpty();
	}

	@Test
	void browserIsToldToOpenTheGuideApplyTheStyleAndStayOffline() {
		var settings = browser.neo4jSettings();
		assertThat(settings.get(org.neo4j.server.configuration.ServerSettings.browser_post_connect_cmd))
			.isEqualTo("style " + base + "/parley/parley.grass; guide " + base + "/parley/guide");
		assertThat(settings.get(org.neo4j.server.configuration.ServerSettings.browser_remote_content_hostname_whitelist))
			.isEqualTo(base + "/parley, 127.0.0.1");
		assertThat(settings.get(org.neo4j.server.configuration.ServerSettings.allow_telemetry)).isEqualTo(false);
		assertThat(settings.get(BrowserClientSettings.ALLOW_OUTGOING_CONNECTIONS)).isEqualTo(false);
		assertThat(BrowserServer.host("[::1]:7474")).isEqualTo("[::1]");
		assertThat(BrowserServer.host("evil\"}{:80")).isNull();
	}
}
