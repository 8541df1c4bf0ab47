package org.parley.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SecretHistoryTests {

	@TempDir
	Path home;

	@Test
	void aSecretParametersValueIsReplaced() {
		assertThat(SecretHistory.redact("param set token s3cr3t --secret")).isEqualTo("param set token **** --secret");
		assertThat(SecretHistory.redact("  param  set --secret token 's3 cr3t'")).isEqualTo("param set token **** --secret");
		assertThat(SecretHistory.redact("param set pin 1234 --type string --secret"))
			.isEqualTo("param set pin **** --type string --secret");
		assertThat(SecretHistory.redact("param set pw \"unclosed s3cr3t --secret")).doesNotContain("s3cr3t");
	}

	@Test
	void otherLinesAreKeptAsTyped() {
		assertThat(SecretHistory.redact("param set n 5")).isEqualTo("param set n 5");
		assertThat(SecretHistory.redact("who treasury --at 2019-07-30")).isEqualTo("who treasury --at 2019-07-30");
		assertThat(SecretHistory.redact("report run find --param text=--secret")).isEqualTo("report run find --param text=--secret");
	}

	@Test
	void theHistoryFileNeverHoldsTheSecret() throws Exception {
		Path file = home.resolve("history");
		try (Terminal terminal = TerminalBuilder.builder().dumb(true).streams(new ByteArrayInputStream(new byte[0]),
				new ByteArrayOutputStream()).build()) {
			LineReader reader = LineReaderBuilder.builder().terminal(terminal).variable(LineReader.HISTORY_FILE, file).build();
			var history = new SecretHistory();
			history.attach(reader);
			history.add(Instant.now(), "param set token s3cr3t --secret");
			history.add(Instant.now(), "param set n 5");
			history.save();
			assertThat(history.get(0)).isEqualTo("param set token **** --secret");
		}
		assertThat(Files.readString(file)).doesNotContain("s3cr3t").contains("param set token **** --secret")
			.contains("param set n 5");
	}
}
