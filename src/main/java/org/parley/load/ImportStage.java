package org.parley.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.parley.errors.ParleyException;
import org.parley.files.OutputFiles;
import org.parley.graph.EmbeddedNeo4j;
import org.parley.graph.GraphTarget;
import org.parley.graph.OwnerOnly;

/**
 * The files of one {@code load --via load-csv} where the database may read them. Parley's embedded store reads
 * {@code file:///} URLs only inside its import directory, so the files are hard-linked (copied when the directory
 * is on another disk) into a new owner-only folder with an unguessable name there, and removed after the load.
 * An external server reads the absolute paths, as its own import settings allow.
 */
final class ImportStage implements AutoCloseable {

	private final Path source;

	private final Path staged;

	private final String prefix;

	private ImportStage(Path source, Path staged, String prefix) {
		this.source = source;
		this.staged = staged;
		this.prefix = prefix;
	}

	static ImportStage of(GraphTarget target, Path dir) {
		Path source = dir.toAbsolutePath();
		if (target.store() == null || target.mode() == GraphTarget.Mode.EXTERNAL) {
			return new ImportStage(source, null, null);
		}
		String name = "load-" + UUID.randomUUID();
		Path staged = EmbeddedNeo4j.importDir(target.store()).resolve(name);
		try {
			OwnerOnly.createDirectory(staged);
			return new ImportStage(source, staged, "file:///" + name + "/");
		}
		catch (IOException | UnsupportedOperationException ex) {
			throw new ParleyException("cannot prepare the files for LOAD CSV in " + staged.getParent() + ": " + ex.getMessage(), ex);
		}
	}

	/** The URL LOAD CSV reads {@code file} of the loaded directory from. */
	String url(String file) {
		if (staged == null) {
			return source.resolve(file).toUri().toString();
		}
		Path from = source.resolve(file);
		Path to = staged.resolve(file);
		try {
			if (!Files.exists(to)) {
				try {
					Files.createLink(to, from);
				}
				catch (IOException | UnsupportedOperationException ex) {
					Files.copy(from, to);
				}
			}
		}
		catch (IOException ex) {
			throw new ParleyException("cannot copy " + from + " for LOAD CSV: " + ex.getMessage(), ex);
		}
		return prefix + file;
	}

	@Override
	public void close() {
		if (staged == null) {
			return;
		}
		try {
			OutputFiles.deleteTree(staged);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove " + staged, ex);
		}
	}
}
