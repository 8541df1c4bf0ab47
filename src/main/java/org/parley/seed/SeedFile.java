package org.parley.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.parley.cypher.CypherScript;

/**
 * A seed script: its file name (the order key), how errors name it, its text and the SHA-256 of that text
 * (line endings normalised, so a checkout with CRLF is not drift).
 */
record SeedFile(String name, String displayPath, String text, String checksum) {

	static SeedFile of(String name, String displayPath, String text) {
		String normalised = text.replace("\r\n", "\n");
		return new SeedFile(name, displayPath, normalised, sha256(normalised));
	}

	List<CypherScript.Statement> statements() {
		return CypherScript.split(displayPath, text);
	}

	String shortChecksum() {
		return checksum.substring(0, 12);
	}

	private static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
