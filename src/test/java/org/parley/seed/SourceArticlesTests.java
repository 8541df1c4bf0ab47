package org.parley.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without {@code ../shared/articles} the seed's checks fail with one line naming what is missing. */
class SourceArticlesTests {

	@TempDir
	Path dir;

	@Test
	void aMissingDirectoryIsNamedInOneLine() {
		Path missing = dir.resolve("articles");
		assertThatThrownBy(() -> SourceArticles.text(missing, "000_4f605919d46dec3e")).isInstanceOf(AssertionError.class)
			.hasMessageStartingWith("the source articles are missing: no directory " + missing.toAbsolutePath())
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void aMissingArticleIsNamedAndAPresentOneIsRead() throws IOException {
		Files.writeString(dir.resolve("001_x.txt"), "text");
		assertThat(SourceArticles.text(dir, "001_x")).isEqualTo("text");
		assertThatThrownBy(() -> SourceArticles.text(dir, "000_y")).isInstanceOf(AssertionError.class)
			.hasMessage("the source article 000_y is missing: no file " + dir.resolve("000_y.txt").toAbsolutePath());
	}
}
