package org.parley.curate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameCheckTests {

	/** The name as recorded and what went to stderr while checking it. */
	private record Checked(String name, String err) {
	}

	private static Checked check(String name) {
		var err = new ByteArrayOutputStream();
		PrintStream stderr = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			return new Checked(NameCheck.name("a person's name", name), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setErr(stderr);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\t", "\u00A0\u00A0", "\u3000", "\u2007 \u202F" })
	void blankNamesAreRefused(String name) {
		assertThatThrownBy(() -> check(name)).isInstanceOf(ParleyException.class)
			.hasMessage("a person's name cannot be blank");
	}

	@Test
	void aNameWithoutALetterOrDigitIsRefused() {
		assertThatThrownBy(() -> check("--- ...")).isInstanceOf(ParleyException.class)
			.hasMessage("a person's name '--- ...' has no letter or digit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bes\u200Fsent", "\u202EtnesseB", "Bes\u200Bsent", "Bes\u200Dsent", "\uFEFFBessent",
			"Bessent\u2066", "Bes\u00ADsent", "Bessent\u3164", "Bes\u061Csent" })
	void invisibleAndBidiCharactersAreRefusedNamingThem(String name) {
		assertThatThrownBy(() -> check(name)).isInstanceOf(ParleyException.class)
			.hasMessageStartingWith("a person's name holds an invisible character, U+")
			.hasMessageContaining("<U+")
			.hasMessageEndingWith("': type it without");
	}

	@Test
	void theInvisibleCharacterIsNamedWithItsPosition() {
		assertThatThrownBy(() -> check("Bes\u200Fsent")).hasMessage("a person's name holds an invisible character, "
				+ "U+200F RIGHT-TO-LEFT MARK, at character 4 of 'Bes<U+200F>sent': type it without");
	}

	@Test
	void aCyrillicLetterInALatinNameIsRecordedWithAWarning() {
		var checked = check("Scott B\u0435ssent");
		assertThat(checked.name()).isEqualTo("Scott B\u0435ssent");
		assertThat(checked.err()).isEqualTo("parley: warning: a person's name 'Scott B\u0435ssent' mixes Latin and "
				+ "Cyrillic letters ('\u0435' is U+0435 CYRILLIC SMALL LETTER IE); check that it is not a look-alike "
				+ "of a name in one script\n");
	}

	@Test
	void aGreekLetterInALatinNameIsWarnedAbout() {
		assertThat(check("Li\u03BF He").err()).contains("mixes Latin and Greek letters").contains("U+03BF");
	}

	@Test
	void namesInOneScriptOrAUsualMixPassQuietly() {
		for (String name : new String[] { "Scott Bessent", "Сергей Лавров", "刘鹤", "Liu He 刘鹤", "李成钢 (Li Chenggang)",
				"Jane Doë", "Ursula von der Leyen", "岸田 文雄 Kishida", "윤석열 Yoon", "Ngozi Okonjo-Iweala" }) {
			var checked = check(name);
			assertThat(checked.err()).as(name).isEmpty();
			assertThat(checked.name()).isEqualTo(name);
		}
	}

	@Test
	void spacesOfEveryKindAreTrimmedFromTheEnds() {
		assertThat(check("\u00A0 Jane Roe\u3000").name()).isEqualTo("Jane Roe");
	}

	@Test
	void theAnalystOfByIsCheckedForInvisibleCharactersToo() {
		assertThat(CurationWrite.recorder("  alice ")).isEqualTo("alice");
		assertThat(CurationWrite.recorder("\u00A0")).isEqualTo(System.getProperty("user.name", "unknown"));
		assertThatThrownBy(() -> CurationWrite.recorder("ali\u202Ece")).isInstanceOf(ParleyException.class)
			.hasMessageStartingWith("--by holds an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE");
	}
}
