package org.parley.graph;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.neo4j.configuration.SettingValueParsers;
import org.parley.errors.UsageException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.env.Environment;

/**
 * Binds {@link ParleySettings} and checks every one of them before anything starts: a value that cannot work is
 * refused in one line naming the property, its environment variable, the value and what it accepts (exit code 2),
 * instead of failing later inside Spring or Neo4j ("internal error: Failed to instantiate ...").
 * A feature binds its own settings the same way through {@link #bind(Environment, Class, Function)} and refuses a
 * value with {@link #invalid}, so every setting is refused in the same words.
 */
public final class SettingsCheck {

	/** The smallest page cache Neo4j runs with usefully: a few hundred 8 KiB pages. */
	static final long MIN_PAGE_CACHE = 1L << 20;

	static final List<String> SCHEMES = List.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

	private static final Pattern IPV4 = Pattern.compile("[0-9.]+");

	private static final Pattern HOST = Pattern
		.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

	private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

	private SettingsCheck() {
	}

	/**
	 * The settings of this run.
	 * @throws UsageException naming the first setting that cannot be used
	 */
	public static ParleySettings bind(Environment environment) {
		ParleySettings settings = bind(environment, ParleySettings.class, SettingsCheck::accepted);
		check(settings);
		return settings;
	}

	/**
	 * Binds one settings record from the {@code parley.*} properties.
	 * @param accepted what a property of the record accepts, for a value that cannot even be converted
	 * @throws UsageException naming the property that cannot be read
	 */
	public static <T> T bind(Environment environment, Class<T> type, Function<String, String> accepted) {
		try {
			return Binder.get(environment).bindOrCreate("parley", type);
		}
		catch (BindException ex) {
			throw unreadable(ex, accepted);
		}
	}

	/** @throws UsageException naming the first setting that cannot be used */
	static void check(ParleySettings s) {
		if (s.boltPort() < 0 || s.boltPort() > 65535) {
			throw invalid("parley.bolt-port", s.boltPort(), "a port from 0 to 65535 (0 picks a free one)");
		}
		boltAddress(s.boltAddress(), !s.external());
		pageCache(s.pageCache());
		if (s.queryTimeout() == null || s.queryTimeout().isNegative() || s.queryTimeout().isZero()) {
			throw invalid("parley.query-timeout", duration(s.queryTimeout()), "a positive duration such as 30s, 2m or 500ms");
		}
		if (s.retryTime().isNegative()) {
			throw invalid("parley.retry-time", duration(s.retryTime()), "a duration of 0s or more, such as 10s or 1m "
					+ "(0s: no retries)");
		}
		if (Files.exists(s.home()) && !Files.isDirectory(s.home())) {
			throw invalid("parley.home", s.home(), "a directory (this is a file)");
		}
		external(s.neo4j());
	}

	private static void boltAddress(String address, boolean resolve) {
		String what = "an IP address or host name of this machine, such as 127.0.0.1, ::1 or localhost";
		if (address == null || address.isBlank()) {
			throw invalid("parley.bolt-address", address, what);
		}
		String a = address.strip();
		boolean literal = a.contains(":") || IPV4.matcher(a).matches();
		if (IPV4.matcher(a).matches() && !ipv4(a)) {
			throw invalid("parley.bolt-address", address, what);
		}
		if (!literal && !HOST.matcher(a).matches()) {
			throw invalid("parley.bolt-address", address, what);
		}
		if (literal || resolve) {
			try {
				InetAddress.getByName(a.startsWith("[") && a.endsWith("]") ? a.substring(1, a.length() - 1) : a);
			}
			catch (UnknownHostException | SecurityException ex) {
				throw invalid("parley.bolt-address", address, what + "; it is not a known host or address");
			}
		}
	}

	private static boolean ipv4(String address) {
		String[] parts = address.split("\\.", -1);
		if (parts.length != 4) {
			return false;
		}
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
				return false;
			}
		}
		return true;
	}

	private static void pageCache(String pageCache) {
		String what = "a size of at least 1m, such as 256m, 512MiB or 2g";
		long bytes;
		try {
			bytes = SettingValueParsers.BYTES.parse(pageCache == null ? "" : pageCache.strip());
		}
		catch (RuntimeException ex) {
			throw invalid("parley.page-cache", pageCache, what);
		}
		if (bytes < MIN_PAGE_CACHE) {
			throw invalid("parley.page-cache", pageCache, what);
		}
	}

	private static void external(ParleySettings.External neo4j) {
		if (!neo4j.isSet()) {
			return;
		}
		String what = "a URI such as bolt://host:7687 or neo4j+s://host, with a scheme of " + String.join(", ", SCHEMES);
		URI uri;
		try {
			uri = new URI(neo4j.uri().strip());
		}
		catch (URISyntaxException ex) {
			throw invalid("parley.neo4j.uri", neo4j.uri(), what);
		}
		if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null
				|| (uri.getPort() != -1 && uri.getPort() > 65535)) {
			throw invalid("parley.neo4j.uri", neo4j.uri(), what);
		}
		if (neo4j.user() == null || neo4j.user().isBlank()) {
			throw invalid("parley.neo4j.user", neo4j.user(), "a user name of the external database");
		}
		if (neo4j.database() != null && !neo4j.database().isBlank() && !DATABASE.matcher(neo4j.database().strip()).matches()) {
			throw invalid("parley.neo4j.database", neo4j.database(), "a database name of letters, digits, '.', '-' and "
					+ "'_', at most 63 characters");
		}
	}

	/** A value the binder could not convert: the property it was bound from and what its type accepts. */
	private static UsageException unreadable(BindException ex, Function<String, String> accepted) {
		ConfigurationProperty property = ex.getProperty();
		String name = property != null ? property.getName().toString() : ex.getName().toString();
		Object value = property != null ? property.getValue() : null;
		String what = accepted.apply(name);
		return invalid(name, value, what != null ? what : "a value of the documented form (see 'Settings' in the README)");
	}

	private static String accepted(String property) {
		return switch (property) {
			case "parley.bolt-port" -> "a port from 0 to 65535 (0 picks a free one)";
			case "parley.query-timeout" -> "a positive duration such as 30s, 2m or 500ms";
			case "parley.retry-time" -> "a duration of 0s or more, such as 10s or 1m (0s: no retries)";
			case "parley.home" -> "a directory path";
			default -> null;
		};
	}

	/** A setting refused: its property, its environment variable, the value and what it accepts. */
	public static UsageException invalid(String property, Object value, String accepted) {
		return new UsageException("invalid setting " + property + " (" + environmentVariable(property) + "): '"
				+ (value == null ? "" : value) + "' is not usable; expected " + accepted, null);
	}

	/** {@code parley.neo4j.uri} is set as {@code PARLEY_NEO4J_URI}. */
	static String environmentVariable(String property) {
		return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	private static String duration(Duration duration) {
		return duration == null ? "" : duration.toString().substring(2).toLowerCase(Locale.ROOT);
	}
}
