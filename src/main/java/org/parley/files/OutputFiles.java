package org.parley.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.parley.errors.ParleyException;

/**
 * The one way Parley writes a file named by {@code --out}: never over an existing file unless {@code --force}, and
 * all or nothing. The text goes to a hidden sibling ({@code .NAME.parley-PID.tmp}), is forced to disk and then
 * renamed over the target, so a failure (a full disk) or a kill never leaves a truncated file; siblings left by a
 * killed run are removed by the next write. A target that is not a regular file (a device such as
 * {@code /dev/stdout}, a pipe) is written in place: it has nothing to overwrite.
 */
public final class OutputFiles {

	private OutputFiles() {
	}

	/**
	 * @param out   the {@code --out} value as given, which messages repeat
	 * @param force whether {@code --force} was given
	 * @throws ParleyException naming the file: it exists (and no {@code --force}), is a directory, a part of its path is
	 *                         a file, or writing failed (nothing was left behind); missing directories are created
	 */
	public static void write(String out, boolean force, String text) {
		write(out, force, text.getBytes(StandardCharsets.UTF_8));
	}

	/** {@link #write(String, boolean, String)} for bytes (a PNG or SVG picture): the same rules, all or nothing. */
	public static void write(String out, boolean force, byte[] bytes) {
		Path target = WorkingDirectory.resolve(out);
		try {
			if (Files.isSymbolicLink(target) && Files.exists(target)) {
				target = target.toRealPath();
			}
		}
		catch (IOException ex) {
			throw failure(out, ex);
		}
		if (Files.isDirectory(target)) {
			throw new ParleyException("cannot write " + out + ": it is a directory");
		}
		if (Files.exists(target) && !Files.isRegularFile(target)) {
			try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
				stream.write(bytes);
			}
			catch (IOException ex) {
				throw failure(out, ex);
			}
			return;
		}
		refuseExisting(out, target, force);
		Path dir = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(dir)) {
			// every --out creates its missing directories, as `export seed`, `backup` and `generate` always did
			notThroughAFile(out, dir);
			try {
				Files.createDirectories(dir);
			}
			catch (IOException ex) {
				throw failure(out, ex);
			}
		}
		String name = target.getFileName().toString();
		removeStale(dir, name);
		Path temp = dir.resolve(tempName(name));
		deleteQuietly(temp); // left by a killed process that had this pid
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				var buffer = java.nio.ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			refuseExisting(out, target, force);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			deleteQuietly(temp);
			throw failure(out, ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(temp);
			throw ex;
		}
	}

	/**
	 * Everything {@link #write} would refuse, checked before a command does its work (a query, a write to the graph):
	 * an existing file without {@code --force}, a directory, a path through a file. Missing directories are created by
	 * {@link #write}.
	 */
	public static void checkTarget(String out, boolean force) {
		Path target = WorkingDirectory.resolve(out);
		if (Files.isDirectory(target)) {
			throw new ParleyException("cannot write " + out + ": it is a directory");
		}
		refuseExisting(out, target, force);
		if (!Files.exists(target)) {
			notThroughAFile(out, target.toAbsolutePath().getParent());
		}
	}

	/** Refuses a directory path of which an existing part is a file ({@code notes.txt/out.csv}). */
	private static void notThroughAFile(String out, Path dir) {
		Path existing = dir;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing != null && !Files.isDirectory(existing)) {
			throw new ParleyException("cannot write " + out + ": " + existing + " is not a directory");
		}
	}

	/**
	 * Refuses an existing file without {@code --force}; commands call it before they work, so a refusal costs nothing.
	 * Devices and pipes ({@code /dev/stdout}) are not refused: writing to them overwrites nothing.
	 */
	public static void refuseExisting(String out, boolean force) {
		refuseExisting(out, WorkingDirectory.resolve(out), force);
	}

	static void refuseExisting(String out, Path target, boolean force) {
		if (!force && Files.isRegularFile(target)) {
			throw new ParleyException(out + " already exists; add --force to overwrite it");
		}
	}

	/**
	 * A new hidden directory beside {@code target} ({@code .NAME.parley-PID.tmp}) to write a set of files into, to be
	 * {@link #publishDirectory published} when all are complete; what killed runs left there is removed first.
	 * @param out how messages name the target
	 */
	public static Path stagingDirectory(String out, Path target) {
		Path dir = target.toAbsolutePath().normalize().getParent();
		try {
			Files.createDirectories(dir);
			removeStale(dir, target.getFileName().toString());
			Path staging = dir.resolve(tempName(target.getFileName().toString()));
			deleteTree(staging);
			return Files.createDirectory(staging);
		}
		catch (IOException ex) {
			throw failure(out, ex);
		}
	}

	/**
	 * Puts the files of {@code staging} in place: the directory is renamed to {@code target} when that does not exist,
	 * else each file is renamed over its namesake in it (each file is whole at every moment; a kill between two
	 * renames leaves whole files of the old and the new set, never a truncated one).
	 */
	public static void publishDirectory(String out, Path staging, Path target) {
		try {
			if (!Files.exists(target)) {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				return;
			}
			try (Stream<Path> files = Files.list(staging)) {
				for (Path file : files.sorted().toList()) {
					Files.move(file, target.resolve(file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE,
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Files.delete(staging);
		}
		catch (IOException ex) {
			deleteQuietly(staging);
			throw failure(out, ex);
		}
	}

	/** {@code .NAME.parley-PID.tmp}: hidden, and naming the process that writes it. */
	static String tempName(String name) {
		return "." + name + ".parley-" + ProcessHandle.current().pid() + ".tmp";
	}

	/** Removes what killed runs left beside {@code name}: temporary siblings whose process is gone. */
	static void removeStale(Path dir, String name) {
		String prefix = "." + name + ".parley-";
		try (Stream<Path> siblings = Files.list(dir)) {
			for (Path sibling : siblings.toList()) {
				String file = sibling.getFileName().toString();
				if (file.startsWith(prefix) && file.endsWith(".tmp")) {
					String pid = file.substring(prefix.length(), file.length() - ".tmp".length());
					if (pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
						deleteTree(sibling);
					}
				}
			}
		}
		catch (IOException ex) {
			// leftovers stay until a later write; they never hide the target
		}
	}

	/** Deletes a file or a directory with all it holds; a link is deleted, never what it points at. */
	public static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			try (Stream<Path> walk = Files.walk(path)) {
				List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
				for (Path p : all) {
					Files.deleteIfExists(p);
				}
			}
		}
		else {
			Files.deleteIfExists(path);
		}
	}

	public static void deleteQuietly(Path path) {
		try {
			deleteTree(path);
		}
		catch (IOException ex) {
			// the next write removes it
		}
	}

	/** One line naming the file and the reason, e.g. {@code cannot write out.csv: No space left on device}. */
	public static ParleyException failure(String out, IOException ex) {
		String reason;
		if (ex instanceof NoSuchFileException) {
			reason = "its directory does not exist";
		}
		else if (ex instanceof AccessDeniedException) {
			reason = "permission denied";
		}
		else if (ex instanceof DirectoryNotEmptyException) {
			reason = "it is a directory that is not empty";
		}
		else if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			reason = fs.getReason();
		}
		else {
			reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		}
		return new ParleyException("cannot write " + out + ": " + reason, ex);
	}
}
