package org.parley.question;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hawks} and {@code stance} on the seed graph: rankings on dates, by side and issue, as of a date, evidence. */
class StanceQuestionsIT extends QuestionTestBase {

	private static List<String> column(String csv, int index) {
		return csv.lines().skip(1).map(line -> line.split(",")[index]).toList();
	}

	@Test
	void hawksRanksPeopleByTheirLatestAssessmentOnADate() {
		String all = out("hawks", "--format", "csv");
		assertThat(all.lines().findFirst()).hasValue("rank,person,side,score,stance,compared,assessed by,since,age");
		// scores only where the text places a person on the hawk-dove axis; the rest (no score) come last
		assertThat(column(all, 1)).containsExactly("Peter Navarro", "Zhong Shan", "Wilbur Ross", "Li Keqiang",
				"Steven Mnuchin", "Donald Trump", "Larry Kudlow", "Liu He");
		assertThat(all).contains("1,Peter Navarro,US,0.9,hawk,,Outlet of article 000 (not named in the text),2018-11-13,")
			.contains("6,Donald Trump,US,,\"flip-flopping-bullying, thwart-china-rise\",,\"People's Daily, Unattributed view \"\"in Beijing\"\"\",2019-09-05,")
			.contains("2,Zhong Shan,CN,0.6,\"hardliner, hawk\",more of a hardliner than Liu He,")
			.contains("6,Liu He,CN,,,less of a hardliner than Zhong Shan,,,");

		assertThat(column(out("hawks", "--side", "China", "--format", "csv"), 1)).as("a side by name")
			.containsExactly("Zhong Shan", "Li Keqiang", "Liu He");
		assertThat(column(out("hawks", "--side", "cn", "--at", "2019-01-01", "--format", "csv"), 1)).as("before Zhong was assessed")
			.containsExactly("Li Keqiang");
		assertThat(out("hawks", "--at", "2018-12-01", "--format", "csv")).as("Trump as the text says Beijing saw him in 2018")
			.contains("5,Donald Trump,US,,thwart-china-rise,,\"Unattributed view \"\"in Beijing\"\"\",2018-05-01,7m");
		assertThat(out("hawks", "--at", "2019-12-31", "--format", "csv")).as("how old each assessment is on the date")
			.contains("1,Peter Navarro,US,0.9,hawk,,Outlet of article 000 (not named in the text),2018-11-13,1y 1m\r\n")
			.contains(",2019-07-24,\"5m, 5m\"\r\n");
		assertThat(column(out("hawks", "--issue", "tariffs", "--format", "csv"), 1)).containsExactly("Donald Trump");
		assertThat(column(out("hawks", "--issue", "soybeans", "--format", "csv"), 1)).as("a topic by alias")
			.containsExactly("Wilbur Ross", "Steven Mnuchin");
	}

	@Test
	void hawksAsOfADateUsesOnlySourcesPublishedByThen() {
		assertThat(column(out("hawks", "--as-of", "2019-01-01", "--format", "csv"), 1))
			.containsExactly("Peter Navarro", "Wilbur Ross", "Li Keqiang", "Steven Mnuchin", "Donald Trump");
		assertThat(column(out("hawks", "--as-of", "2019-07-24", "--format", "csv"), 1)).contains("Zhong Shan");
		assertThat(out("hawks", "--at", "2018-01-01")).isEqualTo("No stance assessment holds on 2018-01-01.\n");
		assertThat(out("hawks", "--side", "US", "--as-of", "2018-06-01")).isEqualTo(
				"No stance assessment holds on " + java.time.LocalDate.now() + " for side US in sources published by 2018-06-01.\n");
	}

	@Test
	void hawksShowsWhoAssessedAndTheEvidence() {
		String table = out("hawks", "--side", "CN", "--at", "2019-12-31", "--evidence");
		assertThat(table).contains("Zhong").contains("China").contains("\nEvidence:\n")
			.contains("  stance-zhong-shan-hardliner-2019\n    003_3e9800d906cc811f (2019-07-24), line 37, B3: “Mr Zhong is seen as more of\n      a hardliner than Liu”");
		String csv = out("hawks", "--side", "CN", "--evidence", "--format", "csv");
		assertThat(csv.lines().findFirst()).hasValue("rank,person,side,score,stance,compared,assessed by,since,age,fact,source,location,phrase");
		assertThat(csv).contains("stance-zhong-shan-hawk-china-watchers-2019,003_3e9800d906cc811f,line 37,");
	}

	@Test
	void stanceShowsOnePersonsAssessmentsOverTime() {
		String trump = out("stance", "@realDonaldTrump", "--format", "csv");
		assertThat(trump.lines().toList()).hasSize(3).first().isEqualTo("since,stance,score,assessed by,issues,note");
		assertThat(trump).contains("2018-05-01,thwart-china-rise,,\"Unattributed view \"\"in Beijing\"\"\",China's rise,")
			.contains("2019-09-05,flip-flopping-bullying,,People's Daily,\"Tariffs, US-China trade negotiations\",");
		assertThat(out("stance", "Trump", "--as-of", "2019-01-01", "--format", "csv")).doesNotContain("flip-flopping");
		assertThat(out("stance", "Janet Yellen")).isEqualTo("No stance of Janet Yellen is assessed.\n");
		assertThat(out("stance", "Zhong Shan", "--evidence")).contains("some China watchers say");
		failsWith(1, "parley: no side named 'Atlantis'; sides are CN (China), DE (Germany), EU (European Union), US (United States)\n",
				"hawks", "--side", "Atlantis");
		failsWith(2, "parley: invalid value 'yesterday' for --as-of: expected a date as YYYY-MM-DD, e.g. 2019-07-30, or today\n"
				+ "usage: hawks [--side CODE] [--at DATE] [--issue ISSUE] [--as-of DATE] [--synthetic only|exclude] [--evidence] [--format FORMAT] [--limit N] [--all] [--out OUT] [--force]\n",
				"hawks", "--as-of", "yesterday");
	}
}
