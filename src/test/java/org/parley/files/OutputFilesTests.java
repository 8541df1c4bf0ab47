package org.parley.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFilesTests {

	@TempDir
	Path dir;

	@Test
	void writesANewFileAndLeavesNothingElse() throws IOException {
		Path file = dir.resolve("out.csv");
		OutputFiles.write(file.toString(), false, "a,b\r\n");
		assertThat(file).hasContent("a,b");
		assertThat(names()).containsExactly("out.csv");
	}

	@Test
	void anExistingFileNeedsForce() throws IOException {
		Path file = dir.resolve("out.csv");
		Files.writeString(file, "precious");
		assertThatThrownBy(() -> OutputFiles.write(file.toString(), false, "new"))
			.isInstanceOf(ParleyException.class)
			.hasMessage(file + " already exists; add --force to overwrite it");
		assertThat(file).hasContent("precious");
		OutputFiles.write(file.toString(), true, "new");
		assertThat(file).hasContent("new");
		assertThat(names()).containsExactly("out.csv");
	}

	@Test
	void aDirectoryIsRefusedAndMissingDirectoriesAreCreated() throws Exception {
		assertThatThrownBy(() -> OutputFiles.write(dir.toString(), true, "x"))
			.hasMessage("cannot write " + dir + ": it is a directory");
		String missing = dir.resolve("no/such/out.csv").toString();
		OutputFiles.checkTarget(missing, false);
		OutputFiles.write(missing, false, "x");
		assertThat(dir.resolve("no/such/out.csv")).hasContent("x");
		Files.writeString(dir.resolve("plain.txt"), "p");
		String underAFile = dir.resolve("plain.txt/deeper/out.csv").toString();
		assertThatThrownBy(() -> OutputFiles.checkTarget(underAFile, false))
			.hasMessage("cannot write " + underAFile + ": " + dir.resolve("plain.txt") + " is not a directory");
		assertThatThrownBy(() -> OutputFiles.write(underAFile, false, "x"))
			.hasMessage("cannot write " + underAFile + ": " + dir.resolve("plain.txt") + " is not a directory");
	}

	@Test
	void aFullDeviceFailsWithItsReason() {
		assertThatThrownBy(() -> OutputFiles.write("/dev/full", true, "x".repeat(100_000)))
			.isInstanceOf(ParleyException.class)
			.hasMessage("cannot write /dev/full: No space left on device");
	}

	@Test
	void aDeviceIsNotAnExistingFileToRefuse() {
		OutputFiles.refuseExisting("/dev/null", false);
		OutputFiles.write("/dev/null", false, "discarded");
	}

	@Test
	void leftoversOfAKilledRunAreRemovedAndThoseOfALiveOneKept() throws IOException {
		Path dead = Files.writeString(dir.resolve(".out.csv.parley-999999999.tmp"), "half");
		long parent = ProcessHandle.current().parent().orElseThrow().pid();
		Path live = Files.writeString(dir.resolve(".out.csv.parley-" + parent + ".tmp"), "being written");
		Path other = Files.writeString(dir.resolve(".other.csv.parley-999999999.tmp"), "not ours");
		OutputFiles.write(dir.resolve("out.csv").toString(), false, "whole");
		assertThat(dead).doesNotExist();
		assertThat(other).exists();
		assertThat(dir.resolve("out.csv")).hasContent("whole");
		assertThat(live).hasContent("being written");
	}

	@Test
	void aStagedDirectoryAppearsWholeOrReplacesFileByFile() throws IOException {
		Path target = dir.resolve("net");
		Path staging = OutputFiles.stagingDirectory("net", target);
		assertThat(staging.getFileName().toString()).startsWith(".net.parley-").endsWith(".tmp");
		Files.writeString(staging.resolve("people.csv"), "id\n");
		assertThat(target).doesNotExist();
		OutputFiles.publishDirectory("net", staging, target);
		assertThat(target.resolve("people.csv")).hasContent("id");
		Path again = OutputFiles.stagingDirectory("net", target);
		Files.writeString(again.resolve("people.csv"), "id\np1\n");
		OutputFiles.publishDirectory("net", again, target);
		assertThat(target.resolve("people.csv")).hasContent("id\np1");
		assertThat(names()).containsExactly("net");
	}

	@Test
	void standardOutputThatFailsThrowsOnceAndForAll() {
		var failing = new PrintStream(new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		}, false, StandardCharsets.UTF_8);
		CheckedOutput checked = CheckedOutput.of(failing);
		var writer = new PrintWriter(checked, true);
		assertThatThrownBy(() -> writer.println("labels")).isInstanceOf(ParleyException.class)
			.hasMessageStartingWith("cannot write output: ");
		assertThat(checked.failure()).isNotNull();
		assertThatThrownBy(() -> writer.println("more")).isSameAs(checked.failure());
	}

	@Test
	void standardOutputThatWorksGetsEverything() {
		var bytes = new ByteArrayOutputStream();
		CheckedOutput checked = CheckedOutput.of(new PrintStream(bytes, false, StandardCharsets.UTF_8));
		var writer = new PrintWriter(checked, true);
		writer.print("刘鹤,");
		writer.println(42);
		writer.flush();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("刘鹤,42" + System.lineSeparator());
		assertThat(checked.failure()).isNull();
	}

	private java.util.List<String> names() throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
