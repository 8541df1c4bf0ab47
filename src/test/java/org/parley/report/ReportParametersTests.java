package org.parley.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

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
		var given = ReportParameters.parse(List.of(params), false, "usage");
		return ReportParameters.resolve(REPORT, given, session, CLOCK);
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
		var given = ReportParameters.parse(List.of("n=42", "x=0.5", "b=true", "d=2019-07-30", "t=2019-07-30T09:00Z",
				"s=Xi Jinping", "q='007'", "l=[a, 1, 2019-07-30]", "z=null", "forced:date=today", "ids:list<integer>=1,2",
				"big=123456789012345678901"), true, "usage");
		Map<String, Object> values = ReportParameters.adHoc(given, CLOCK, "usage");
		assertThat(values).containsExactly(entry("n", 42L), entry("x", 0.5), entry("b", true),
				entry("d", LocalDate.of(2019, 7, 30)), entry("t", ZonedDateTime.of(2019, 7, 30, 9, 0, 0, 0, ZoneOffset.UTC)),
				entry("s", "Xi Jinping"), entry("q", "007"), entry("l", List.of("a", 1L, LocalDate.of(2019, 7, 30))),
				entry("z", null), entry("forced", LocalDate.of(2019, 7, 30)), entry("ids", List.of(1L, 2L)),
				entry("big", "123456789012345678901"));
	}

	@Test
	void adHocValuesThatLookLikeDatesMustBeDates() {
		var given = ReportParameters.parse(List.of("at=2019-13-45"), true, "usage");
		assertThatThrownBy(() -> ReportParameters.adHoc(given, CLOCK, "usage")).isInstanceOf(UsageException.class)
			.hasMessage("invalid value '2019-13-45' for parameter 'at': expected a date as YYYY-MM-DD, e.g. 2019-07-30, "
					+ "or today");
		assertThatThrownBy(() -> ReportParameters.parse(List.of("at:dat=1"), true, "usage"))
			.hasMessageStartingWith("invalid --param 'at:dat=1': unknown type 'dat'");
	}

	@Test
	void listsSplitAtCommasOutsideQuotes() {
		assertThat(ValueType.splitList("[a, 'b, c', \"d\" ]")).containsExactly("a", "b, c", "d");
		assertThat(ValueType.splitList(" ")).isEmpty();
		assertThat(ValueType.splitList("[]")).isEmpty();
		assertThat(ValueType.parse("list<date>").convert("2019-07-30,2019-08-01", CLOCK))
			.isEqualTo(List.of(LocalDate.of(2019, 7, 30), LocalDate.of(2019, 8, 1)));
	}
}
