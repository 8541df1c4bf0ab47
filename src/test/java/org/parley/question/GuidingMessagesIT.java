package org.parley.question;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages that guide (issue 18) on the seed graph: a misspelt post is suggested by a word of its name, a person
 * given to {@code who} (or a post to {@code roles}) points to the command that answers, an unknown side lists the
 * side codes the graph has.
 */
class GuidingMessagesIT extends QuestionTestBase {

	@Test
	void aMisspeltWordOfAPostIsSuggested() {
		failsWith(1, "parley: no post named 'Tresury'; did you mean Secretary of the Treasury?\n", "who", "Tresury");
	}

	@Test
	void aPersonWhereAPostIsWantedPointsToRolesAndBack() {
		failsWith(1, "parley: no post named 'Bessent'; Scott Bessent is a person: roles \"Scott Bessent\" lists the posts they held\n",
				"who", "Bessent");
		failsWith(1, "parley: no person named 'USTR'; United States Trade Representative is a post: who \"United States Trade Representative\" lists its holders\n",
				"roles", "USTR");
		// ambiguous stays ambiguous, and neither a post nor a person stays as it was
		failsWith(1, "parley: no post named 'Zbigniew'\n", "who", "Zbigniew");
	}

	@Test
	void anUnknownSideListsTheSideCodes() {
		String sides = "sides are CN (China), DE (Germany), EU (European Union), US (United States)";
		failsWith(1, "parley: no side named 'XX'; " + sides + "\n", "hawks", "--side", "XX");
		failsWith(1, "parley: no side named 'UK'; did you mean US? " + sides + "\n", "hawks", "--side", "UK");
		failsWith(1, "parley: no side named 'Chnia'; did you mean CN? " + sides + "\n", "hawks", "--side", "Chnia");
	}

	@Test
	void aWriteThatBreaksAnIdConstraintNamesTheIdAndWhatToDo() {
		var write = run("cypher", "CREATE (:Country {id: 'US', name: 'Another'})", "--write");
		assertThat(write.code()).as(write.toString()).isEqualTo(1);
		assertThat(write.err()).as(write.toString()).matches("parley: a Country with id 'US' already exists \\(node \\d+\\), and each"
				+ " Country's id is unique: nothing was changed; use another id, or change the existing node with"
				+ " MATCH \\(n:Country \\{id: 'US'\\}\\) SET \\.\\.\\.\n");
	}

	@Test
	void syntheticPeopleAreFilteredAndTwoOfOneNameShowTheirIds() {
		String create = "CREATE (a:Person:Synthetic {id: 'syn-test-1', name: 'Karl Chen', side: 'US'}),"
				+ " (b:Person:Synthetic {id: 'syn-test-2', name: 'Karl Chen', side: 'US'}),"
				+ " (o:Organization:Synthetic {id: 'syn-test-o', name: 'Test desk'}),"
				+ " (s:Stance:Synthetic {id: 'syn-test-s1', label: 'hawk', score: 0.5, validFrom: date('2019-01-01')})-[:OF]->(a),"
				+ " (s)-[:ASSESSED_BY]->(o),"
				+ " (t:Stance:Synthetic {id: 'syn-test-s2', label: 'dove', score: -0.5, validFrom: date('2019-01-01')})-[:OF]->(b),"
				+ " (t)-[:ASSESSED_BY]->(o)";
		assertThat(run("cypher", create, "--write").code()).isZero();
		try {
			String only = out("hawks", "--synthetic", "only", "--at", "2019-12-31", "--format", "csv");
			assertThat(only.lines().skip(1).map(line -> line.split(",")[1]).toList())
				.containsExactly("Karl Chen (syn-test-1)", "Karl Chen (syn-test-2)");
			String exclude = out("hawks", "--synthetic", "exclude", "--at", "2019-12-31", "--format", "csv");
			assertThat(exclude).doesNotContain("Karl Chen").contains("Liu He");
			assertThat(out("hawks", "--at", "2019-12-31", "--format", "csv")).as("include is the default")
				.contains("Karl Chen (syn-test-1)").contains("Liu He");
			assertThat(out("timeline", "--synthetic", "only")).startsWith("No events are recorded");
			assertThat(out("counterparts", "Mnuchin", "--synthetic", "only")).startsWith("No contacts of Steven Mnuchin");
		}
		finally {
			run("cypher", "MATCH (n) WHERE n.id STARTS WITH 'syn-test-' DETACH DELETE n", "--write");
		}
		failsWith(2, "parley: invalid value 'some' for --synthetic: expected include, only or exclude\n"
				+ "usage: hawks [--side CODE] [--at DATE] [--issue ISSUE] [--as-of DATE] [--synthetic only|exclude] [--evidence] [--format FORMAT] [--limit N] [--all] [--out OUT] [--force]\n",
				"hawks", "--synthetic", "some");
	}
}
