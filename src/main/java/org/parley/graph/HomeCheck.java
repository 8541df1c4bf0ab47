package org.parley.graph;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What Parley checks of its home before and after it opens the embedded store, each in milliseconds: that the home
 * and the store can be written (else Neo4j retries for a minute and prints thousands of lines), that nobody but the
 * owner can read them (a home created beforehand may be world-readable), and that the store files are whole.
 */
final class HomeCheck {

	/** Neo4j writes its store files in whole pages of this size. */
	private static final long PAGE = 8192;

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private HomeCheck() {
	}

	/**
	 * Creates the home if needed, makes it owner-only, and checks that it, the store and the directories Neo4j writes
	 * in can be written. In the home and the store's own directory by making and deleting a file; inside the store by
	 * the file system's access check only: another Parley may hold the store open, and a file made and deleted there
	 * makes its Neo4j log an ERROR in its {@code debug.log} ("... was deleted while it was running").
	 */
	static void prepare(Path home, Path store) {
		if (Files.exists(home) && !Files.isDirectory(home)) {
			throw new DatabaseUnavailableException("the home " + home + " is not a directory; set PARLEY_HOME to a directory");
		}
		try {
			boolean existed = Files.isDirectory(home);
			OwnerOnly.createDirectories(home);
			if (existed) {
				ownerOnly(home);
			}
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException("cannot create the home " + home + " (" + reason(ex)
					+ "); set PARLEY_HOME to a directory you can write", ex);
		}
		for (Path dir : List.of(home, store)) {
			if (Files.isDirectory(dir)) {
				writable(dir, true);
			}
		}
		for (Path dir : List.of(store.resolve("data/databases/neo4j"), store.resolve("data/databases/system"),
				store.resolve("data/transactions/neo4j"), store.resolve("data/transactions/system"), store.resolve("logs"))) {
			if (Files.isDirectory(dir)) {
				writable(dir, false);
			}
		}
	}

	/** Checks the directory and the files in it can be written; with {@code probe}, by making and deleting a file. */
	private static void writable(Path dir, boolean probe) {
		try {
			if (probe) {
				Files.delete(Files.createTempFile(dir, ".parley-write-check", ".tmp"));
			}
			else if (!Files.isWritable(dir)) {
				throw new java.nio.file.AccessDeniedException(dir.toString());
			}
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					if (!Files.isWritable(file)) {
						throw new IOException(file + ": not writable");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException(dir + " is not writable (" + reason(ex) + "); Parley keeps its store"
					+ " there: give its owner write access (chmod -R u+w " + dir + ") or set PARLEY_HOME to a writable"
					+ " directory", ex);
		}
	}

	/**
	 * Takes group and other permissions off the home and everything directly in it (the store, the history, reports,
	 * backups kept there); when something was readable by others, says on stderr what was changed.
	 */
	static void ownerOnly(Path home) throws IOException {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		var fixed = new ArrayList<String>();
		var paths = new ArrayList<Path>();
		paths.add(home);
		try (Stream<Path> entries = Files.list(home)) {
			entries.forEach(paths::add);
		}
		boolean exposed = paths.size() > 1;
		for (Path path : paths) {
			if (Files.isSymbolicLink(path)) {
				continue;
			}
			var perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
			if (perms.stream().noneMatch(OTHERS::contains)) {
				continue;
			}
			String before = PosixFilePermissions.toString(perms);
			perms.removeAll(OTHERS);
			try {
				Files.setPosixFilePermissions(path, perms);
			}
			catch (IOException ex) {
				continue; // not ours to change: the write check says what is wrong if it matters
			}
			fixed.add((path.equals(home) ? path.toString() : home.relativize(path).toString()) + " (was " + before + ")");
		}
		if (exposed && !fixed.isEmpty()) {
			System.err.println("parley: made " + String.join(", ", fixed) + " readable by its owner only, as Parley"
					+ " keeps curated data, history and backups there");
		}
	}

	/** Before Neo4j opens it: every store file is whole pages; a cut-off file is damage, not a store to open. */
	static void storeFiles(Path store) {
		Path databases = store.resolve("data/databases");
		if (!Files.isDirectory(databases)) {
			return;
		}
		try (Stream<Path> files = Files.walk(databases, 2)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("neostore")).toList()) {
				long size = Files.size(file);
				if (size % PAGE != 0) {
					throw new DatabaseUnavailableException(damaged(store, file.getFileName() + " is cut off ("
							+ size + " bytes, not whole pages of " + PAGE + ")"));
				}
			}
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException(damaged(store, "its files cannot be read (" + reason(ex) + ")"), ex);
		}
	}

	/**
	 * Once open: the node and relationship counts (from Neo4j's count store, read in process) fit in their store files, else part of a
	 * file is gone. Records never cross a page, so a file of P pages holds at most P * (8192 / record size) records;
	 * the record sizes are those of Neo4j 5's standard and aligned formats (NodeRecordFormat, RelationshipRecordFormat).
	 */
	static void counts(EmbeddedNeo4j embedded, Path store) {
		long[] counts = embedded.storedCounts();
		long nodes = counts[0];
		long relationships = counts[1];
		Path db = store.resolve("data/databases/neo4j");
		fits(store, db.resolve("neostore.nodestore.db"), 15, nodes, "nodes");
		fits(store, db.resolve("neostore.relationshipstore.db"), 34, relationships, "relationships");
	}

	private static void fits(Path store, Path file, int recordSize, long count, String what) {
		long room;
		try {
			room = Files.size(file) / PAGE * (PAGE / recordSize);
		}
		catch (IOException ex) {
			room = 0;
		}
		if (count > room) {
			throw new DatabaseUnavailableException(damaged(store, file.getFileName() + " has room for " + room + " "
					+ what + " but the graph counts " + count));
		}
	}

	static String damaged(Path store, String what) {
		return "the store " + store + " is damaged: " + what + "; nothing was changed. Restore your last backup into a"
				+ " new home: PARLEY_HOME=<new home> parley restore <backup dir> (see Backup and restore in the README)";
	}

	/** Appended to Neo4j's own failures to open a store that exists: the store may be damaged. */
	static String restoreHint(Path store) {
		return Files.isDirectory(store.resolve("data/databases/neo4j"))
				? " (if the store is damaged, restore your last backup into a new home: PARLEY_HOME=<new home> parley"
						+ " restore <backup dir>)"
				: "";
	}

	private static String reason(IOException ex) {
		if (ex instanceof java.nio.file.FileAlreadyExistsException exists) {
			return exists.getFile() + " is not a directory";
		}
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return Graph.oneLine(ex.getMessage());
	}
}
