package org.parley.graph;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Parley's home holds weeks of curated work: new directories in it are readable by their owner only. */
final class OwnerOnly {

	private OwnerOnly() {
	}

	static void createDirectories(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return;
		}
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Path parent = dir.toAbsolutePath().getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				createDirectories(parent);
			}
			Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(dir);
		}
	}
}
