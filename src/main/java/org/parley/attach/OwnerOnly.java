package org.parley.attach;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a file or directory can only be used by this process's user: owned by it, no permission for its group or
 * anyone else, not a symbolic link. Only then is the socket in it Parley's and reachable by its owner alone.
 */
public final class OwnerOnly {

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private OwnerOnly() {
	}

	/** Whether owner-only files can be told apart here at all (POSIX permissions). */
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

	/** Makes {@code path} readable and writable by its owner only. */
	public static void restrict(Path path) throws IOException {
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
	}
}
