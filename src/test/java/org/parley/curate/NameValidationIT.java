package org.parley.curate;

import org.junit.jupiter.api.Test;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** What curation records as names: blank and invisible ones never; look-alike script mixes with a warning. */
class NameValidationIT extends CurationTestBase {

	@Test
	void aLookAlikeNameIsRecordedWithAWarningOnStderr() {
		Cli.Result result = run("add", "person", "Scott B\u0435ssent", "--side", "US", "--source", SOURCE);
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.out()).isEqualTo("Recorded person scott-b-ssent: Scott B\u0435ssent (US)\n");
		assertThat(result.err()).isEqualTo("parley: warning: a person's name 'Scott B\u0435ssent' mixes Latin and Cyrillic "
				+ "letters ('\u0435' is U+0435 CYRILLIC SMALL LETTER IE); check that it is not a look-alike of a name in one "
				+ "script\n");
		assertThat(query("MATCH (p:Person {id: 'scott-b-ssent'}) RETURN p.name AS name").get(0))
			.containsEntry("name", "Scott B\u0435ssent");

		Cli.Result alias = run("alias", "Liu He", "\u041Ciu He");
		assertThat(alias.code()).as(alias.toString()).isZero();
		assertThat(alias.err()).startsWith("parley: warning: an alias '\u041Ciu He' mixes Latin and Cyrillic letters");
	}

	@Test
	void namesInOneScriptAndLatinWithChineseAreRecordedQuietly() {
		Cli.Result result = run("add", "person", "\u00A0Wang Xiaoming \u738B\u5C0F\u660E ", "--side", "CN", "--alias",
				"\u738B\u5C0F\u660E", "--source", SOURCE);
		assertThat(result.code()).as(result.toString()).isZero();
		assertThat(result.err()).isEmpty();
		assertThat(query("MATCH (p:Person {id: 'wang-xiaoming'}) RETURN p.name AS name, p.aliases AS aliases").get(0))
			.containsEntry("name", "Wang Xiaoming \u738B\u5C0F\u660E");
	}

	@Test
	void blankAndInvisibleNamesWriteNothing() {
		fails(1, "a person's name cannot be blank", "add", "person", " \u3000 ", "--side", "US", "--source", SOURCE);
		fails(1, "a post's name '?!' has no letter or digit", "add", "post", "?!", "--org", "ustr-office", "--source", SOURCE);
		fails(1, "an alias cannot be blank", "add", "post", "Deputy USTR", "--org", "ustr-office", "--alias", "\u2003",
				"--source", SOURCE);
		fails(1, "a source's title cannot be blank", "add", "source", "--title", "\u00A0", "--outlet", "Xinhua",
				"--published", "2025-10-20");
		fails(1, "an outlet's name holds an invisible character, U+200B ZERO WIDTH SPACE, at character 6 of "
				+ "'Trade<U+200B>Watch'", "add", "source", "--title", "Blog", "--outlet", "Trade\u200BWatch", "--published",
				"2025-10-20");
		fails(1, "an event's title cannot be blank", "add", "event", "--channel", "phone-call", "--date", "2019-08-01",
				"--participants", "Mnuchin, Liu He", "--title", " ", "--source", SOURCE);
		fails(1, "a person's name holds an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE", "add", "person",
				"\u202Etnessub", "--side", "US", "--source", SOURCE);
		fails(1, "a source's title holds an invisible character, U+200F RIGHT-TO-LEFT MARK", "add", "person", "Jane Roe",
				"--side", "US", "--source", "Readout\u200F");
		fails(1, "an alias holds an invisible character, U+FEFF ZERO WIDTH NO-BREAK SPACE", "alias", "Liu He",
				"\uFEFFVP Liu");
	}

	@Test
	void curationDatesFollowTheRuleTheQuestionsUse() {
		for (String day : new String[] { "+99999-01-01", "0000-01-01", "0999-12-31" }) {
			fails(2, "invalid value '" + day + "' for --from: expected a date", "appoint", "Mnuchin", "Treasury Secretary",
					"--from", day, "--source", SOURCE);
			Cli.Result question = run("who", "Treasury Secretary", "--at", day);
			assertThat(question.code()).as(question.toString()).isEqualTo(2);
			assertThat(question.err()).startsWith("parley: invalid value '" + day + "' for --at: expected a date");
		}
		assertThat(out("add", "source", "--title", "Far future", "--outlet", "Xinhua", "--published", "9999-12-31"))
			.endsWith("(Xinhua News Agency, 9999-12-31)\n");
		assertThat(out("add", "source", "--title", "Far past", "--outlet", "Xinhua", "--published", "1000-01-01"))
			.endsWith("(Xinhua News Agency, 1000-01-01)\n");
	}
}
