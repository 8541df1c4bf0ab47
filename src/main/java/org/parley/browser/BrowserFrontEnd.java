package org.parley.browser;

import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ServerSettings;
import org.parley.graph.Alongside;
import org.parley.graph.GraphTarget;
import org.parley.graph.ParleySettings;
import org.parley.graph.StartupTrace;

/**
 * Neo4j Browser beside the embedded database of the console or {@code serve}: served over HTTP on the Bolt address
 * and {@code PARLEY_HTTP_PORT}, pointed at Parley's Bolt port by the discovery document, told through the database's
 * client configuration to open the Parley guide and apply the Parley style on connect, to send no usage data and to
 * reach nothing outside this machine. The Bolt address obeys the exposure rule (loopback unless
 * {@code PARLEY_PASSWORD} is set), and the HTTP port follows it.
 */
public final class BrowserFrontEnd implements Alongside {

	private final String address;

	private final int port;

	private BrowserServer server;

	private java.util.concurrent.CompletableFuture<BrowserServer> binding;

	BrowserFrontEnd(String address, int port) {
		this.address = address;
		this.port = port;
	}

	/** What to run beside the database for these settings: Browser, unless its port is 0 or the database external. */
	public static List<Alongside> forSettings(ParleySettings graph, BrowserSettings browser) {
		if (browser.url(graph).isEmpty()) {
			return List.of();
		}
		return List.of(new BrowserFrontEnd(graph.boltAddress(), browser.httpPort()));
	}

	/** The host name Browser's own requests go to: the bound address, or loopback for a wildcard address. */
	String host() {
		if ("0.0.0.0".equals(address) || "::".equals(address)) {
			return "127.0.0.1";
		}
		return address.contains(":") ? "[" + address + "]" : address;
	}

	String base() {
		return "http://" + host() + ":" + (server != null ? server.port() : port);
	}

	@Override
	public Map<Setting<?>, Object> neo4jSettings() {
		String base = base();
		return Map.of(
				// style first: the guide's first snippet then draws in Parley's colours
				ServerSettings.browser_post_connect_cmd, "style " + base + "/parley/parley.grass; guide " + base + "/parley/guide",
				// the first entry lets ':guide parley' find the guide by name; the second admits the host itself
				ServerSettings.browser_remote_content_hostname_whitelist, base + "/parley, " + host(),
				ServerSettings.allow_telemetry, false,
				BrowserClientSettings.ALLOW_OUTGOING_CONNECTIONS, false,
				BrowserClientSettings.RETAIN_CONNECTION_CREDENTIALS, false);
	}

	/**
	 * Checks the port is free now (a taken port fails before the store opens), then binds the HTTP server on a
	 * thread of its own while Neo4j starts: loading the JDK's HTTP server classes costs more than the check.
	 */
	@Override
	public synchronized void claim() {
		if (binding != null) {
			return;
		}
		BrowserServer.ensureFree(address, port);
		binding = new java.util.concurrent.CompletableFuture<>();
		var thread = new Thread(() -> {
			try {
				binding.complete(BrowserServer.bind(address, port));
			}
			catch (Throwable ex) {
				binding.completeExceptionally(ex);
			}
		}, "parley-http-bind");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void start(GraphTarget target) {
		claim();
		server = bound();
		String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
		int boltPort = Integer.parseInt(target.uri().substring(target.uri().lastIndexOf(':') + 1));
		boolean tls = !target.uri().startsWith("bolt://");
		// Browser 5 never connects by itself without credentials: with no password the form comes up set to "No
		// authentication", so one click on Connect (nothing typed) connects; with one, it asks for it
		server.start(requested -> discovery(requested != null ? requested : host(), boltPort, tls, version),
				target.authenticated() ? "/browser/" : "/browser/?preselectAuthMethod=NO_AUTH");
		StartupTrace.mark("Neo4j Browser served at " + base() + "/");
	}

	private BrowserServer bound() {
		try {
			return binding.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			binding = null;
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/**
	 * What Browser reads at {@code /}: the Bolt URI on the host the page was loaded from (so a page opened by a LAN
	 * address connects to that address), and the server's version. No routing URI: one server, direct Bolt.
	 */
	static String discovery(String host, int boltPort, boolean tls, String version) {
		String bolt = (tls ? "bolt+s://" : "bolt://") + host + ":" + boltPort;
		return "{\"bolt_direct\":\"" + bolt + "\",\"neo4j_version\":\"" + version.replaceAll("[^0-9A-Za-z.-]", "")
				+ "\",\"neo4j_edition\":\"community\"}";
	}

	@Override
	public synchronized void close() {
		if (server == null && binding != null) {
			try {
				server = binding.join();
			}
			catch (RuntimeException ex) {
				// never bound: nothing to close
			}
		}
		binding = null;
		if (server != null) {
			server.close();
			server = null;
		}
	}
}
