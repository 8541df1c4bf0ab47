package org.parley.report.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.errors.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import org.parley.report.parameters.ParameterType;

class ReportParametersTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-07-30T10:00:00Z"), ZoneOffset.UTC);

	private static final ReportFile REPORT = ReportFile.parse("who-held", "cypher/who-held.cypher", """
			// title: Who held a post
			// param: post string  -- id or name of the post
			// param: at date = today
			// param: side string = US in [US, CN]
			// param: limit integer = 10
			// param: share float = 0.5
			// param: current boolean = true
			// param: since datetime = null
			// param: years list<integer> = []
			RETURN 1
			""");

	private static Map<String, Object> resolve(String... params) {
		return resolve(Map.of(), params);
	}

	private static Map<String, Object> resolve(Map<String, String> session, String... params) {
		var given = ParameterValues.parse(List.of(params), false, "usage");
		return ParameterValues.resolve(REPORT, given, session, CLOCK);
	}

	@Test
	void defaultsFillWhatIsNotGiven() {
		Map<String, Object> values = resolve("post=ustr");
		assertThat(values).containsExactly(entry("post", "ustr"), entry("at", LocalDate.of(2019, 7, 30)),
				entry("side", "US"), entry("limit", 10L), entry("share", 0.5), entry("current", true),
				entry("since", null), entry("years", List.of()));
	}

	@Test
	void givenValuesAreConvertedToTheirDeclaredTypes() {
		Map<String, Object> values = resolve("post=USTR", "at=2018-12-01", "side=cn", "limit=3", "share=1e-2",
				"current=FALSE", "since=2019-07-30T09:00+08:00[Asia/Shanghai]", "years=2018, 2019");
		assertThat(values).containsExactly(entry("post", "USTR"), entry("at", LocalDate.of(2018, 12, 1)),
				entry("side", "CN"), entry("limit", 3L), entry("share", 0.01), entry("current", false),
				entry("since", ZonedDateTime.of(2019, 7, 30, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))),
				entry("years", List.of(2018L, 2019L)));
	}

	@Test
	void datetimesWithoutOffsetAreUtcAndADateMeansItsStart() {
		assertThat(resolve("post=p", "since=2019-07-30T09:15").get("since"))
			.isEqualTo(ZonedDateTime.of(2019, 7, 30, 9, 15, 0, 0, ZoneOffset.UTC));
		assertThat(resolve("post=p", "since=2019-07-30").get("since"))
			.isEqualTo(ZonedDateTime.of(2019, 7, 30, 0, 0, 0, 0, ZoneOffset.UTC));
		assertThat(resolve("post=p", "since=2019-07-30T09:15:30Z").get("since"))
			.isEqualTo(ZonedDateTime.of(2019, 7, 30, 9, 15, 30, 0, ZoneOffset.UTC));
	}

	@Test
	void aBadValueNamesTheParameterTheValueAndTheExpectedForm() {
		assertThatThrownBy(() -> resolve("post=p", "at=2019-13-45")).isInstanceOf(UsageException.class)
			.hasMessage("invalid value '2019-13-45' for parameter 'at' of report 'who-held': expected a date as "
					+ "YYYY-MM-DD, e.g. 2019-07-30, or today")
			.extracting(ex -> ((UsageException) ex).usage())
			.isEqualTo(REPORT.usage());
		assertThatThrownBy(() -> resolve("post=p", "limit=ten")).hasMessage("invalid value 'ten' for parameter "
				+ "'limit' of report 'who-held': expected a whole number, e.g. 10");
		assertThatThrownBy(() -> resolve("post=p", "share=half")).hasMessageEndingWith("expected a number, e.g. 0.5");
		assertThatThrownBy(() -> resolve("post=p", "current=yes")).hasMessageEndingWith("expected true or false");
		assertThatThrownBy(() -> resolve("post=p", "since=30/07/2019")).hasMessageEndingWith(
				"expected a date and time as YYYY-MM-DDThh:mm[:ss][Z|+hh:mm], e.g. 2019-07-30T09:00Z, or now");
		assertThatThrownBy(() -> resolve("post=p", "years=2018,x")).hasMessage("invalid value '2018,x' for parameter "
				+ "'years' of report 'who-held': expected a whole number, e.g. 10");
		assertThatThrownBy(() -> resolve("post=p", "side=JP"))
			.hasMessage("invalid value 'JP' for parameter 'side' of report 'who-held': expected one of US, CN");
	}

	@Test
	void unknownAndMissingParametersListTheExpectedOnes() {
		String expected = "expected: post (string, required), at (date, default today), side (string, default US, "
				+ "one of US, CN), limit (integer, default 10), share (float, default 0.5), current (boolean, default "
				+ "true), since (datetime, default null), years (list<integer>, default [])";
		assertThatThrownBy(() -> resolve("post=p", "date=2019-07-30")).isInstanceOf(UsageException.class)
			.hasMessage("unknown parameter 'date' for report 'who-held'; " + expected);
		assertThatThrownBy(() -> resolve("at=2019-07-30")).isInstanceOf(UsageException.class)
			.hasMessage("missing parameter post for report 'who-held'; " + expected);
	}

	@Test
	void malformedOrRepeatedParamWordsAreUsageErrors() {
		assertThatThrownBy(() -> resolve("post")).hasMessage("invalid --param 'post': expected NAME=VALUE");
		assertThatThrownBy(() -> resolve("=x")).hasMessage("invalid --param '=x': expected NAME=VALUE");
		assertThatThrownBy(() -> resolve("post=a", "post=b")).hasMessage("parameter 'post' is given twice");
		assertThatThrownBy(() -> resolve("at:date=2019-07-30")).hasMessage("invalid --param 'at:date=2019-07-30': "
				+ "'at:date' is not a parameter name (letters, digits and _)");
	}

	@Test
	void aValueMayContainEqualsSigns() {
		assertThat(resolve("post=a=b").get("post")).isEqualTo("a=b");
	}

	@Test
	void sessionParametersReplaceDefaultsButNotGivenValues() {
		Map<String, Object> values = resolve(Map.of("at", "2018-01-01", "limit", "5", "other", "x"), "post=p", "limit=7");
		assertThat(values).contains(entry("at", LocalDate.of(2018, 1, 1)), entry("limit", 7L)).doesNotContainKey("other");
	}

	@Test
	void adHocValuesAreTypedByTheirFormOrByAnExplicitType() {
		var given = ParameterValues.parse(List.of("n=42", "x=0.5", "b=true", "d=2019-07-30", "t=2019-07-30T09:00Z",
				"s=Xi Jinping", "q='007'", "l=[a, 1, 2019-07-30]", "z=null", "forced:date=today", "ids:list<integer>=1,2",
				"big=123456789012345678901"), true, "usage");
		Map<String, Object> values = ParameterValues.adHoc(given, CLOCK, "usage");
		assertThat(values).containsExactly(entry("n", 42L), entry("x", 0.5), entry("b", true),
				entry("d", LocalDate.of(2019, 7, 30)), entry("t", ZonedDateTime.of(2019, 7, 30, 9, 0, 0, 0, ZoneOffset.UTC)),
				entry("s", "Xi Jinping"), entry("q", "007"), entry("l", List.of("a", 1L, LocalDate.of(2019, 7, 30))),
				entry("z", null), entry("forced", LocalDate.of(2019, 7, 30)), entry("ids", List.of(1L, 2L)),
				entry("big", "123456789012345678901"));
	}

	@Test
	void adHocValuesThatLookLikeDatesMustBeDates() {
		var given = ParameterValues.parse(List.of("at=2019-13-45"), true, "usage");
		assertThatThrownBy(() -> ParameterValues.adHoc(given, CLOCK, "usage")).isInstanceOf(UsageException.class)
			.hasMessage("invalid value '2019-13-45' for parameter 'at': expected a date as YYYY-MM-DD, e.g. 2019-07-30, "
					+ "or today");
		assertThatThrownBy(() -> ParameterValues.parse(List.of("at:dat=1"), true, "usage"))
			.hasMessageStartingWith("invalid --param 'at:dat=1': unknown type 'dat'");
	}

	@Test
	void listsSplitAtCommasOutsideQuotes() {
		assertThat(ParameterType.splitList("[a, 'b, c', \"d\" ]")).containsExactly("a", "b, c", "d");
		assertThat(ParameterType.splitList(" ")).isEmpty();
		assertThat(ParameterType.splitList("[]")).isEmpty();
		assertThat(ParameterType.parse("list<date>").convert("2019-07-30,2019-08-01", CLOCK))
			.isEqualTo(List.of(LocalDate.of(2019, 7, 30), LocalDate.of(2019, 8, 1)));
	}

	@Test
	void numbersBeyondAFloatsRangeAreRefusedNotSentAsInfinity() {
		for (String huge : List.of("1e999", "-1e999", "1.5e400")) {
			var given = ParameterValues.parse(List.of("x=" + huge), true, "usage");
			assertThatThrownBy(() -> ParameterValues.adHoc(given, CLOCK, "usage")).isInstanceOf(UsageException.class)
				.hasMessage("invalid value '" + huge + "' for parameter 'x': expected a finite number: " + huge
						+ " is beyond a float's range (quote it to send text)");
		}
		for (String word : List.of("x:float=1e999", "x:float=NaN", "x:float=Infinity", "x:list<float>=1,1e999")) {
			var given = ParameterValues.parse(List.of(word), true, "usage");
			assertThatThrownBy(() -> ParameterValues.adHoc(given, CLOCK, "usage")).isInstanceOf(UsageException.class)
				.hasMessageContaining("expected a");
		}
		var quoted = ParameterValues.parse(List.of("x='1e999'"), true, "usage");
		assertThat(ParameterValues.adHoc(quoted, CLOCK, "usage")).containsExactly(entry("x", "1e999"));
	}

	@Test
	void datesFollowTheOneRuleEverywhere() {
		for (String word : List.of("at:date=0000-01-01", "at:date=0999-12-31", "at=0000-01-01", "at:datetime=0000-01-01T00:00Z",
				"at:datetime=+99999-01-01T00:00Z", "at:datetime=-2019-01-01T00:00Z", "at:list<date>=2019-01-01,0001-01-01")) {
			var given = ParameterValues.parse(List.of(word), true, "usage");
			assertThatThrownBy(() -> ParameterValues.adHoc(given, CLOCK, "usage")).as(word)
				.isInstanceOf(UsageException.class).hasMessageContaining("expected a date");
		}
		assertThatThrownBy(() -> resolve("post=x", "at=0000-01-01")).isInstanceOf(UsageException.class)
			.hasMessage("invalid value '0000-01-01' for parameter 'at' of report 'who-held': expected a date with a year "
					+ "from 1000 to 9999, e.g. 2019-07-30");
		assertThat(resolve("post=x", "at=9999-12-31")).contains(entry("at", LocalDate.of(9999, 12, 31)));
	}

	private static final ReportFile RANGED = ReportFile.parse("find", "cypher/find.cypher", """
			// title: Find
			// param: limit integer = 25 in 1..100000  -- at most this many rows
			// param: min integer = 1 in 0..
			// param: share float = 0.5 in ..1
			// param: years list<integer> = [2019] in 2000..2100
			RETURN 1
			""");

	@Test
	void aRangeNamesTheParameterAndItsBoundsInsteadOfFailingInTheQuery() {
		assertThat(ParameterValues.resolve(RANGED, Map.of(), Map.of(), CLOCK)).containsExactly(entry("limit", 25L),
				entry("min", 1L), entry("share", 0.5), entry("years", List.of(2019L)));
		var given = ParameterValues.parse(List.of("limit=100000", "min=0", "share=-3.5", "years=2000,2100"), false, "usage");
		assertThat(ParameterValues.resolve(RANGED, given, Map.of(), CLOCK)).containsEntry("limit", 100000L);
		assertThatThrownBy(() -> ParameterValues.resolve(RANGED, ParameterValues.parse(List.of("limit=-1"), false, "u"),
				Map.of(), CLOCK)).isInstanceOf(UsageException.class)
			.hasMessage("invalid value '-1' for parameter 'limit' of report 'find': expected an integer from 1 to 100000");
		assertThatThrownBy(() -> ParameterValues.resolve(RANGED, ParameterValues.parse(List.of("min=-5"), false, "u"),
				Map.of(), CLOCK)).hasMessageEndingWith("expected an integer of at least 0");
		assertThatThrownBy(() -> ParameterValues.resolve(RANGED, ParameterValues.parse(List.of("share=1.01"), false, "u"),
				Map.of(), CLOCK)).hasMessageEndingWith("expected a number of at most 1");
		assertThatThrownBy(() -> ParameterValues.resolve(RANGED, ParameterValues.parse(List.of("years=2019,1999"), false, "u"),
				Map.of(), CLOCK)).hasMessageEndingWith("expected an integer from 2000 to 2100");
		assertThatThrownBy(() -> ParameterValues.resolve(RANGED, Map.of(), Map.of("limit", "0"), CLOCK))
			.hasMessageEndingWith("expected an integer from 1 to 100000");
		assertThat(RANGED.expectedParameters()).startsWith("expected: limit (integer, default 25, an integer from 1 to 100000)");
	}

	@Test
	void aRangeThatCannotHoldIsAnErrorOfTheHeaderLine() {
		assertThatThrownBy(() -> ReportFile.parse("r", "r.cypher", "// title: R\n// param: n integer = 0 in 1..10\nRETURN 1\n"))
			.hasMessage("r.cypher:2: default 0 of parameter 'n' does not fit its declaration: expected an integer from 1 to 10");
		assertThatThrownBy(() -> ReportFile.parse("r", "r.cypher", "// title: R\n// param: n integer in 10..1\nRETURN 1\n"))
			.hasMessage("r.cypher:2: parameter 'n': the range 10..1 is empty: 10 is above 1");
		assertThatThrownBy(() -> ReportFile.parse("r", "r.cypher", "// title: R\n// param: s string in a..z\nRETURN 1\n"))
			.hasMessage("r.cypher:2: parameter 's': a range (in MIN..MAX) is only for integer and float parameters");
		assertThatThrownBy(() -> ReportFile.parse("r", "r.cypher", "// title: R\n// param: n integer in 1..x\nRETURN 1\n"))
			.hasMessage("r.cypher:2: parameter 'n': the bound 'x' of the range is not a whole number, e.g. 10");
		assertThatThrownBy(() -> ReportFile.parse("r", "r.cypher", "// title: R\n// param: n integer in ..\nRETURN 1\n"))
			.hasMessage("r.cypher:2: parameter 'n': the range '..' has no bounds");
	}
}
