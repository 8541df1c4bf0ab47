package org.parley.report.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.parley.report.parameters.DeclaredParameter;

class ReportFileTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-07-30T10:00:00Z"), ZoneOffset.UTC);

	private static ReportFile parse(String text) {
		return ReportFile.parse("who-held", "cypher/who-held.cypher", text);
	}

	@Test
	void readsEveryHeaderFieldAndTheQuery() {
		ReportFile report = parse("""
				// title: Who held a post on a date
				// description: The people holding a post on a day,
				//   with their side.
				//
				// Free comment lines are ignored. Note: so is this one.
				// param: post string = 'us-treasury-secretary'  -- id or name of the post
				// param: at date = today  -- the date to ask about
				// param: side string = US in [US, CN]
				// param: ids list<integer> = [1, 2]
				// param: who string  -- required: no default
				// example: report run who-held --param post=USTR --param at=2019-07-30

				MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
				WHERE post.id = $post
				RETURN p.name AS name;
				""");
		assertThat(report.name()).isEqualTo("who-held");
		assertThat(report.title()).isEqualTo("Who held a post on a date");
		assertThat(report.description()).isEqualTo("The people holding a post on a day, with their side.");
		assertThat(report.example()).isEqualTo("report run who-held --param post=USTR --param at=2019-07-30");
		assertThat(report.query()).startsWith("MATCH (p:Person)").endsWith("RETURN p.name AS name");
		assertThat(report.queryLine()).isEqualTo(13);
		assertThat(report.parameters()).extracting(DeclaredParameter::name).containsExactly("post", "at", "side", "ids", "who");

		DeclaredParameter post = report.parameter("post").orElseThrow();
		assertThat(post.type()).hasToString("string");
		assertThat(post.defaultValue(CLOCK)).isEqualTo("us-treasury-secretary");
		assertThat(post.description()).isEqualTo("id or name of the post");
		assertThat(post.line()).isEqualTo(6);

		DeclaredParameter at = report.parameter("at").orElseThrow();
		assertThat(at.defaultValue(CLOCK)).isEqualTo(LocalDate.of(2019, 7, 30));
		assertThat(at.summary()).isEqualTo("at (date, default today)");

		DeclaredParameter side = report.parameter("side").orElseThrow();
		assertThat(side.allowed()).containsExactly("US", "CN");
		assertThat(side.description()).isEmpty();
		assertThat(side.summary()).isEqualTo("side (string, default US, one of US, CN)");

		assertThat(report.parameter("ids").orElseThrow().defaultValue(CLOCK)).isEqualTo(List.of(1L, 2L));
		assertThat(report.parameter("who").orElseThrow().required()).isTrue();
		assertThat(report.usage()).isEqualTo("usage: report run who-held [--param post=STRING] [--param at=DATE] "
				+ "[--param side=STRING] [--param ids=LIST<INTEGER>] --param who=STRING");
	}

	@Test
	void quotedDefaultsKeepSpacesAndDashesAndNullMeansNoValue() {
		ReportFile report = parse("""
				// title: T
				// param: a string = 'x -- y'  -- the -- in quotes is not a description
				// param: b string = null
				// param: c string = 'null'
				// param: d datetime = 2019-07-30T09:00+08:00
				RETURN $a, $b, $c, $d
				""");
		assertThat(report.parameter("a").orElseThrow().defaultValue(CLOCK)).isEqualTo("x -- y");
		assertThat(report.parameter("a").orElseThrow().description()).isEqualTo("the -- in quotes is not a description");
		assertThat(report.parameter("b").orElseThrow().defaultValue(CLOCK)).isNull();
		assertThat(report.parameter("c").orElseThrow().defaultValue(CLOCK)).isEqualTo("null");
		assertThat(report.parameter("d").orElseThrow().defaultValue(CLOCK)).hasToString("2019-07-30T09:00+08:00");
	}

	@Test
	void aReportWithoutParametersAndWithoutTrailingNewline() {
		ReportFile report = parse("// title: Count\nMATCH (n) RETURN count(n)");
		assertThat(report.parameters()).isEmpty();
		assertThat(report.description()).isEmpty();
		assertThat(report.example()).isNull();
		assertThat(report.queryLine()).isEqualTo(2);
		assertThat(report.expectedParameters()).isEqualTo("it takes no parameters");
	}

	@Test
	void errorsNameTheFileAndLine() {
		assertError("MATCH (n) RETURN n", "cypher/who-held.cypher:1: the header has no '// title: ...' line");
		assertError("// title: T\n// just a comment\n", "cypher/who-held.cypher:1: the report has no query");
		assertError("// title: T\n// titel: typo\nRETURN 1", "cypher/who-held.cypher:2: unknown header field 'titel' "
				+ "(expected title, description, param, example, chart)");
		assertError("// title: T\n// title: again\nRETURN 1", "cypher/who-held.cypher:2: the header has a second title");
		assertError("// title: T\n// param: at dat = today\nRETURN $at", "cypher/who-held.cypher:2: parameter 'at' has an "
				+ "unknown type 'dat' (expected string, integer, float, boolean, date, datetime, person, post, topic, event, side, list, or list<TYPE>)");
		assertError("// title: T\n\n// param: at date = 2019-13-45\nRETURN $at", "cypher/who-held.cypher:3: default "
				+ "2019-13-45 of parameter 'at' does not fit its declaration: expected a date as YYYY-MM-DD, e.g. "
				+ "2019-07-30, or today");
		assertError("// title: T\n// param: side string = JP in [US, CN]\nRETURN $side", "cypher/who-held.cypher:2: "
				+ "default JP of parameter 'side' does not fit its declaration: expected one of US, CN");
		assertError("// title: T\n// param: n integer in [1, two]\nRETURN $n", "cypher/who-held.cypher:2: allowed value "
				+ "'two' of parameter 'n' is not a whole number, e.g. 10");
		assertError("// title: T\n// param: a string\n// param: a integer\nRETURN $a",
				"cypher/who-held.cypher:3: parameter 'a' is declared twice");
		assertError("// title: T\n// param: a string = 'open\nRETURN $a",
				"cypher/who-held.cypher:2: parameter 'a': unclosed ' in ''open'");
		assertError("// title: T\n// param: a string extra words\nRETURN $a",
				"cypher/who-held.cypher:2: parameter 'a': unexpected 'extra words' (a description follows '--')");
		assertError("// title: T\n// param: = 1\nRETURN 1", "cypher/who-held.cypher:2: cannot read the parameter: "
				+ "expected 'param: NAME TYPE [= DEFAULT] [in [A, B]] [-- description]'");
		assertError("// title: T\nMATCH (n) RETURN n;\n\nMATCH (m) RETURN m;",
				"cypher/who-held.cypher:4: a report holds one query, but a second one starts here");
		assertError("// title: T\nRETURN 'unterminated", "cypher/who-held.cypher:2: unterminated string");
	}

	private static void assertError(String text, String message) {
		assertThatThrownBy(() -> parse(text)).isInstanceOf(ParleyException.class).hasMessage(message);
	}
}
