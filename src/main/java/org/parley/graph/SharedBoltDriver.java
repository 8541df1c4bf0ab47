package org.parley.graph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.ogm.config.Configuration;
import org.neo4j.ogm.drivers.bolt.driver.BoltDriver;

/**
 * Neo4j-OGM's Bolt transport over the driver Parley already has open, on the configured database, with Neo4j's own
 * temporal types (the seed stores dates as {@code DATE}). The driver belongs to Parley: closing OGM leaves it open
 * ({@link BoltDriver#configure} would otherwise close it first).
 * <p>
 * OGM opens its own sessions ({@code Driver.session(SessionConfig)}); it sees the driver through a view that gives
 * every such session the settings of {@link Graph#sessionConfig} (database and the shared bookmark manager, so a
 * curation write is seen by the next read, as Graph's own sessions are), and every transaction it begins on them
 * ({@code Session.beginTransaction(TransactionConfig)}) Graph's query timeout, keeping OGM's own metadata.
 */
final class SharedBoltDriver extends BoltDriver {

	SharedBoltDriver(Graph graph) {
		super(view(graph));
		// the URI only satisfies OGM's configuration check: the driver is already connected
		var config = new Configuration.Builder().uri(graph.target().uri()).useNativeTypes().verifyConnection(false);
		graph.sessionConfig(AccessMode.WRITE).database().ifPresent(config::database);
		configure(config.build());
	}

	@Override
	public synchronized void close() {
		// the driver is Parley's, closed with the application
	}

	/** The driver as OGM sees it: sessions configured as Graph's, everything else the driver's own. */
	private static Driver view(Graph graph) {
		Driver driver = graph.driver();
		return proxy(Driver.class, driver, (method, args) -> {
			if (method.getName().equals("session") && args != null && args.length == 1
					&& args[0] instanceof SessionConfig asked) {
				return timed(driver.session(configured(graph, asked)), graph.timeout());
			}
			return method.invoke(driver, args);
		});
	}

	/** Graph's session settings for OGM's access mode, keeping any bookmarks OGM passes along. */
	static SessionConfig configured(Graph graph, SessionConfig asked) {
		SessionConfig base = graph.sessionConfig(asked.defaultAccessMode());
		var builder = SessionConfig.builder().withDefaultAccessMode(asked.defaultAccessMode());
		base.database().ifPresent(builder::withDatabase);
		base.bookmarkManager().ifPresent(builder::withBookmarkManager);
		if (asked.bookmarks() != null && asked.bookmarks().iterator().hasNext()) {
			builder.withBookmarks(asked.bookmarks());
		}
		return builder.build();
	}

	/** A session whose transactions stop after Graph's query timeout, as Graph's own do. */
	private static Session timed(Session session, Duration timeout) {
		return proxy(Session.class, session, (method, args) -> {
			if (method.getName().equals("beginTransaction") && args != null && args.length == 1
					&& args[0] instanceof TransactionConfig asked) {
				return session.beginTransaction(withTimeout(asked, timeout));
			}
			return method.invoke(session, args);
		});
	}

	static TransactionConfig withTimeout(TransactionConfig asked, Duration timeout) {
		return TransactionConfig.builder().withMetadata(asked.metadata()).withTimeout(timeout).build();
	}

	private interface Call {
		Object on(Method method, Object[] args) throws Throwable;
	}

	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (self, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				return switch (method.getName()) {
					case "equals" -> self == args[0];
					case "hashCode" -> System.identityHashCode(self);
					default -> "OGM view of " + target;
				};
			}
			try {
				return call.on(method, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}
}
