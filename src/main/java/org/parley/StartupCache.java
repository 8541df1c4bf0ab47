package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The start-up cache: class-data-sharing archives of Parley's classes, one per jar build and JVM, in
 * {@code PARLEY_CACHE_DIR} (default {@code $XDG_CACHE_HOME/parley} or {@code ~/.cache/parley}); the three most recently
 * used are kept. {@code PARLEY_CDS=off} uses none. The {@link Launcher} writes and uses them.
 */
final class StartupCache {

	private StartupCache() {
	}

	/** Archives kept in the cache directory: the most recently used, so that a few builds or clones never evict each other. */
	static final int ARCHIVES_KEPT = 3;

	static void keep(Path dumped, Path archive, Path cacheDir) {
		try {
			if (Files.isRegularFile(dumped) && Files.size(dumped) > 0) {
				Files.move(dumped, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				prune(cacheDir, ARCHIVES_KEPT);
			}
			Files.deleteIfExists(dumped);
		}
		catch (IOException ex) {
			// without the archive the next run simply writes it again
		}
	}

	/**
	 * Keeps the {@code kept} most recently used archives of the cache directory (a run that uses one touches it) and
	 * removes the other archives, and what killed runs left half-written more than an hour ago.
	 */
	static void prune(Path cacheDir, int kept) throws IOException {
		long hourAgo = System.currentTimeMillis() - 3_600_000;
		List<Path> archives = new ArrayList<>();
		try (Stream<Path> files = Files.list(cacheDir)) {
			for (Path p : files.filter(p -> p.getFileName().toString().startsWith("parley-")).toList()) {
				String name = p.getFileName().toString();
				if (name.endsWith(".jsa")) {
					archives.add(p);
				}
				else if ((name.endsWith(".tmp") || name.endsWith(".ok")) && lastModified(p) < hourAgo) {
					Files.deleteIfExists(p);
				}
			}
		}
		archives.sort(Comparator.comparingLong(StartupCache::lastModified).reversed());
		for (Path old : archives.subList(Math.min(kept, archives.size()), archives.size())) {
			Files.deleteIfExists(old);
		}
	}

	private static long lastModified(Path p) {
		try {
			return Files.getLastModifiedTime(p).toMillis();
		}
		catch (IOException ex) {
			return 0L;
		}
	}

	static void touch(Path archive) {
		try {
			Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
		}
		catch (IOException ex) {
			// a read-only cache still serves its archive
		}
	}

	/** The class-data archive of this jar build and JVM: written by the first tuned run, used by the later ones. */
	public static Path archive(Path jar) throws IOException {
		Path dir = directory();
		return (dir != null ? dir : defaultCacheDir()).resolve("parley-" + Integer.toHexString(
				(jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
						+ System.getProperty("java.vm.version")).hashCode()) + ".jsa");
	}

	/**
	 * Where the archives live: {@code PARLEY_CACHE_DIR}, else {@code $XDG_CACHE_HOME/parley}, else
	 * {@code ~/.cache/parley}; {@code null} with {@code PARLEY_CDS=off}.
	 */
	static Path directory() {
		if ("off".equalsIgnoreCase(System.getenv("PARLEY_CDS"))) {
			return null;
		}
		String dir = System.getenv("PARLEY_CACHE_DIR");
		return dir != null && !dir.isBlank() ? Path.of(dir) : defaultCacheDir();
	}

	private static Path defaultCacheDir() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("parley");
	}

	static boolean writable(Path dir) {
		try {
			Files.createDirectories(dir);
			return Files.isWritable(dir);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
