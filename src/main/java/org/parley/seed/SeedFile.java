package org.parley.seed;

import java.util.List;
import org.parley.cypher.CypherScript;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * A seed script: its file name (the order key), how errors name it, its text and the SHA-256 of that text
 * (line endings normalised, so a checkout with CRLF is not drift).
 */
record SeedFile(String name, String displayPath, String text, String checksum) {

	static SeedFile of(String name, String displayPath, String text) {
		String normalised = text.replace("\r\n", "\n");
		return new SeedFile(name, displayPath, normalised, DigestUtils.sha256Hex(normalised));
	}

	List<CypherScript.Statement> statements() {
		return CypherScript.split(displayPath, text);
	}

	String shortChecksum() {
		return checksum.substring(0, 12);
	}
}
