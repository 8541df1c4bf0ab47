package org.parley.shell;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.shell.DocsTranscripts.Block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocsTranscriptsTests {

	@Test
	void aTranscriptIsAPlainFencedBlockStartingWithAPrompt() {
		List<Block> blocks = DocsTranscripts.parse("doc.md", List.of(
				"Text", // 1
				"```", // 2
				"$ java -jar target/parley.jar who Treasury", // 3
				"person  post", // 4
				"", // 5
				"$ echo $?", // 6
				"0", // 7
				"```", // 8
				"```bash", // 9
				"$ java -jar target/parley.jar status", // 10
				"```", // 11
				"```", // 12
				"Wrote a.svg", // 13
				"```", // 14
				"<!-- not-checked: a console session -->", // 15
				"", // 16
				"```", // 17
				"parley> status", // 18
				"```"));
		assertThat(blocks).hasSize(2);
		Block first = blocks.get(0);
		assertThat(first).hasToString("doc.md:2");
		assertThat(first.notChecked()).isNull();
		assertThat(first.steps()).extracting(DocsTranscripts.Step::line).containsExactly(3, 6);
		assertThat(first.steps().get(0).command()).isEqualTo("java -jar target/parley.jar who Treasury");
		assertThat(first.steps().get(0).shown()).containsExactly("person  post", "");
		assertThat(first.steps().get(1).shown()).containsExactly("0");
		Block second = blocks.get(1);
		assertThat(second).hasToString("doc.md:17");
		assertThat(second.notChecked()).isEqualTo("a console session");
		assertThat(second.steps().get(0).console()).isTrue();
		assertThat(second.steps().get(0).command()).isEqualTo("status");
	}

	@Test
	void wordsAreSplitAsAShellSplitsThem() {
		assertThat(DocsTranscripts.words("report run find --param 'text=Wibur Ross' --param \"code='007'\""))
			.containsExactly("report", "run", "find", "--param", "text=Wibur Ross", "--param", "code='007'");
		assertThat(DocsTranscripts.words("cypher 'MATCH (c {id: $id})-->(d) RETURN c' --param id=CN"))
			.containsExactly("cypher", "MATCH (c {id: $id})-->(d) RETURN c", "--param", "id=CN");
		assertThat(DocsTranscripts.words("who \"Treasury \\\"Sec\\\"\" a\\ b"))
			.containsExactly("who", "Treasury \"Sec\"", "a b");
	}

	@Test
	void shellSyntaxCannotBeReplayed() {
		assertThatIllegalArgumentException().isThrownBy(() -> DocsTranscripts.words("report run labels > /dev/full"));
		assertThatIllegalArgumentException().isThrownBy(() -> DocsTranscripts.words("person Liu | head -2"));
		assertThatIllegalArgumentException().isThrownBy(() -> DocsTranscripts.words("x $(mktemp -d)"));
		assertThatIllegalArgumentException().isThrownBy(() -> DocsTranscripts.words("who 'unclosed"));
	}

	@Test
	void whatVariesIsNormalisedAndNothingElse() {
		String text = """
				1 row in 17 ms  \n\
				Seeded /tmp/tmp.xYl0x4H8RL/data from /work/main/seed in 28.5 s
				  00_reference.cypher  c55f93d8380b  since 2026-11-23T19:14:57.165Z
				Neo4j:         5.26.30 community
				Bolt:          bolt://127.0.0.1:7687
				id  000_4f605919d46dec3e  count 12
				"elementId" : "4:6ec762ee-9602-4cb3-a379-0ac11d5eaa95:540",

				""";
		assertThat(DocsTranscripts.normal(text, "/home/me/parley")).isEqualTo("""
				1 row in <time>
				Seeded <tmp>/data from <project>/seed in <time>
				  00_reference.cypher  <hash>  since <timestamp>
				Neo4j:         <version> community
				Bolt:          bolt://127.0.0.1:7687
				id  000_4f605919d46dec3e  count 12
				"elementId" : "<element-id>",""");
		assertThat(DocsTranscripts.normal("a /home/me/parley/cypher b", "/home/me/parley")).isEqualTo("a <project>/cypher b");
	}

	@Test
	void theDayCounterpartsFollowsThePostsToIsTheDayItWasWrittenInTheTextAndTodayLive() {
		var today = java.time.LocalDate.of(2026, 12, 3);
		String documented = "  A ↔ B\n    on 2026-12-02: Secretary of the Treasury Scott Bessent; Vice Premier";
		var both = DocsTranscripts.today(documented, "  A ↔ B\n    on 2026-12-03: Secretary of the Treasury Scott Bessent; Vice Premier",
				List.of("counterparts", "Mnuchin"), today);
		assertThat(both[0]).isEqualTo(both[1]).contains("    on <today>: Secretary");
		var wrongDay = DocsTranscripts.today(documented, "    on 2019-07-30: Secretary of the Treasury Steven Mnuchin",
				List.of("counterparts", "Mnuchin"), today);
		assertThat(wrongDay[1]).as("a live day that is not today is shown as it is").contains("on 2019-07-30:");
		var asked = DocsTranscripts.today("    on 2019-07-30: X", "    on 2019-07-30: X", List.of("counterparts", "Mnuchin", "--at", "2019-07-30"), today);
		assertThat(asked).containsExactly("    on 2019-07-30: X", "    on 2019-07-30: X");
		assertThat(DocsTranscripts.today("    on 2026-12-02: X", "x", List.of("who", "x"), today)[0])
			.as("another command's text is compared as it is").isEqualTo("    on 2026-12-02: X");
	}
}
