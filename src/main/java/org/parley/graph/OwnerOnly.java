package org.parley.graph;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Files only their owner can use. Parley's home holds weeks of curated work: new directories and files in it are
 * readable by their owner only; and the attach socket is trusted only where nobody else can reach it. Plain JDK, so the
 * one-shot's attach client can use it before Spring or Neo4j load.
 */
public final class OwnerOnly {

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

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
	public static void restrict(Path file) throws IOException {
		if (posix(file)) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	/** Whether owner-only files can be told apart here at all (POSIX permissions and uids). */
	public static boolean supported() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
	}

	/** What makes {@code path} usable by someone else than this user, or empty when nothing does. */
	public static Optional<String> problem(Path path) {
		try {
			if (Files.isSymbolicLink(path)) {
				return Optional.of(path + " is a symbolic link");
			}
			Object owner = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
			if (!owner.equals(ownUid())) {
				return Optional.of(path + " belongs to another user (uid " + owner + ")");
			}
			var perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
			var open = EnumSet.copyOf(OTHERS);
			open.retainAll(perms);
			if (!open.isEmpty()) {
				return Optional.of(path + " is open to other users (" + PosixFilePermissions.toString(perms) + ")");
			}
			return Optional.empty();
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return Optional.of("cannot check " + path + ": " + ex.getMessage());
		}
	}

	/** The uid this process runs as: the owner of {@code /proc/self}. */
	static Object ownUid() throws IOException {
		return Files.getAttribute(Path.of("/proc/self"), "unix:uid");
	}
}
