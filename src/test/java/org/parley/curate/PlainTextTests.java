package org.parley.curate;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Curated text is one line: control characters and line or paragraph separators are refused, naming the option. */
class PlainTextTests {

	@Test
	void refusesEveryControlCharacterAndSeparatorNamingTheOptionAndWhere() {
		for (char c : new char[] { '\n', '\r', '\u0000', '\t', '\u001B', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029' }) {
			assertThatThrownBy(() -> PlainText.require("NAME", "Jane", "--by", "ali" + c + "ce"))
				.isInstanceOf(ParleyException.class)
				.hasMessage("--by holds a control character (U+%04X) at character 4: names, titles, aliases, --by and "
						+ "reasons must be one line of visible text", (int) c);
		}
		assertThatThrownBy(() -> PlainText.require("--alias", List.of("ok", "not\u2028ok")))
			.hasMessageStartingWith("--alias holds a control character (U+2028) at character 4");
	}

	@Test
	void acceptsOrdinaryTextOfAnyScriptAndMissingOptions() {
		assertThatNoException().isThrownBy(() -> PlainText.require("NAME", "刘鹤 — Liu He", "--alias",
				List.of("O'Brien", "`x`; // y", "Pan\u00A0Gongsheng"), "--by", null, "--url", "https://example.org/a?b=c"));
		assertThat(PlainText.breaking('a')).isFalse();
		assertThat(PlainText.breaking('\u00A0')).isFalse();
	}
}
