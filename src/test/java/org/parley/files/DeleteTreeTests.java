package org.parley.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The one recursive delete that backup, bench, load and output staging use. */
class DeleteTreeTests {

	@TempDir
	Path dir;

	@Test
	void deletesADirectoryWithAllItHolds() throws IOException {
		Path tree = dir.resolve("tree");
		Files.createDirectories(tree.resolve("a/b"));
		Files.writeString(tree.resolve("a/b/file.txt"), "x");
		Files.writeString(tree.resolve("top.txt"), "y");
		OutputFiles.deleteTree(tree);
		assertThat(tree).doesNotExist();
		assertThat(dir).exists();
	}

	@Test
	void deletesAFileAndIgnoresWhatIsNotThere() throws IOException {
		Path file = Files.writeString(dir.resolve("f.txt"), "x");
		OutputFiles.deleteTree(file);
		assertThat(file).doesNotExist();
		OutputFiles.deleteTree(dir.resolve("missing"));
	}

	@Test
	void deletesALinkNeverWhatItPointsAt() throws IOException {
		Path target = Files.createDirectories(dir.resolve("kept"));
		Files.writeString(target.resolve("precious.txt"), "x");
		Path tree = Files.createDirectories(dir.resolve("tree"));
		Files.createSymbolicLink(tree.resolve("link"), target);
		OutputFiles.deleteTree(tree);
		assertThat(tree).doesNotExist();
		assertThat(target.resolve("precious.txt")).hasContent("x");
	}
}
