package org.parley.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.parley.errors.ParleyException;
import org.parley.files.TextFiles;
import org.parley.files.WorkingDirectory;
import org.parley.graph.PackagedFiles;

/**
 * Where seed scripts come from: a configured directory, else {@code ./seed} when it exists, else the copy packaged
 * in the jar. Files are read in file-name order.
 */
final class SeedSource {

	private final Path directory;

	/** Whether the directory is the working directory's {@code seed/}, chosen without being asked for. */
	private final boolean implicit;

	/** @param directory the seed directory, or {@code null} for the packaged scripts */
	SeedSource(Path directory) {
		this(directory, false);
	}

	private SeedSource(Path directory, boolean implicit) {
		this.directory = directory;
		this.implicit = implicit;
	}

	static SeedSource resolve(Path configured) {
		if (configured != null) {
			return new SeedSource(configured); // checked when read, so commands that need no seeds still run
		}
		Path local = WorkingDirectory.resolve("seed");
		return Files.isDirectory(local) ? new SeedSource(local, true) : new SeedSource(null);
	}

	/**
	 * For the line that announces a new store's seeding: where the scripts came from when it was not asked for (the
	 * working directory's {@code seed/} chosen over the packaged copy), else nothing.
	 */
	String unaskedOrigin() {
		return implicit ? " in the working directory's seed/ (" + directory.toAbsolutePath().normalize()
				+ ", used instead of the packaged scripts; PARLEY_SEED_DIR chooses)" : "";
	}

	String describe() {
		return directory == null ? "seed scripts packaged in parley.jar" : directory.toAbsolutePath().normalize().toString();
	}

	List<SeedFile> files() {
		var files = new ArrayList<SeedFile>();
		try {
			if (directory != null) {
				if (!Files.isDirectory(directory)) {
					throw new ParleyException("seed directory " + directory + " does not exist (set by parley.seed-dir)");
				}
				try (Stream<Path> paths = Files.list(directory)) {
					for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".cypher")).toList()) {
						String name = path.getFileName().toString();
						// strictly UTF-8: a file that is not fails the whole load, naming it, before anything is written
						files.add(SeedFile.of(name, display(path), TextFiles.read(path, display(path))));
					}
				}
			}
			else {
				for (var file : PackagedFiles.list(SeedSource.class.getClassLoader(), "seed", false)) {
					String name = file.name();
					files.add(SeedFile.of(name, "seed/" + name, TextFiles.decode(file.bytes(), "seed/" + name)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		files.sort(Comparator.comparing(SeedFile::name));
		return files;
	}

	private static String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path cwd = WorkingDirectory.current();
		return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
	}
}
