package org.parley.serve;

import java.util.concurrent.CountDownLatch;

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
				new CountDownLatch(1).await();
			}
		}
		out.flush();
	}
}
