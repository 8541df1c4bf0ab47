package org.parley.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The text of the source articles the seed's evidence quotes, read from {@code ../shared/articles} (beside the
 * project). When the directory is absent, a test that needs it fails with one line naming it, not with an exception
 * from deep inside a loop.
 */
final class SourceArticles {

	static final Path DIR = Path.of("..", "shared", "articles");

	private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

	private SourceArticles() {
	}

	/** The text of the article with the given source id ({@code 000_4f605919d46dec3e}). */
	static String text(String sourceId) {
		return TEXTS.computeIfAbsent(sourceId, id -> text(DIR, id));
	}

	static String text(Path dir, String sourceId) {
		if (!Files.isDirectory(dir)) {
			fail("the source articles are missing: no directory " + dir.toAbsolutePath().normalize()
					+ " (this test compares the seed's evidence with them; put the articles there, beside the project)");
		}
		Path file = dir.resolve(sourceId + ".txt");
		if (!Files.isRegularFile(file)) {
			fail("the source article " + sourceId + " is missing: no file " + file.toAbsolutePath().normalize());
		}
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return fail("cannot read the source article " + file.toAbsolutePath().normalize() + ": " + ex.getMessage());
		}
	}
}
