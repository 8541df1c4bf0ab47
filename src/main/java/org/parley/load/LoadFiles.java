package org.parley.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The files of a load, read through once before anything is written (a malformed line fails the load, not half of
 * it; two files at a time): how many rows each has, the run they make (a digest of their contents, so a rerun of the
 * same files finds its checkpoints and changed files start a new run), and which of the new events are contacts
 * between the sides by their participations ({@link org.parley.graph.Contacts}), so the loader can create them with
 * the label rather than look at every event again afterwards.
 *
 * @param contacts     ids of events of this load with active participants of two sides, each with those sides
 *                     (sorted, separated by tabs: {@link #sides})
 * @param linksOutside whether a participation names an event that is not in this load (its label must be derived
 *                     again after the load)
 */
record LoadFiles(String run, Map<Table, Long> rows, Map<String, String> contacts, boolean linksOutside) {

	private static final Set<String> PASSIVE = Set.of("subject", "reporter");

	/**
	 * @param ids told every node row's id and line, to find the ids the graph already holds in the same read
	 */
	static LoadFiles check(Path dir, IdCollisions ids) {
		Map<Table, byte[]> digests = new ConcurrentHashMap<>();
		Map<Table, Long> rows = new ConcurrentHashMap<>();
		Set<String> events = ConcurrentHashMap.newKeySet();
		Map<String, String> sides = new HashMap<>(); // event -> its active sides so far, sorted, tab-separated
		Arrays.stream(Table.values()).parallel().forEach(table -> {
			MessageDigest digest = DigestUtils.getSha256Digest();
			long n = 0;
			try (CsvRows file = CsvRows.open(dir, table, digest)) {
				int role = table.columns().indexOf("role");
				int side = table.columns().indexOf("side");
				int event = table.columns().indexOf("event");
				int id = table.createsNodes() ? table.columns().indexOf("id") : -1;
				while (file.hasNext()) {
					List<Object> row = file.next();
					n++;
					if (id >= 0) {
						ids.row(table, row.get(id), n + 1);
					}
					if (table == Table.EVENTS) {
						events.add((String) row.get(0));
					}
					else if (table == Table.PARTICIPATIONS && row.get(side) != null && !PASSIVE.contains(row.get(role))) {
						sides.merge((String) row.get(event), (String) row.get(side), LoadFiles::union);
					}
				}
			}
			rows.put(table, n);
			digests.put(table, digest.digest());
		});
		MessageDigest run = DigestUtils.getSha256Digest();
		for (Table table : Table.values()) {
			run.update(table.file().getBytes(StandardCharsets.UTF_8));
			run.update(digests.get(table));
		}
		Map<String, String> contacts = new HashMap<>();
		boolean outside = false;
		for (var entry : sides.entrySet()) {
			if (!events.contains(entry.getKey())) {
				outside = true;
			}
			else if (entry.getValue().indexOf('\t') >= 0) {
				contacts.put(entry.getKey(), entry.getValue());
			}
		}
		return new LoadFiles("load-" + Hex.encodeHexString(run.digest()).substring(0, 16), new EnumMap<>(rows), contacts, outside);
	}

	/** The sides of a contact, as its {@code contactSides}; null for an event that is no contact. */
	List<String> sides(String event) {
		String joined = contacts.get(event);
		return joined == null ? null : List.of(joined.split("\t"));
	}

	/** Sorted, tab-separated sides with one more (sides are country ids: never a tab). */
	static String union(String sides, String side) {
		List<String> all = new ArrayList<>(List.of(sides.split("\t")));
		if (all.contains(side)) {
			return sides;
		}
		all.add(side);
		Collections.sort(all);
		return String.join("\t", all).intern(); // a few combinations of sides for hundreds of thousands of events
	}
}
