package org.parley.question;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.shell.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hawks} and {@code stance} on the seed graph: rankings on dates, by side and issue, as of a date, evidence. */
class StanceQuestionsIT extends QuestionTestBase {

	private static List<String> column(String csv, int index) {
		return csv.lines().skip(1).map(line -> line.split(",")[index]).toList();
	}

	@Test
	void hawksRanksPeopleByTheirLatestAssessmentOnADate() {
		String all = out("hawks", "--format", "csv");
		assertThat(all.lines().findFirst()).hasValue("rank,person,side,score,stance,assessed by,since");
		assertThat(column(all, 1)).containsExactly("Peter Navarro", "Donald Trump", "Zhong Shan", "Larry Kudlow", "Liu He",
				"Wilbur Ross", "Li Keqiang", "Steven Mnuchin");
		assertThat(all).contains("1,Peter Navarro,US,0.9,hawk,Outlet of article 000 (not named in the text),2018-11-13")
			.contains("2,Donald Trump,US,0.75,\"hardliner, hawk\",\"People's Daily, State Council of the People's Republic of China\",2019-09-05");

		assertThat(column(out("hawks", "--side", "China", "--format", "csv"), 1)).as("a side by name")
			.containsExactly("Zhong Shan", "Liu He", "Li Keqiang");
		assertThat(column(out("hawks", "--side", "cn", "--at", "2019-01-01", "--format", "csv"), 1)).as("before Zhong was assessed")
			.containsExactly("Li Keqiang");
		assertThat(out("hawks", "--at", "2018-12-01", "--format", "csv")).as("Trump as Beijing saw him in 2018")
			.contains("2,Donald Trump,US,0.8,hawk,State Council of the People's Republic of China,2018-05-01");
		assertThat(column(out("hawks", "--issue", "tariffs", "--format", "csv"), 1)).containsExactly("Donald Trump");
		assertThat(column(out("hawks", "--issue", "soybeans", "--format", "csv"), 1)).as("a topic by alias")
			.containsExactly("Wilbur Ross", "Steven Mnuchin");
	}

	@Test
	void hawksAsOfADateUsesOnlySourcesPublishedByThen() {
		assertThat(column(out("hawks", "--as-of", "2019-01-01", "--format", "csv"), 1))
			.containsExactly("Peter Navarro", "Donald Trump", "Wilbur Ross", "Li Keqiang", "Steven Mnuchin");
		assertThat(column(out("hawks", "--as-of", "2019-07-24", "--format", "csv"), 1)).contains("Zhong Shan");
		assertThat(out("hawks", "--at", "2018-01-01")).isEqualTo("No stance assessment holds on 2018-01-01.\n");
		assertThat(out("hawks", "--side", "US", "--as-of", "2018-06-01")).isEqualTo(
				"No stance assessment holds on " + java.time.LocalDate.now() + " for side US in sources published by 2018-06-01.\n");
	}

	@Test
	void hawksShowsWhoAssessedAndTheEvidence() {
		String table = out("hawks", "--side", "CN", "--at", "2019-12-31", "--evidence");
		assertThat(table).contains("Zhong Shan").contains("China watchers").contains("\nEvidence:\n")
			.contains("  stance-zhong-shan-hardliner-2019\n    003_3e9800d906cc811f (2019-07-24), line 37, B3: “Mr Zhong is seen as more of\n      a hardliner than Liu”");
		String csv = out("hawks", "--side", "CN", "--evidence", "--format", "csv");
		assertThat(csv.lines().findFirst()).hasValue("rank,person,side,score,stance,assessed by,since,fact,source,location,phrase");
		assertThat(csv).contains("stance-zhong-shan-hawk-china-watchers-2019,003_3e9800d906cc811f,line 37,");
	}

	@Test
	void stanceShowsOnePersonsAssessmentsOverTime() {
		String trump = out("stance", "@realDonaldTrump", "--format", "csv");
		assertThat(trump.lines().toList()).hasSize(3).first().isEqualTo("since,stance,score,assessed by,issues,note");
		assertThat(trump).contains("2018-05-01,hawk,0.8,State Council of the People's Republic of China,China's rise,")
			.contains("2019-09-05,hardliner,0.7,People's Daily,\"Tariffs, US-China trade negotiations\",");
		assertThat(out("stance", "Trump", "--as-of", "2019-01-01", "--format", "csv")).doesNotContain("hardliner");
		assertThat(out("stance", "Janet Yellen")).isEqualTo("No stance of Janet Yellen is assessed.\n");
		assertThat(out("stance", "Zhong Shan", "--evidence")).contains("some China watchers say");
		Cli.Result unknown = run("hawks", "--side", "Atlantis");
		assertThat(unknown.code()).isEqualTo(1);
		assertThat(unknown.err()).isEqualTo("parley: no side named 'Atlantis'\n");
		Cli.Result bad = run("hawks", "--as-of", "yesterday");
		assertThat(bad.code()).isEqualTo(2);
		assertThat(bad.err()).isEqualTo("parley: invalid value 'yesterday' for --as-of: expected a date as YYYY-MM-DD, e.g. 2019-07-30, or today\n");
	}
}
