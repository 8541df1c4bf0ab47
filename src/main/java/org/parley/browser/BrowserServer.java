package org.parley.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.parley.graph.DatabaseUnavailableException;

/**
 * The HTTP side of Neo4j Browser: the discovery document at {@code /} (what Browser reads to find the Bolt URI), the
 * Browser's static files from the {@code org.neo4j.client:neo4j-browser} jar under {@code /browser/}, and Parley's
 * own guide and style under {@code /parley/}. Only GET and HEAD; nothing else is served (404), nothing is written.
 * The JDK's HTTP server: no new dependency, and it binds and starts in milliseconds.
 */
final class BrowserServer implements AutoCloseable {

	/** Where the neo4j-browser jar keeps Browser's files on the class path. */
	static final String BROWSER_ROOT = "browser/";

	/** Where Parley's guide and style live on the class path. */
	static final String PARLEY_ROOT = "org/parley/browser/";

	/** The only names served under {@code /parley/}: the guide (with or without .html) and the style. */
	private static final String PARLEY_FILES = "[a-z][a-z-]*(\\.(html|grass|svg|png))?";

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
			Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
			Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
			Map.entry("jpg", "image/jpeg"), Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"),
			Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("eot", "application/vnd.ms-fontobject"),
			Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("grass", "text/plain; charset=utf-8"),
			Map.entry("map", "application/json"), Map.entry("wasm", "application/wasm"));

	private final HttpServer server;

	private final ExecutorService workers;

	private final String address;

	private volatile Function<String, String> discovery = host -> null;

	private volatile String landing = "/browser/";

	/** Browser's scripts as served: the few with calls to the internet are changed (see {@link #OFFLINE}). */
	private final Map<String, byte[]> changed = new java.util.concurrent.ConcurrentHashMap<>();

	private BrowserServer(HttpServer server, ExecutorService workers, String address) {
		this.server = server;
		this.workers = workers;
		this.address = address;
	}

	/** @throws DatabaseUnavailableException naming PARLEY_HTTP_PORT when {@code address:port} is taken */
	static void ensureFree(String address, int port) {
		try (var socket = new java.net.ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(address, port));
		}
		catch (IOException ex) {
			throw busy(address, port, ex);
		}
	}

	private static DatabaseUnavailableException busy(String address, int port, IOException ex) {
		return new DatabaseUnavailableException("HTTP port " + port + " on " + address + " (Neo4j Browser) is already in"
				+ " use; choose another with PARLEY_HTTP_PORT=<port>, or PARLEY_HTTP_PORT=0 to serve no Browser", ex);
	}

	/**
	 * Binds {@code address:port} now, so a taken port fails before anything else starts; requests wait until
	 * {@link #start(Function, String)}.
	 * @throws DatabaseUnavailableException naming PARLEY_HTTP_PORT when the port is taken (exit code 3)
	 */
	static BrowserServer bind(String address, int port) {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(address, port), 32);
		}
		catch (IOException ex) {
			throw busy(address, port, ex);
		}
		var count = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(4, task -> {
			var thread = new Thread(task, "parley-http-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(workers);
		var bound = new BrowserServer(server, workers, address);
		server.createContext("/", bound::handle);
		return bound;
	}

	/**
	 * Starts answering; {@code discovery} gives the JSON document served at {@code /} for the host name the client
	 * used (the request's Host header without the port; null when it sent none); a person opening {@code /} is sent
	 * to {@code landing}.
	 */
	void start(Function<String, String> discovery, String landing) {
		this.discovery = discovery;
		this.landing = landing;
		server.start();
	}

	/** The port actually bound (for a port of 0 in tests). */
	int port() {
		return server.getAddress().getPort();
	}

	String address() {
		return address;
	}

	@Override
	public void close() {
		server.stop(0);
		workers.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			var headers = exchange.getResponseHeaders();
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("Referrer-Policy", "no-referrer");
			String method = exchange.getRequestMethod();
			if (!method.equals("GET") && !method.equals("HEAD")) {
				headers.set("Allow", "GET, HEAD");
				send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
				return;
			}
			URI uri = exchange.getRequestURI();
			String path = uri.getPath();
			if (path == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
				notFound(exchange);
				return;
			}
			if (path.equals("/")) {
				root(exchange);
				return;
			}
			if (path.equals("/browser")) {
				redirect(exchange, "/browser/");
				return;
			}
			if (path.startsWith("/browser/")) {
				String file = path.substring("/browser/".length());
				resource(exchange, BROWSER_ROOT + (file.isEmpty() ? "index.html" : file));
				return;
			}
			if (path.startsWith("/parley/") && path.substring("/parley/".length()).matches(PARLEY_FILES)) {
				String name = path.substring("/parley/".length());
				resource(exchange, PARLEY_ROOT + (name.contains(".") ? name : name + ".html"));
				return;
			}
			notFound(exchange);
		}
	}

	/** Browser asks {@code /} for JSON to find Bolt; a person's browser is sent on to Browser itself. */
	private void root(HttpExchange exchange) throws IOException {
		String accept = exchange.getRequestHeaders().getFirst("Accept");
		String json = discovery.apply(host(exchange.getRequestHeaders().getFirst("Host")));
		if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json") && json != null) {
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
		}
		else {
			redirect(exchange, landing);
		}
	}

	/** The host part of a Host header when it is a plain host name or address, else null. */
	static String host(String header) {
		if (header == null) {
			return null;
		}
		String h = header.strip();
		if (h.startsWith("[")) {
			int end = h.indexOf(']');
			return end > 1 && h.substring(1, end).matches("[0-9A-Fa-f:.]+") ? h.substring(0, end + 1) : null;
		}
		int colon = h.indexOf(':');
		String name = colon >= 0 ? h.substring(0, colon) : h;
		return name.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})") ? name : null;
	}

	private void resource(HttpExchange exchange, String name) throws IOException {
		if (name.endsWith("/")) {
			name = name + "index.html";
		}
		ClassLoader loader = BrowserServer.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(name)) {
			if (in == null) {
				notFound(exchange);
				return;
			}
			byte[] body = name.startsWith(BROWSER_ROOT) && name.endsWith(".js")
					? changed.computeIfAbsent(name, n -> offline(n, readAll(in))) : in.readAllBytes();
			String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
			// bundles carry their content hash in their name; index.html, the guide and the style are re-read
			boolean hashed = name.startsWith(BROWSER_ROOT) && name.matches(".*-[0-9a-f]{20}\\.(bundle\\.)?(js|css)");
			exchange.getResponseHeaders().set("Cache-Control", hashed ? "max-age=31536000, immutable" : "no-cache");
			send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
		}
	}

	/**
	 * What Browser would send to the internet whatever the database's settings say: with a community server it
	 * always loads Segment's analytics and Canny's changelog widget once connected (it only honours
	 * {@code browser.allow_outgoing_connections} for enterprise servers), starts Sentry's tracing before it has read
	 * any setting, and its style sheet imports two web fonts from Google. Each is turned off where it is switched on
	 * in the bundles: no Sentry DSN, no Segment key, an empty script instead of Canny's, no font import (the text
	 * falls back to local fonts). Nothing else is changed.
	 */
	private static final List<String[]> OFFLINE = List.of(
			new String[] { "@import url\\(https://fonts\\.googleapis\\.com/[^)\"]*\\);", "" },
			new String[] { "dsn:\"https://[0-9a-f]+@[a-z0-9.]*sentry\\.io/[0-9]+\"", "dsn:\"\"" },
			new String[] { "segmentKey:\"[A-Za-z0-9]+\"", "segmentKey:\"\"" },
			new String[] { "\"https://canny\\.io/sdk\\.js\"", "\"data:text/javascript,\"" });

	/** The hosts {@link #OFFLINE} keeps Browser from reaching, as they appear in its bundles. */
	static final List<String> EXTERNAL = List.of("fonts.googleapis.com", "sentry.io/", "canny.io/sdk.js",
			"oHSyew3ytP1f1zgLPB4xJJnIYjgGUZXV");

	static byte[] offline(String name, byte[] body) {
		String text = new String(body, StandardCharsets.ISO_8859_1); // byte for byte, whatever the encoding
		if (EXTERNAL.stream().noneMatch(text::contains)) {
			return body;
		}
		for (String[] rule : OFFLINE) {
			text = text.replaceAll(rule[0], rule[1]);
		}
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] readAll(InputStream in) {
		try {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		send(exchange, 302, "text/plain; charset=utf-8", ("see " + location + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static void notFound(HttpExchange exchange) throws IOException {
		send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
		if (!head && body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}
}
