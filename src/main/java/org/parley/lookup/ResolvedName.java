package org.parley.lookup;

/**
 * A node a name resolved to.
 * @param id   its stable id, what reports take as a parameter
 * @param name its name (an event's title)
 */
public record ResolvedName(String id, String name, Kind kind) {

	/** {@code Li Qiang (li-qiang)}: how lists of candidates show it. */
	public String label() {
		return name + " (" + id + ")";
	}
}
