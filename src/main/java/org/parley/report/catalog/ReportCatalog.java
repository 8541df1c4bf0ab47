package org.parley.report.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.parley.report.format.Plural;
import org.parley.cli.Suggestions;
import org.parley.errors.ParleyException;
import org.parley.files.TextFiles;
import org.parley.files.WorkingDirectory;
import org.parley.graph.PackagedFiles;

/**
 * Every saved report Parley can run, read afresh for each command so that adding a report means dropping a file.
 * Sources are read in order and a later one overrides an earlier one of the same name: the reports packaged in the
 * jar ({@code cypher/} on the classpath), then {@code cypher/} in the working directory, then the analyst's own
 * directory. A file that cannot be read is kept as a broken entry, so listing still works and running it names
 * {@code file:line}.
 */
public final class ReportCatalog {

	/**
	 * One place reports come from.
	 * @param label     how listings name it: {@code packaged}, {@code cypher/}, {@code reports}
	 * @param directory the directory, or {@code null} for the reports packaged on the classpath
	 */
	public record Source(String label, Path directory) {

		public static Source packaged() {
			return new Source("packaged", null);
		}

		public static Source directory(String label, Path directory) {
			return new Source(label, directory);
		}

		/** Whether this source is the reports packaged in the jar (checked by the build), not a directory. */
		public boolean isPackaged() {
			return directory == null;
		}

		/** Where it is: {@code in parley.jar}, or the directory's absolute path. */
		public String where() {
			return directory == null ? "in parley.jar" : directory.toAbsolutePath().normalize().toString();
		}
	}

	/**
	 * A report as the catalogue resolved it.
	 * @param source    where the winning file comes from
	 * @param overrides the earlier sources whose different file of the same name it replaces
	 * @param report    the parsed report, or {@code null} when the file is broken
	 * @param error     why the file is broken ({@code file:line: message}), else {@code null}
	 */
	public record Entry(String name, Source source, List<Source> overrides, ReportFile report, String error, String text) {

		public boolean broken() {
			return report == null;
		}
	}

	private final Map<String, Entry> entries;

	private ReportCatalog(Map<String, Entry> entries) {
		this.entries = entries;
	}

	/** The standard sources: packaged, then {@code ./cypher}, then the analyst's directory, labelled {@code reports}. */
	public static List<Source> standardSources(Path userDirectory) {
		return List.of(Source.packaged(), Source.directory("cypher/", WorkingDirectory.resolve("cypher")),
				Source.directory("reports", userDirectory));
	}

	/**
	 * Reads the sources in order; a directory that does not exist is skipped unless it is {@code required}.
	 * @param loader where packaged reports are looked up
	 */
	public static ReportCatalog load(ClassLoader loader, List<Source> sources, Path required) {
		if (required != null && !Files.isDirectory(required)) {
			throw new ParleyException("reports directory " + required
					+ (Files.exists(required) ? " is not a directory" : " does not exist"));
		}
		var entries = new TreeMap<String, Entry>();
		for (Source source : sources) {
			for (var file : read(loader, source).entrySet()) {
				String name = file.getKey();
				Found found = file.getValue();
				Entry earlier = entries.get(name);
				var overrides = new ArrayList<Source>();
				if (earlier != null) {
					overrides.addAll(earlier.overrides());
					if (!earlier.text().equals(found.text())) {
						overrides.add(earlier.source());
					}
				}
				entries.put(name, found.error() != null
						? new Entry(name, source, List.copyOf(overrides), null, found.error(), found.text())
						: entry(name, source, overrides, found.origin(), found.text()));
			}
		}
		return new ReportCatalog(entries);
	}

	private static Entry entry(String name, Source source, List<Source> overrides, String origin, String text) {
		try {
			return new Entry(name, source, List.copyOf(overrides), ReportFile.parse(name, origin, text), null, text);
		}
		catch (ParleyException ex) {
			return new Entry(name, source, List.copyOf(overrides), null, ex.getMessage(), text);
		}
	}

	/** One file as read: where from, as errors name it, and its text; or why it could not be read (not UTF-8). */
	private record Found(String origin, String text, String error) {

		Found(String origin, String text) {
			this(origin, text, null);
		}
	}

	/** One source's {@code .cypher} files by report name. */
	private static Map<String, Found> read(ClassLoader loader, Source source) {
		var files = new TreeMap<String, Found>();
		try {
			if (source.isPackaged()) {
				for (var file : PackagedFiles.list(loader, "cypher", false)) {
					files.putIfAbsent(name(file.name()), new Found("classpath:cypher/" + file.name(),
							TextFiles.decode(file.bytes(), "classpath:cypher/" + file.name())));
				}
			}
			else if (Files.isDirectory(source.directory())) {
				try (Stream<Path> paths = Files.list(source.directory())) {
					for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".cypher"))
						.filter(Files::isRegularFile)
						.sorted()
						.toList()) {
						String origin = display(path);
						Found found;
						try {
							found = new Found(origin, TextFiles.read(path, origin));
						}
						catch (ParleyException ex) {
							// one unreadable file (not UTF-8) is a broken entry: the others still list and run
							found = new Found(origin, "", ex.getMessage());
						}
						files.put(name(path.getFileName().toString()), found);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	public List<Entry> entries() {
		return List.copyOf(entries.values());
	}

	public Optional<Entry> find(String name) {
		return Optional.ofNullable(entries.get(name));
	}

	/**
	 * The report of that name, ready to run.
	 * @throws ParleyException when there is none (with a suggestion) or its file is broken
	 */
	public ReportFile report(String name) {
		return runnable(name).report();
	}

	/**
	 * The entry of that name, with a report ready to run (and the source it comes from).
	 * @throws ParleyException when there is none (with a suggestion) or its file is broken
	 */
	public Entry runnable(String name) {
		Entry entry = entries.get(name);
		if (entry == null) {
			String suggestion = Suggestions.didYouMean(entries.keySet(), name, true);
			throw new ParleyException("no report named '" + name + "'" + suggestion + "; run 'report list' to see the "
					+ Plural.of(entries.size(), "report"));
		}
		if (entry.broken()) {
			throw new ParleyException(entry.error());
		}
		return entry;
	}

	private static String name(String fileName) {
		return fileName.substring(0, fileName.length() - ".cypher".length());
	}

	/** A path as the user would type it: relative below the working directory, {@code ~/...} below home. */
	public static String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path cwd = WorkingDirectory.current();
		if (absolute.startsWith(cwd) && !absolute.equals(cwd)) {
			return cwd.relativize(absolute).toString();
		}
		Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
		if (absolute.startsWith(home) && !absolute.equals(home)) {
			return "~/" + home.relativize(absolute);
		}
		return absolute.toString();
	}
}
