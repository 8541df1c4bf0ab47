package org.parley;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.attach.Activity;
import org.parley.browser.BrowserFrontEnd;
import org.parley.graph.BoltSecurity;
import org.parley.graph.GraphStartup;
import org.parley.graph.ParleySettings;
import org.parley.shell.Preflight;

import org.springframework.boot.Banner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.index.CandidateComponentsIndexLoader;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;
import org.parley.errors.OneLine;
import org.parley.errors.UsageException;

/**
 * Parley's entry point. With no command words it opens the console; with some it runs them once and exits with
 * the command's exit code. The database starts opening before Spring builds the shell, so the two overlap.
 */
@SpringBootApplication // Spring Shell finds the commands in the package of the bean that carries this
// the auto-configurations Parley uses, named, instead of Spring Boot's whole list read from every jar and filtered at
// each start (spring.boot.enableautoconfiguration=false in application.properties)
@ImportAutoConfiguration({ ConfigurationPropertiesAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class,
		LifecycleAutoConfiguration.class, SpringShellAutoConfiguration.class })
public class ParleyApplication {

	/** Commands that never touch the database: no reason to start it for them. */
	private static final Set<String> WITHOUT_DATABASE = Set.of("help", "--help", "-h", "version", "completion", "clear", "history",
			"report list", "report show", "bench");

	public static void main(String[] args) {
		org.parley.files.CheckedOutput.useProcessStdout();
		String launcher = System.getProperty("parley.tuned");
		if (launcher != null) {
			// started by the Launcher (its pid): if it is killed outright, do not live on without it, even when it was
			// killed before this JVM got here (then this one's parent is already someone else)
			var parent = ProcessHandle.current().parent();
			if (parent.isEmpty() || !parent.get().isAlive()
					|| (launcher.matches("\\d{1,18}") && parent.get().pid() != Long.parseLong(launcher))) {
				System.exit(130); // orphaned: this JVM's parent is no longer the launcher that started it
			}
			parent.get().onExit().thenRun(() -> System.exit(130));
		}
		var secret = secretOnCommandLine(args);
		if (secret.isPresent()) {
			System.err.println("parley: " + secret.get());
			System.exit(2);
		}
		int code = run(args);
		org.parley.graph.StartupTrace.mark("exiting");
		System.exit(code);
	}

	/** See {@link CommandLine#secret}. */
	public static java.util.Optional<String> secretOnCommandLine(String[] args) {
		return CommandLine.secret(args);
	}

	/** Runs Parley as the command line {@code args} asks and returns the process exit code. */
	public static int run(String... args) {
		List<String> words = commandWords(args);
		boolean oneShot = !words.isEmpty();
		if (oneShot && System.getProperty(Preflight.CHECKED) == null) {
			// usage errors, help, --version and completion scripts answer before Spring or the database starts
			var done = Preflight.check(words, System.out, System.err);
			if (done.isPresent()) {
				return done.getAsInt();
			}
		}
		Launcher.announceArchive();
		var app = new SpringApplication(ParleyApplication.class);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("spring.shell.interactive.enabled", Boolean.toString(!oneShot));
		// Spring's own places for configuration files in the working directory, and Parley's one file in its jar by
		// name: by default Spring looks in two places on the class path for four kinds of file, and again for the
		// default profile, sixteen searches of every jar on it (346 in a test JVM). SPRING_CONFIG_LOCATION replaces it.
		defaults.put("spring.config.location", "optional:classpath:/application.properties,optional:file:./,"
				+ "optional:file:./config/,optional:file:./config/*/");
		app.setDefaultProperties(defaults);
		app.addInitializers(context -> {
			var all = RunSettings.bind(context.getEnvironment(), oneShot && words.get(0).equals("restore"));
			ParleySettings settings = all.graph();
			boolean advertise = !oneShot || words.get(0).equals("serve");
			var security = Binder.get(context.getEnvironment()).bindOrCreate("parley", BoltSecurity.class);
			// the console and `serve` serve Neo4j Browser beside the store they open (graph does not know it)
			var startup = new GraphStartup(settings, advertise, security,
					advertise ? BrowserFrontEnd.forSettings(settings, all.browser()) : List.of())
				.whenEmbeddedStarted(Launcher::representativeRun)
				.checkSchemaEvenIfNoted(Launcher.writingArchive());
			if (!oneShot || !(WITHOUT_DATABASE.contains(words.get(0)) || csvOnly(words)
					|| (words.size() > 1 && WITHOUT_DATABASE.contains(words.get(0) + " " + words.get(1))))) {
				startup.begin();
			}
			context.getBeanFactory().registerSingleton("parleySettings", settings);
			context.getBeanFactory().registerSingleton("seedSettings", all.seed());
			context.getBeanFactory().registerSingleton("browserSettings", all.browser());
			context.getBeanFactory().registerSingleton("reportSettings", all.reports());
			context.getBeanFactory().registerSingleton("graphStartup", startup);
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent) {
					// commands handed over by one-shots (see AttachServer) end, and no new one is taken, before the
					// database closes
					try {
						Activity.closeAndAwait(Duration.ofSeconds(30));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					startup.close();
				}
			});
		});
		try (ConfigurableApplicationContext context = app.run(args)) {
			return SpringApplication.exit(context);
		}
		catch (UsageException ex) {
			// a setting that cannot work, refused before anything started
			System.err.println("parley: " + ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			System.err.println("parley: cannot start: " + OneLine.of(String.valueOf(root.getMessage()).strip()));
			return 1;
		}
		finally {
			// Spring Framework 7.0 adds every component a context scans to the component index it caches per class
			// loader, without looking for duplicates: in a JVM that runs Parley again and again (the tests' in-process
			// runs, over 400 in a test JVM) each start matched against a list 85 entries longer than the last, 34,000
			// after 400 runs. Dropping the cache makes a next run read META-INF/spring.components afresh, as a new JVM.
			CandidateComponentsIndexLoader.clearCache();
		}
	}

	/** {@code generate --out DIR} writes CSV files only: it needs no database, so none is started or created. */
	static boolean csvOnly(List<String> words) {
		return words.get(0).equals("generate")
				&& words.stream().anyMatch(word -> word.equals("--out") || word.startsWith("--out="));
	}

	/** The arguments that are not Spring properties such as {@code --parley.home=...}: see {@link CommandLine#words}. */
	public static List<String> commandWords(String[] args) {
		return CommandLine.words(args);
	}
}
