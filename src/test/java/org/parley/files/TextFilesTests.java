package org.parley.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextFilesTests {

	@TempDir
	Path dir;

	@Test
	void readsUtf8AndDropsALeadingByteOrderMark() throws IOException {
		Path file = dir.resolve("bom.cypher");
		Files.write(file, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"RETURN '刘鹤';\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(TextFiles.read(file, "bom.cypher")).isEqualTo("RETURN '刘鹤';\n");
	}

	@Test
	void aByteOrderMarkElsewhereIsText() {
		byte[] bytes = "a\uFEFFb".getBytes(StandardCharsets.UTF_8);
		assertThat(TextFiles.decode(bytes, "x")).isEqualTo("a\uFEFFb");
	}

	@Test
	void latin1NamesTheFileTheLineAndTheByte() throws IOException {
		Path file = dir.resolve("latin1.cypher");
		Files.write(file, "// title: ok\nRETURN 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThatThrownBy(() -> TextFiles.read(file, "reports/latin1.cypher")).isInstanceOf(ParleyException.class)
			.hasMessage("reports/latin1.cypher:2: not UTF-8 text (byte 24)");
	}

	@Test
	void aTruncatedSequenceAtTheEndIsRefused() {
		byte[] bytes = concat("ok\n".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xE5, (byte) 0x88 });
		assertThatThrownBy(() -> TextFiles.decode(bytes, "f")).hasMessage("f:2: not UTF-8 text (byte 3)");
	}

	@Test
	void aNulByteMakesABinaryFile() {
		byte[] bytes = { 'R', 'E', 'T', '\n', 0, 1, 2 };
		assertThatThrownBy(() -> TextFiles.decode(bytes, "bin")).hasMessage("bin:2: not UTF-8 text (byte 4)");
	}

	@Test
	void overlongAndSurrogateEncodingsAreRefused() {
		assertThatThrownBy(() -> TextFiles.decode(new byte[] { (byte) 0xC0, (byte) 0xAF }, "f"))
			.hasMessage("f:1: not UTF-8 text (byte 0)");
		assertThatThrownBy(() -> TextFiles.decode(new byte[] { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "f"))
			.hasMessage("f:1: not UTF-8 text (byte 1)");
	}

	@Test
	void aMissingFileIsNamed() {
		assertThatThrownBy(() -> TextFiles.read(dir.resolve("none.cypher"), "none.cypher"))
			.hasMessage("none.cypher does not exist");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
