package org.parley.graph;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Parley's home holds weeks of curated work: new directories in it are readable by their owner only. */
public final class OwnerOnly {

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnly() {
	}

	static void createDirectories(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return;
		}
		Path parent = dir.toAbsolutePath().getParent();
		if (posix(dir) && parent != null && !Files.isDirectory(parent)) {
			createDirectories(parent);
		}
		createDirectory(dir);
	}

	/** Creates a new directory (it must not exist yet) that only its owner can read. */
	public static void createDirectory(Path dir) throws IOException {
		if (posix(dir)) {
			Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
		}
		else {
			Files.createDirectories(dir);
		}
	}

	/** Opens a file, created if need be readable by its owner only. */
	static FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
		if (!posix(file)) {
			return FileChannel.open(file, options);
		}
		return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(FILE));
	}

	/** Makes an existing file readable by its owner only. */
	static void restrict(Path file) throws IOException {
		if (posix(file)) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}
}
