package org.parley.ingest;

/**
 * A person named in the article: where, as written, and whom it stands for.
 * @param person  the id of an existing person, or null for someone the graph does not have
 * @param name    the name proposed for a new person (null for an existing one)
 * @param near    true when the text only nearly spells a known name (a misspelling: "same as X?")
 * @param title   the title written before the name, if any
 * @param titlePost the post that title names, if it names one
 * @param side    the side a new person acts for, when the text says
 */
record Mention(int start, int end, String surface, String person, String name, boolean near, double confidence,
		String reason, String title, String titlePost, String side) {

	/** What identifies the person across mentions: the id, else the new name. */
	String key() {
		return person != null ? person : "new:" + name;
	}
}
