package org.parley.serve;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;

import org.parley.attach.Activity;

import org.parley.graph.DatabaseUnavailableException;
import org.parley.browser.BrowserSettings;
import org.parley.graph.Graph;
import org.parley.graph.GraphStartup;
import org.parley.graph.GraphTarget;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code serve}: keeping the embedded database and its Bolt port up for other tools until interrupted. */
@Component
class ServeCommands {

	private final Graph graph;

	private final GraphStartup startup;

	private final BrowserSettings browser;

	ServeCommands(@Lazy Graph graph, GraphStartup startup, BrowserSettings browser) {
		this.graph = graph;
		this.startup = startup;
		this.browser = browser;
	}

	@Command(name = "serve", group = "Database", description = "Keep the database and its Bolt port up until interrupted (Ctrl-C).")
	void serve(CommandContext context) throws InterruptedException {
		GraphTarget target = graph.target();
		var out = context.outputWriter();
		switch (target.mode()) {
			case EXTERNAL -> out.println("Parley uses the external database " + target.uri() + "; there is nothing to serve.");
			case ATTACHED -> throw new DatabaseUnavailableException("another Parley serves this home at " + target.uri()
					+ startup.attachedPid().stream().mapToObj(pid -> " (pid " + pid + ")").findFirst().orElse("")
					+ "; use that one, or stop it before serving " + target.store() + " from here");
			case EMBEDDED -> {
				out.println("Serving " + target.store() + " at " + target.uri());
				browser.url(startup.settings()).ifPresent(url -> out.println("Neo4j Browser: " + url
						+ (target.authenticated() ? " (log in as neo4j with the password in PARLEY_PASSWORD)" : "")));
				out.println("Connect cypher-shell or any Bolt driver to that URI ("
						+ (target.authenticated() ? "user neo4j, the password in PARLEY_PASSWORD" : "no authentication")
						+ "). Press Ctrl-C to stop.");
				out.flush();
				Duration idleExit = residentIdle();
				if (idleExit == null) {
					new CountDownLatch(1).await();
				}
				else {
					waitUntilIdle(idleExit);
					out.println("Stopping: no command for " + idleExit.toSeconds() + " s (a resident Parley; PARLEY_RESIDENT)");
				}
			}
		}
		out.flush();
	}

	/**
	 * System property the launcher sets on the resident Parley it starts for {@code PARLEY_RESIDENT}: the seconds it
	 * stays without a command before it stops. A resident ignores Ctrl-C and a closed terminal (they are meant for the
	 * command that started it); SIGTERM stops it cleanly.
	 */
	static final String RESIDENT_IDLE = "parley.resident.idle-seconds";

	private static Duration residentIdle() {
		String seconds = System.getProperty(RESIDENT_IDLE);
		if (seconds == null) {
			return null;
		}
		Signal.handle(new Signal("INT"), signal -> {
		});
		Signal.handle(new Signal("HUP"), signal -> {
		});
		return Duration.ofSeconds(Long.parseLong(seconds));
	}

	private static void waitUntilIdle(Duration idleExit) throws InterruptedException {
		// closing is decided atomically with accepting commands: none is accepted and then run on a closed database
		while (!Activity.closeIfIdle(idleExit)) {
			Duration left = idleExit.minus(Activity.idle());
			Thread.sleep(Math.max(100, Math.min(left.toMillis(), 1000)));
		}
	}
}
