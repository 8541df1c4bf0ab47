package org.parley.question;


import org.junit.jupiter.api.Test;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code timeline}, {@code delegation}, {@code evidence}, {@code path} and {@code person} on the seed graph. */
class EventQuestionsIT extends QuestionTestBase {

	@Test
	void timelineOfATopicOrAPersonWithChannelStatusPlaceAndSource() {
		String rareEarths = out("timeline", "rare earths", "--format", "csv");
		assertThat(rareEarths.lines().toList()).hasSize(7).first().isEqualTo("date,event,channel,status,participants,place,source");
		assertThat(rareEarths).contains("2025-10-09,Beijing announces comprehensive controls on the rare-earth industry,"
				+ "public-statement,happened,State Council of the People's Republic of China (CN),,004_ca7bab2cb521082e")
			.contains("2025-10,Trump-Xi meeting on the sidelines of APEC,summit-meeting,planned,");
		assertThat(out("timeline", "rare earth controls", "--format", "csv")).as("a topic by alias").isEqualTo(rareEarths);
		assertThat(out("timeline", "rare earths", "--as-of", "2019-12-31")).isEqualTo(
				"No events on Rare earths are recorded in sources published by 2019-12-31.\n");
		String table = out("timeline", "rare earths");
		assertThat(table).contains("""
				2025-10-17  Bessent and Greer video call with He Lifeng
				            video-call, happened
				            with He Lifeng (CN), Jamieson Greer (US), Scott Bessent (US)
				            source: 004_ca7bab2cb521082e
				""").endsWith("\n6 events\n");

		String liu = out("timeline", "Liu He", "--from", "2019-07-01", "--to", "2019-07-31", "--format", "csv");
		assertThat(liu.lines().skip(1).map(line -> line.split(",")[0] + " " + line.split(",")[2]).toList()).containsExactly(
				"2019-07 phone-call", "2019-07-30 banquet", "2019-07-30 in-person-round");
		assertThat(liu).contains("Shanghai round of China-US trade talks (12th round),in-person-round,happened,"
				+ "\"Liu He (CN), Zhong Shan (CN), Robert Lighthizer (US), Steven Mnuchin (US)\",Shanghai,"
				+ "\"002_49812e43c2240187, 003_3e9800d906cc811f\"");
		assertThat(out("timeline", "Liu He", "--as-of", "2018-12-31", "--format", "csv")).doesNotContain("2019");
		assertThat(out("timeline", "--from", "2025-10-17", "--to", "2025-10-17", "--format", "csv").lines().count()).isEqualTo(5);
		failsWith(1, "parley: no person or topic named 'rare erths'; did you mean Rare earths?\n", "timeline", "rare erths");
	}

	@Test
	void delegationShowsWhoSatOnEachSide() {
		assertThat(out("delegation", "13th round").replaceAll("in \\d+ ms", "in X ms")).isEqualTo("""
				13th round of China-US high-level economic and trade talks: in-person-round, 2019-10, planned, Washington, D.C.

				side  member                      role               post
				----  --------------------------  -----------------  ---------------------------
				US    Robert Lighthizer           host               United States Trade
				                                                     Representative
				US    Steven Mnuchin              host               Secretary of the Treasury
				CN    Liu He                      delegation-lead    Vice Premier of the State
				                                                     Council
				CN    National Development and    delegation-member
				      Reform Commission
				CN    Yi Gang                     delegation-member  Governor of the People's
				                                                     Bank of China
				CN    Zhong Shan                  delegation-member  Minister of Commerce

				6 rows in X ms
				""");
		assertThat(out("delegation", "Shanghai round", "--format", "csv")).isEqualTo("""
				side,member,role,post\r
				US,Robert Lighthizer,delegation-lead,United States Trade Representative\r
				US,Steven Mnuchin,delegation-lead,Secretary of the Treasury\r
				CN,Liu He,host,Vice Premier of the State Council\r
				CN,Zhong Shan,delegation-member,Minister of Commerce\r
				""");
		assertThat(out("delegation", "call-bessent-greer-he-2025-10-17", "--format", "csv")).contains("CN,He Lifeng,counterpart");
		assertThat(out("delegation", "Shanghai round", "--as-of", "2019-07-01")).isEqualTo(
				"No source published by 2019-07-01 reports Shanghai round of China-US trade talks (12th round).\n");
		assertThat(out("delegation", "Shanghai round", "--evidence")).contains("Evidence:\n  round-12-shanghai-2019\n");
		Cli.Result call = run("delegation", "phone call");
		assertThat(call.code()).isEqualTo(1);
		assertThat(call.err()).startsWith("parley: 'phone call' is ambiguous: ").contains("Mnuchin-Liu He phone call (call-mnuchin-liu-2018-11-09)");
	}

	@Test
	void evidenceShowsEverythingBehindOneFact() {
		assertThat(out("evidence", "stance-zhong-shan-hardliner-2019")).isEqualTo("""
				Evidence for the stance Zhong Shan as hardliner
				  (stance-zhong-shan-hardliner-2019):

				  003_3e9800d906cc811f (2019-07-24), line 37, B3: “Mr Zhong is seen as more of a
				    hardliner than Liu”
				""");
		assertThat(out("evidence", "tenure-liu-he-cn-vice-premier")).contains("ref-iiab-liu-he: Liu He (Wikipedia snapshot, May 2023)\n"
				+ "    https://iiab.live/kiwix/content/wikipedia_en_all_maxi_2023-05/A/Liu_He_(politician)\n");
		String call = out("evidence", "call-mnuchin-liu-2018-11-09", "--format", "csv");
		assertThat(call.lines().toList()).hasSize(7).first().isEqualTo("fact,source,published,location,grade,phrase");
		assertThat(call).contains("call-mnuchin-liu-2018-11-09,000_4f605919d46dec3e,2018-11-13,line 7,C2,"
				+ "\"The two officials spoke by phone on Friday, according to people briefed on the matter\"");
		assertThat(out("evidence", "Mnuchin-Liu He phone call", "--format", "csv")).as("an event by its title").isEqualTo(call);
		assertThat(out("evidence", "call-mnuchin-liu-2018-11-09", "--as-of", "2018-11-13", "--format", "csv").lines().count())
			.as("001 (November 2018, day unknown) counts only from the end of the month").isEqualTo(4);
		Cli.Result unknown = run("evidence", "stance-nobody");
		assertThat(unknown.code()).isEqualTo(1);
		assertThat(unknown.err()).startsWith("parley: no event, person, organization or place named 'stance-nobody'");
	}

	@Test
	void pathExplainsHowTwoPeopleAreConnected() {
		String path = out("path", "Navarro", "He Lifeng");
		assertThat(path).startsWith("""
				Peter Navarro and He Lifeng are 3 steps apart; 5 ways:

				Way 1
				  1. Peter Navarro (speaker) and Steven Mnuchin (subject) are both in the speech
				     of 2018-11-09: Navarro warns Wall Street against shuttle diplomacy with
				     Beijing
				  2. Steven Mnuchin took part in the banquet of 2019-07-30 with Liu He: Banquet
				     at Shanghai's Peace Hotel
				  3. Liu He held the post of Vice Premier of the State Council (from 2018-03-19
				     to 2023-03-12), as He Lifeng did (from 2023-03-12)
				""");
		assertThat(out("path", "Wilbur Ross", "Xi Jinping", "--format", "csv")).contains(
				"1,2,Donald Trump took part in the phone call of 2018-11-01 with Xi Jinping: Trump-Xi phone call");
		String direct = out("path", "Mnuchin", "Liu He");
		assertThat(direct).startsWith("Steven Mnuchin and Liu He are 1 step apart; 5 ways:\n\nWay 1\n")
			.contains("Steven Mnuchin took part in the phone call of 2018-11-09 with Liu He:\n     Mnuchin-Liu He phone call\n")
			.doesNotContain("  2. ");
		assertThat(out("path", "Navarro", "He Lifeng", "--as-of", "2019-01-01")).as("the video call of 2025 was not known")
			.doesNotContain("Bessent").contains("as He Lifeng did");
		assertThat(out("path", "Dombrovskis", "Xi")).isEqualTo(
				"Valdis Dombrovskis and Xi Jinping are not connected through events or posts.\n");
		failsWith(1, "parley: 'Mnuchin' and 'Steven Mnuchin' are the same person, Steven Mnuchin (steven-mnuchin)\n", "path", "Mnuchin", "Steven Mnuchin");
	}

	@Test
	void personPrintsAProfile() {
		String liu = out("person", "Vice Premier Liu He");
		assertThat(liu).startsWith("""
				Liu He (liu-he), China
				Also named: Liu, Mr Liu, Vice Premier Liu He
				Appears in 13 events in 4 sources; first 2018-05 Liu He negotiates with the US
				""".substring(0, 120));
		assertThat(liu).contains("\nPosts:\n").contains("Vice Premier of the State").contains("\nStance as assessed:\n")
			.contains("none assessed").doesNotContain("dove").contains("\nCounterparts on the other side:\n").containsPattern("Steven\\s+(Mnuchin|in-person-round)")
			.contains("\nEvents by channel:\n").contains("phone-call            4").contains("\nSources:\n")
			.contains("003_3e9800d906cc811f  2019-07-24  The Business Times (Singapore)");
		assertThat(out("person", "Liu He", "--as-of", "2018-12-31")).contains("Appears in 7 events in 2 sources published by "
				+ "2018-12-31").doesNotContain("2019-07-24");
		String markdown = out("person", "Liu He", "--format", "markdown");
		assertThat(markdown).startsWith("## Liu He (liu-he), China\n").contains("### Posts\n\n| post | organization | since | until |");
		Cli.Result csv = run("person", "Liu He", "--format", "csv");
		assertThat(csv.code()).isEqualTo(2);
		assertThat(csv.err()).startsWith("parley: person prints a profile of several tables, as table or markdown; for csv "
				+ "run its reports, e.g. report run person-summary --param person=ID --format csv\n");
	}
}
