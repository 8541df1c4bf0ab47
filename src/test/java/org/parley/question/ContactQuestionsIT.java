package org.parley.question;


import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code counterparts} and {@code channels} on the seed graph: contacts across turnover, channel mixes, as of a date. */
class ContactQuestionsIT extends QuestionTestBase {

	@Test
	void counterpartsCountContactsPerPersonOnTheOtherSide() {
		assertThat(out("counterparts", "Mnuchin", "--format", "csv")).isEqualTo("""
				counterpart,side,post,channels,contacts,planned,first,last\r
				Liu He,CN,Vice Premier of the State Council,"in-person-round, phone-call, banquet",8,1,2018-05,2019-09-05\r
				Zhong Shan,CN,Minister of Commerce,"in-person-round, phone-call",4,1,2018-05..2019-05,2019-07-30\r
				Yi Gang,CN,Governor of the People's Bank of China,in-person-round,1,1,2018-05..2019-05,2018-05..2019-05\r
				""");
		assertThat(out("counterparts", "Mnuchin", "--at", "2019-06-30", "--format", "csv")).as("contacts up to a date")
			.contains("Liu He,CN,Vice Premier of the State Council,\"in-person-round, phone-call\",3,0,2018-05,2018-11-09")
			.contains("Zhong Shan,CN,Minister of Commerce,in-person-round,1,0,2018-05..2019-05,2018-05..2019-05");
		assertThat(out("counterparts", "Mnuchin", "--as-of", "2018-12-31", "--format", "csv")).as("only what was known then")
			.isEqualTo("counterpart,side,post,channels,contacts,planned,first,last\r\n"
					+ "Liu He,CN,Vice Premier of the State Council,\"in-person-round, phone-call\",2,0,2018-05,2018-11-09\r\n");
		assertThat(out("counterparts", "Xi", "--format", "csv")).contains("Donald Trump,US,President of the United States,"
				+ "\"phone-call, summit-meeting\",4,1,2018-05,2019-06-29");
	}

	@Test
	void counterpartsFollowTheChannelAcrossTurnoverAndSayWhenItChangedHands() {
		String mnuchin = out("counterparts", "Steven Mnuchin", "--at", "2025-10-17");
		assertThat(mnuchin).contains("""
				Channels of Steven Mnuchin's posts, followed across turnover:

				  Secretary of the Treasury ↔ Vice Premier of the State Council
				    Steven Mnuchin ↔ Liu He: 8 contacts from 2018-05 to 2019-09-05, 1 planned
				      (in-person-round, phone-call, banquet)
				    changed hands: Secretary of the Treasury passed from Steven Mnuchin to Janet
				      Yellen on 2021-01-26, then to Scott Bessent on 2025-01-28; Vice Premier of
				      the State Council has several seats: Liu He held one from 2018-03-19 to
				      2023-03-12, He Lifeng held one from 2023-03-12
				    Scott Bessent ↔ He Lifeng: 1 contact on 2025-10-17, 1 planned
				      (in-person-round, video-call)
				    on 2025-10-17: Secretary of the Treasury Scott Bessent; Vice Premier of the
				      State Council He Lifeng
				""");
		assertThat(mnuchin).contains("Secretary of the Treasury ↔ Minister of Commerce\n    Steven Mnuchin ↔ Zhong Shan");
		String bessent = out("counterparts", "Bessent");
		assertThat(bessent).contains("He Lifeng").contains("Steven Mnuchin ↔ Liu He: 8 contacts")
			.contains("Scott Bessent ↔ He Lifeng: 1 contact on 2025-10-17");
		assertThat(out("counterparts", "Liu He", "--at", "2019-08-01")).contains("on 2019-08-01: Vice Premier of the State Council Liu He; Secretary of the\n      Treasury Steven Mnuchin");
		assertThat(out("counterparts", "Janet Yellen")).isEqualTo("No contacts of Janet Yellen with the other side are "
				+ "recorded up to " + java.time.LocalDate.now() + ".\n");
		assertThat(out("counterparts", "Mnuchin", "--at", "2019-01-01", "--evidence"))
			.contains("Evidence:\n  talks-liu-washington-2018-05\n")
			.contains("\n  call-mnuchin-liu-2018-11-09\n    001_4874d1d3777de1bd (2018-11), line 1, C2:");
	}

	@Test
	void channelsShowsTheMixPerPeriodAsATableAndABarChart() {
		String all = out("channels");
		// contacts between people of US and CN only; a repeated contact over a span counts in the span's period
		assertThat(all).startsWith("""
				period            channel          events  share  count
				----------------  ---------------  ------  -----  --------
				2017-Q3..2019-Q3  meeting               2    100  at least
				2018-Q2           in-person-round       1     50  exact
				2018-Q2           phone-call            1     50  exact
				2018-Q2..2019-Q2  in-person-round       1    100  at least
				2018-Q4           phone-call            2     67  exact
				2018-Q4           summit-meeting        1     33  exact
				2019-Q2           summit-meeting        1    100  exact
				2019-Q3           phone-call            3     60  at least
				""");
		assertThat(all).contains("2018-Q4          │████████░░░░ 3\n").contains("2019-Q3          │████████████▓▓▓▓▞▞▞▞ 5\n")
			.contains("██ phone-call  ▓▓ in-person-round  ▒▒ meeting").doesNotContain("press-report");
		assertThat(out("channels", "--between", "Mnuchin", "--and", "Liu", "--by", "year", "--format", "csv")).isEqualTo("""
				period,channel,events,share,count\r
				2018,in-person-round,1,50,exact\r
				2018,phone-call,1,50,exact\r
				2018..2019,in-person-round,1,100,at least\r
				2019,phone-call,3,60,at least\r
				2019,banquet,1,20,exact\r
				2019,in-person-round,1,20,exact\r
				""");
		assertThat(out("channels", "--between", "Bessent", "--by", "month", "--format", "csv")).isEqualTo("""
				period,channel,events,share,count\r
				2025-10,video-call,1,100,exact\r
				""");
		assertThat(out("channels", "--from", "2019-07-01", "--to", "2019-09-30", "--by", "month", "--format", "csv"))
			.startsWith("period,channel,events,share,count\r\n2019-07,phone-call,2,50,at least\r\n")
			.endsWith("2019-09,phone-call,1,100,exact\r\n");
		assertThat(out("channels", "--as-of", "2018-12-31", "--format", "csv")).doesNotContain("2019").contains("2018-Q4,phone-call,2");
		// other sides only when asked: the G7 ministers' meeting is EU and German, and known only from the press
		assertThat(out("channels", "--sides", "EU,Germany", "--format", "csv")).isEqualTo("""
				period,channel,events,share,count\r
				2025-Q4,press-report,1,100,exact\r
				""");
		assertThat(out("channels", "--sides", "US,EU")).isEqualTo("No contacts between US and EU are recorded.\n");
		assertThat(out("channels", "--between", "Yellen")).isEqualTo("No contacts of Janet Yellen with the other side are recorded.\n");
		failsWith(2, "parley: invalid value 'week' for --by: expected one of month, quarter, year\n"
				+ "usage: channels [--between BETWEEN] [--and AND] [--sides CODE,CODE...] [--from DATE] [--to DATE] [--by month|quarter|year] [--as-of DATE] [--format FORMAT] [--limit N] [--out OUT] [--force]\n",
				"channels", "--by", "week");
		failsWith(2, "parley: --and needs --between\n"
				+ "usage: channels [--between BETWEEN] [--and AND] [--sides CODE,CODE...] [--from DATE] [--to DATE] [--by month|quarter|year] [--as-of DATE] [--format FORMAT] [--limit N] [--out OUT] [--force]\n",
				"channels", "--and", "Mnuchin");
	}
}
