package org.parley.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * Every Parley command's {@link CommandSpec}, read once from the annotated methods of the {@code *Commands} classes
 * under {@code org.parley}. It is read from the class files, not from the Spring context, so that a command line is
 * checked before anything starts ({@link Preflight}), and the usage lines, {@code help} and the completion scripts
 * ({@link CompletionScript}) all come from this one catalog. {@code CommandCatalogIT} checks that it finds every
 * command the context registers.
 */
@Component
class CommandCatalog {

	/**
	 * The command classes. Listed, not scanned: reading the jar's 75,000 entries took about half a second of a usage
	 * error's answer. {@code CommandCatalogTests} fails when a {@code *Commands} class is missing here.
	 */
	static final List<String> CLASSES = List.of(
			"org.parley.backup.BackupCommands",
			"org.parley.bench.BenchCommands",
			"org.parley.curate.AddCommands",
			"org.parley.curate.ExportCommands",
			"org.parley.curate.RecordCommands",
			"org.parley.curate.RevisionCommands",
			"org.parley.curate.TenureCommands",
			"org.parley.generate.GenerateCommands",
			"org.parley.ingest.IngestCommands",
			"org.parley.load.LoadCommands",
			"org.parley.picture.NetworkExportCommands",
			"org.parley.picture.PictureCommands",
			"org.parley.question.ChannelCommands",
			"org.parley.question.CounterpartCommands",
			"org.parley.question.EventCommands",
			"org.parley.question.HawksAndStanceCommands",
			"org.parley.question.PathCommands",
			"org.parley.question.PersonCommands",
			"org.parley.question.WhoAndRolesCommands",
			"org.parley.report.CypherCommands",
			"org.parley.report.ReportCommands",
			"org.parley.seed.SeedCommands",
			"org.parley.serve.ServeCommands",
			"org.parley.shell.HelpCommands",
			"org.parley.status.StatusCommands");

	private static volatile Map<String, CommandSpec> specs;

	Map<String, CommandSpec> specs() {
		return all();
	}

	static Map<String, CommandSpec> all() {
		Map<String, CommandSpec> found = specs;
		if (found == null) {
			synchronized (CommandCatalog.class) {
				if (specs == null) {
					specs = read();
				}
				found = specs;
			}
		}
		return found;
	}

	Optional<CommandSpec> find(String name) {
		return Optional.ofNullable(specs().get(name));
	}

	List<CommandSpec> withPrefix(String prefix) {
		return specs().values().stream().filter(s -> s.name().startsWith(prefix + " ")).toList();
	}

	private static Map<String, CommandSpec> read() {
		var found = new ArrayList<CommandSpec>();
		ClassLoader loader = CommandCatalog.class.getClassLoader();
		for (String className : CLASSES) {
			Class<?> type;
			try {
				type = Class.forName(className, false, loader);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				throw new IllegalStateException("command class " + className + " cannot be read", ex);
			}
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Command.class)) {
					found.add(CommandSpec.of(method));
				}
			}
		}
		found.sort(Comparator.comparing(CommandSpec::name));
		var map = new LinkedHashMap<String, CommandSpec>();
		found.forEach(spec -> map.put(spec.name(), spec));
		return map;
	}

	/** The names of the {@code org.parley..*Commands} classes beside this one (in the jar or a classes directory), by a scan. */
	static List<String> commandClasses() {
		Path where;
		try {
			where = Path.of(CommandCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		try {
			List<String> entries;
			if (Files.isDirectory(where)) {
				try (Stream<Path> files = Files.walk(where.resolve("org/parley"))) {
					entries = files.map(p -> where.relativize(p).toString().replace('\\', '/')).toList();
				}
			}
			else {
				try (JarFile jar = new JarFile(where.toFile())) {
					entries = jar.stream().map(JarEntry::getName).filter(n -> n.startsWith("org/parley/")).toList();
				}
			}
			return entries.stream()
				.filter(n -> n.endsWith("Commands.class") && !n.contains("$"))
				.map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
