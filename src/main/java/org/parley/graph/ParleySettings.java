package org.parley.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Parley, bound from {@code parley.*} properties or the matching {@code PARLEY_*} environment
 * variables (Spring's relaxed binding: {@code PARLEY_BOLT_PORT} is {@code parley.bolt-port}).
 *
 * @param home         where the embedded store, the shell history and the analyst's reports live; default
 *                     {@code ~/.parley}
 * @param boltAddress  address the embedded Bolt connector binds to
 * @param boltPort     port of the embedded Bolt connector; 0 picks a free one
 * @param pageCache    page cache of the embedded database, e.g. {@code 256m}
 * @param neo4j        an external database; when its URI is set no embedded database starts
 * @param seedDir      directory of seed scripts; empty means {@code ./seed} when present, else the packaged copy
 * @param autoSeed     whether an empty embedded store seeds itself on first start
 * @param queryTimeout how long a query may run before it is stopped
 * @param reportsDir   the analyst's own saved reports; empty means {@code reports} in {@code home}
 * @param password     password of the embedded database's {@code neo4j} user; when set, Bolt clients must
 *                     authenticate, and only then may Bolt bind to a non-loopback address; never printed
 * @param retryTime    how long a transient database failure (unreachable server, leader switch, deadlock) is retried
 *                     with backoff before the command gives up
 * @param httpPort     port on which the console and {@code serve} serve Neo4j Browser over HTTP, on the Bolt address;
 *                     0 turns it off
 */
@ConfigurationProperties("parley")
public record ParleySettings(
		Path home,
		@DefaultValue("127.0.0.1") String boltAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache,
		@DefaultValue External neo4j,
		Path seedDir,
		@DefaultValue("true") boolean autoSeed,
		@DefaultValue("30s") Duration queryTimeout,
		Path reportsDir,
		String password,
		@DefaultValue("10s") Duration retryTime,
		@DefaultValue("7474") int httpPort) {

	/** The HTTP port Neo4j Browser is served on unless {@code PARLEY_HTTP_PORT} says otherwise. */
	public static final int DEFAULT_HTTP_PORT = 7474;

	/** The binder does not resolve placeholders in {@code @DefaultValue}, so the home default is computed here. */
	@org.springframework.boot.context.properties.bind.ConstructorBinding
	public ParleySettings {
		if (home == null) {
			home = Path.of(System.getProperty("user.home"), ".parley");
		}
		if (password != null && password.isBlank()) {
			password = null;
		}
		if (retryTime == null) {
			retryTime = Duration.ofSeconds(10);
		}
	}

	/** Settings with Neo4j Browser on its default HTTP port (for code and tests that predate the setting). */
	public ParleySettings(Path home, String boltAddress, int boltPort, String pageCache, External neo4j, Path seedDir,
			boolean autoSeed, Duration queryTimeout, Path reportsDir, String password, Duration retryTime) {
		this(home, boltAddress, boltPort, pageCache, neo4j, seedDir, autoSeed, queryTimeout, reportsDir, password,
				retryTime, DEFAULT_HTTP_PORT);
	}

	/** These settings with first-start seeding off. */
	public ParleySettings withoutAutoSeed() {
		return new ParleySettings(home, boltAddress, boltPort, pageCache, neo4j, seedDir, false, queryTimeout,
				reportsDir, password, retryTime, httpPort);
	}

	/**
	 * Where the console or {@code serve} serves Neo4j Browser on the embedded database, or empty when
	 * {@code PARLEY_HTTP_PORT} is 0 or the database is external.
	 */
	public java.util.Optional<String> browserUrl() {
		if (httpPort == 0 || external()) {
			return java.util.Optional.empty();
		}
		String host = "0.0.0.0".equals(boltAddress) || "::".equals(boltAddress) ? "127.0.0.1"
				: boltAddress.contains(":") ? "[" + boltAddress + "]" : boltAddress;
		return java.util.Optional.of("http://" + host + ":" + httpPort + "/");
	}

	/** Whether the embedded database requires Bolt clients to authenticate. */
	public boolean authenticated() {
		return password != null;
	}

	@Override
	public String toString() {
		return "ParleySettings[home=" + home + ", boltAddress=" + boltAddress + ", boltPort=" + boltPort
				+ ", httpPort=" + httpPort + ", neo4j=" + neo4j + ", password=" + (password == null ? "none" : "(set)") + "]";
	}

	/**
	 * @param uri      bolt://, neo4j://, neo4j+s:// ... of an external server or cluster
	 * @param user     user name for the external server
	 * @param password password for the external server; never printed
	 * @param database database name; empty means the server's default
	 */
	public record External(String uri, @DefaultValue("neo4j") String user, String password, String database) {

		public boolean isSet() {
			return uri != null && !uri.isBlank();
		}

		@Override
		public String toString() {
			return "External[uri=" + uri + ", user=" + user + ", database=" + database + "]";
		}
	}

	public boolean external() {
		return neo4j.isSet();
	}

	public Path storeDir() {
		return home.resolve("data");
	}

	/** Where the analyst's own reports live: {@code parley.reports-dir}, else {@code $PARLEY_HOME/reports}. */
	public Path userReportsDir() {
		return reportsDir != null ? reportsDir : home.resolve("reports");
	}
}
