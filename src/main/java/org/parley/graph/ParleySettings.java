package org.parley.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database's settings, bound from {@code parley.*} properties or the matching {@code PARLEY_*} environment
 * variables (Spring's relaxed binding: {@code PARLEY_BOLT_PORT} is {@code parley.bolt-port}). A feature's own
 * settings live with the feature that reads them ({@code seed.SeedSettings}, {@code browser.BrowserSettings},
 * {@code report.catalog.ReportSettings}).
 *
 * @param home         where the embedded store, the shell history and the analyst's reports live; default
 *                     {@code ~/.parley}
 * @param boltAddress  address the embedded Bolt connector binds to
 * @param boltPort     port of the embedded Bolt connector; 0 picks a free one
 * @param pageCache    page cache of the embedded database, e.g. {@code 256m}
 * @param neo4j        an external database; when its URI is set no embedded database starts
 * @param queryTimeout how long a query may run before it is stopped
 * @param password     password of the embedded database's {@code neo4j} user; when set, Bolt clients must
 *                     authenticate, and only then may Bolt bind to a non-loopback address; never printed
 * @param retryTime    how long a transient database failure (unreachable server, leader switch, deadlock) is retried
 *                     with backoff before the command gives up
 */
@ConfigurationProperties("parley")
public record ParleySettings(
		Path home,
		@DefaultValue("127.0.0.1") String boltAddress,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache,
		@DefaultValue External neo4j,
		@DefaultValue("30s") Duration queryTimeout,
		String password,
		@DefaultValue("10s") Duration retryTime) {

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

	/** Whether the embedded database requires Bolt clients to authenticate. */
	public boolean authenticated() {
		return password != null;
	}

	@Override
	public String toString() {
		return "ParleySettings[home=" + home + ", boltAddress=" + boltAddress + ", boltPort=" + boltPort
				+ ", neo4j=" + neo4j + ", password=" + (password == null ? "none" : "(set)") + "]";
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
}
