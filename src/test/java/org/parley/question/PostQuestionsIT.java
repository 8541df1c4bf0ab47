package org.parley.question;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code who} and {@code roles} on the seed graph, one-shot: holders in different tenures of the same post, alias
 * and misspelling look-ups, ambiguous and unknown names, a date outside all records, and exit codes.
 */
class PostQuestionsIT extends QuestionTestBase {

	@Test
	void whoFollowsTheTenuresOfOnePostThroughItsHolders() {
		assertThat(out("who", "Treasury Secretary", "--at", "2019-07-30", "--format", "csv"))
			.isEqualTo("person,post,since,until,held,note\r\nSteven Mnuchin,Secretary of the Treasury,2017-02-13,2021-01-20,yes,Sworn in 13 Feb 2017.\r\n");
		assertThat(out("who", "secretary of the treasury", "--at", "2023-06-01", "--format", "csv"))
			.startsWith("person,post,since,until,held,note\r\nJanet Yellen,Secretary of the Treasury,2021-01-26,2025-01-20,yes,");
		assertThat(out("who", "Treasury Secretary", "--format", "csv")).as("today")
			.contains("Scott Bessent,Secretary of the Treasury,2025-01-28,,").doesNotContain("Yellen");
		assertThat(out("who", "USTR", "--at", "2019-07-30", "--format", "csv")).contains("Robert Lighthizer,United States Trade Representative,2017-05-15,2021-01-20");
		assertThat(out("who", "Trade Rep", "--at", "2022-01-01", "--format", "csv")).contains("Katherine Tai");
		assertThat(out("who", "us-trade-representative", "--format", "csv")).contains("Jamieson Greer");
		assertThat(out("who", "Vice Premier", "--at", "2019-09-05", "--format", "csv")).contains("Liu He").doesNotContain("He Lifeng");
		assertThat(out("who", "Vice Premier", "--at", "2025-10-17", "--format", "csv")).contains("He Lifeng").doesNotContain("Liu He");
		assertThat(out("who", "Vice Premier", "--at", "2023-03-12", "--format", "csv")).as("hand-over day: both")
			.contains("Liu He").contains("He Lifeng");
		// several seats: the trade lead is its own post, not the vice premier seat
		assertThat(out("who", "Vice Premier leading the talks", "--at", "2019-09-05", "--format", "csv"))
			.contains("Liu He,Lead negotiator of the Chinese side in the US-China trade talks,2018-05-01,2023-03-12,yes,");
	}

	@Test
	void anEndKnownToTheMonthHoldsThroughTheMonthAndADisputedWindowIsUncertain() {
		assertThat(out("who", "Politburo member", "--at", "2022-10-25", "--format", "csv"))
			.contains("Liu He,Member of the Politburo of the CCP Central Committee,2017-10-01,2022-10-31,yes,");
		String window = out("who", "cn-cfeac-office-director", "--at", "2023-06-15", "--format", "csv");
		assertThat(window).contains("Liu He,Director of the Office of the Central Financial and Economic Affairs Commission,2013-03-20,2023-03-31,uncertain,")
			.contains("He Lifeng,Director of the Office of the Central Financial and Economic Affairs Commission,2023-10-01,,uncertain,")
			.doesNotContain("Nobody");
		assertThat(out("who", "cn-cfeac-office-director", "--at", "2023-03-20", "--format", "csv"))
			.contains("\nLiu He,").contains(",yes,").doesNotContain("\nHe Lifeng,");
	}

	@Test
	void whoPrintsATableAndTheEvidenceOfEachTenure() {
		String table = out("who", "Treasury Secretary", "--at", "2019-07-30");
		assertThat(table.replaceAll("in \\d+ ms", "in X ms")).isEqualTo("""
				person          post              since       until       held  note
				--------------  ----------------  ----------  ----------  ----  ----------------
				Steven Mnuchin  Secretary of the  2017-02-13  2021-01-20  yes   Sworn in 13 Feb
				                Treasury                                        2017.

				1 row in X ms
				""");
		String evidence = out("who", "Treasury Secretary", "--at", "2019-07-30", "--evidence", "--format", "csv");
		assertThat(evidence.lines().toList()).hasSize(3).first().isEqualTo("person,post,since,until,held,note,fact,source,location,phrase");
		assertThat(evidence).contains("tenure-steven-mnuchin-us-treasury-secretary,ref-movatter-mnuchin,http://movatter.jp/")
			.contains("ref-highergroundtimes-mnuchin");
	}

	@Test
	void aDateOutsideAllTenuresSaysNobodyAndWhy() {
		assertThat(out("who", "Treasury Secretary", "--at", "1990-01-01")).isEqualTo(
				"Nobody held Secretary of the Treasury on 1990-01-01 in the records: they begin with Steven Mnuchin on 2017-02-13.\n");
		assertThat(out("who", "Treasury Secretary", "--at", "2025-01-22")).isEqualTo(
				"Nobody held Secretary of the Treasury on 2025-01-22 in the records: Janet Yellen left on 2025-01-20 and "
						+ "Scott Bessent took office on 2025-01-28 (acting officials are not recorded).\n");
		assertThat(out("who", "OTMP Director", "--at", "2024-01-01")).isEqualTo(
				"Nobody held Assistant to the President and Director, Office of Trade and Manufacturing Policy on 2024-01-01 "
						+ "in the records: the last recorded holder, Peter Navarro, left on 2021-01-20.\n");
		assertThat(out("who", "Treasury Secretary", "--at", "1990-01-01", "--format", "csv")).as("data formats stay data")
			.isEqualTo("person,post,since,until,held,note\r\n");
	}

	@Test
	void rolesListsAPersonsPostsFoundByNameAliasOrMisspelling() {
		String navarro = out("roles", "Peter Navarro", "--format", "csv");
		assertThat(navarro.lines().skip(1).map(line -> line.split(",")[0].replace("\"", "")).toList()).containsExactly(
				"Deputy Assistant to the President and Director", "Assistant to the President and Director",
				"Senior Counselor to the President for Trade and Manufacturing");
		assertThat(out("roles", "Wibur Ross", "--format", "csv")).as("a misspelling the sources use")
			.contains("Secretary of Commerce,US Department of Commerce,2017-02-28,2021-01-20");
		assertThat(out("roles", "MR ZHONG", "--format", "csv")).contains("Minister of Commerce");
		assertThat(out("roles", "liu-he", "--format", "csv")).contains("Vice Premier of the State Council,State Council");
		assertThat(out("roles", "Liu", "--format", "csv")).as("a surname only one person has").contains("Vice Premier");
	}

	@Test
	void ambiguousAndUnknownNamesFailWithCandidatesOrASuggestion() {
		Cli.Result li = run("roles", "Li");
		assertThat(li.code()).isEqualTo(1);
		assertThat(li.out()).isEmpty();
		assertThat(li.err()).isEqualTo("parley: 'Li' is ambiguous: Li Chenggang (li-chenggang), Li Keqiang (li-keqiang), "
				+ "Li Qiang (li-qiang); give the full name or the id\n");
		Cli.Result he = run("roles", "he");
		assertThat(he.err()).contains("He Lifeng (he-lifeng)").contains("Liu He (liu-he)");
		Cli.Result president = run("who", "President", "--at", "2019-01-01");
		assertThat(president.code()).isEqualTo(1);
		assertThat(president.err()).isEqualTo("parley: 'President' is ambiguous: President of the People's Republic of "
				+ "China (cn-president), President of the United States (us-president); give the full name or the id\n");

		failsWith(1, "parley: no person named 'Mnuchn'; did you mean Steven Mnuchin?\n", "roles", "Mnuchn");
		assertThat(run("who", "Tresury Secretary").err()).isEqualTo(
				"parley: no post named 'Tresury Secretary'; did you mean Secretary of the Treasury?\n");
		failsWith(1, "parley: no person named 'Zbigniew Brzezinski'\n", "roles", "Zbigniew Brzezinski");
	}

	@Test
	void badDatesAndMissingArgumentsAreUsageErrors() {
		Cli.Result bad = run("who", "Treasury Secretary", "--at", "2019-13-45");
		assertThat(bad.code()).isEqualTo(2);
		assertThat(bad.out()).isEmpty();
		assertThat(bad.err()).isEqualTo("parley: invalid value '2019-13-45' for --at: expected a date as YYYY-MM-DD, "
				+ "e.g. 2019-07-30, or today\n"
				+ "usage: who POST [--at DATE] [--evidence] [--format FORMAT] [--limit N] [--out OUT] [--force]\n");
		Cli.Result missing = run("who");
		assertThat(missing.code()).isEqualTo(2);
		assertThat(missing.err()).startsWith("parley: missing POST for 'who'\nusage: who POST");
		Cli.Result format = run("roles", "Mnuchin", "--format", "xml");
		assertThat(format.code()).isEqualTo(2);
		assertThat(format.err()).startsWith("parley: invalid value 'xml' for --format: expected one of table, csv, json, markdown");
		// a 1 s retry instead of the default 10 s: the retry itself is ExternalOutageIT's
		Cli.Result unreachable = Cli.run(List.of("--parley.neo4j.uri=bolt://127.0.0.1:9", "--parley.retry-time=1s"), "who",
				"USTR");
		assertThat(unreachable.code()).isEqualTo(3);
		assertThat(unreachable.out()).isEmpty();
		assertThat(unreachable.err()).as(unreachable.toString())
			.startsWith("The database at bolt://127.0.0.1:9 does not answer; retrying for up to 1 s...\n"
					+ "parley: cannot connect to bolt://127.0.0.1:9 (tried for 1 s): ");
	}
}
