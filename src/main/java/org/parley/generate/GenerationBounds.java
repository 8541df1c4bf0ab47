package org.parley.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;
import org.parley.load.Table;

import static org.parley.generate.GenerateCommands.DISK_PER_INTERACTION;
import static org.parley.generate.GenerateCommands.DISK_PER_PERSON;
import static org.parley.generate.GenerateCommands.HEAP_PER_INTERACTION;
import static org.parley.generate.GenerateCommands.HEAP_PER_PERSON;
import static org.parley.generate.GenerateCommands.MAX_INTERACTIONS;
import static org.parley.generate.GenerateCommands.MAX_PEOPLE;

/**
 * What {@code generate} may be asked for: sizes this machine can hold, checked before anything is written (sizes
 * and memory are usage errors, exit 2; a disk too small is exit 1).
 */
final class GenerationBounds {

	private GenerationBounds() {
	}

	static void check(int people, int interactions) {
		if (interactions > MAX_INTERACTIONS) {
			throw new UsageException(String.format("--interactions %,d is too many: at most %,d (each holds about %d "
					+ "bytes of memory while the network is generated)", interactions, MAX_INTERACTIONS,
					HEAP_PER_INTERACTION));
		}
		if (people > MAX_PEOPLE) {
			throw new UsageException(String.format("--people %,d is too many: at most %,d (each person holds about %d "
					+ "bytes of memory while the network is generated)", people, MAX_PEOPLE, HEAP_PER_PERSON));
		}
		long heap = Runtime.getRuntime().maxMemory();
		long needed = people * HEAP_PER_PERSON + interactions * HEAP_PER_INTERACTION;
		if (needed > heap * 3 / 4) {
			throw new UsageException(String.format("%,d people and %,d interactions need about %s of memory, more than "
					+ "this Java's heap can give (%s): run java -Xmx%dg -jar parley.jar generate ...", people,
					interactions, size(needed), size(heap), (needed * 4 / 3) / (1L << 30) + 1));
		}
	}

	/** Refuses a directory that already holds network files, unless {@code --force}. */
	static void refuseExisting(String out, Path dir, boolean force) {
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new ParleyException("cannot write " + out + ": it is a file, not a directory");
		}
		if (force || !Files.isDirectory(dir)) {
			return;
		}
		String[] present = Arrays.stream(Table.values())
			.map(Table::file)
			.filter(file -> Files.exists(dir.resolve(file)))
			.toArray(String[]::new);
		if (present.length > 0) {
			throw new ParleyException(out + " already holds " + present[0]
					+ (present.length > 1 ? " and " + (present.length - 1) + " more network files" : "")
					+ "; add --force to replace them");
		}
	}

	/** The disk must hold the files, with a tenth to spare. */
	static void checkDisk(Path dir, int people, int interactions) {
		long needed = people * DISK_PER_PERSON + interactions * DISK_PER_INTERACTION;
		Path existing = dir.toAbsolutePath().normalize();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return;
		}
		try {
			checkDisk(dir, people, interactions, Files.getFileStore(existing).getUsableSpace());
		}
		catch (IOException ex) {
			// no free-space figure (an unusual file system): the write itself reports a full disk
		}
	}

	static void checkDisk(Path dir, int people, int interactions, long free) {
		long needed = people * DISK_PER_PERSON + interactions * DISK_PER_INTERACTION;
		if (needed + needed / 10 > free) {
			throw new ParleyException(String.format("not enough disk space for %s: %,d people and %,d interactions "
					+ "need about %s of CSV files, %s is free", dir, people, interactions, size(needed), size(free)));
		}
	}

	static String size(long bytes) {
		if (bytes >= 1L << 30) {
			return String.format("%.1f GB", bytes / (double) (1L << 30));
		}
		return String.format("%,d MB", Math.max(1, bytes >> 20));
	}
}
