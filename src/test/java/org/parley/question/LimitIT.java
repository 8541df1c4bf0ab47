package org.parley.question;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --limit N}: at most N rows on stdout, and on stderr how many there were. */
class LimitIT extends QuestionTestBase {

	@Test
	void limitCutsTheRowsAndSaysSoOnStderr() {
		var all = run("counterparts", "Mnuchin", "--format", "csv");
		var two = run("counterparts", "Mnuchin", "--format", "csv", "--limit", "2");
		assertThat(two.code()).isZero();
		assertThat(two.out()).isEqualTo(all.out().lines().limit(3).map(l -> l + "\r\n").reduce("", String::concat));
		assertThat(two.err()).isEqualTo("showing 2 of 3 rows (--limit 2)\n");
		var roomy = run("counterparts", "Mnuchin", "--format", "csv", "--limit", "10");
		assertThat(roomy.out()).isEqualTo(all.out());
		assertThat(roomy.err()).isEmpty();
	}

	@Test
	void limitWorksForQuestionsReportsAndCypher() {
		var hawks = run("hawks", "--limit", "1", "--format", "json");
		assertThat(hawks.code()).isZero();
		assertThat(hawks.err()).startsWith("showing 1 of ");
		var report = run("report", "run", "labels", "--limit", "1", "--format", "csv");
		assertThat(report.out().lines().count()).isEqualTo(2);
		assertThat(report.err()).startsWith("showing 1 of ");
		var cypher = run("cypher", "UNWIND range(1, 5) AS n RETURN n", "--limit", "2", "--format", "csv");
		assertThat(cypher.out()).isEqualTo("n\r\n1\r\n2\r\n");
		assertThat(cypher.err()).isEqualTo("showing 2 of 5 rows (--limit 2)\n");
	}

	@Test
	void hawksPrintsTheTopOfTheRankingByDefaultAndEveryoneWithAll() {
		// 60 people assessed by one desk, scores 0.99 down to 0.40; the 60th has no score and comes last
		String create = """
				MATCH (t:Topic {id: 'tariffs'})
				CREATE (o:Organization:Synthetic {id: 'syn-test-o', name: 'Test desk'})
				WITH o, t UNWIND range(1, 60) AS i
				CREATE (p:Person:Synthetic {id: 'syn-test-' + i, name: 'Tester ' + right('0' + i, 2), side: 'US'}),
				       (s:Stance:Synthetic {id: 'syn-test-s' + i, label: 'hawk', validFrom: date('2019-01-01'),
				                            score: CASE WHEN i < 60 THEN 1.0 - i / 100.0 END})-[:OF]->(p),
				       (s)-[:ASSESSED_BY]->(o), (s)-[:ON_ISSUE]->(t)""";
		assertThat(run("cypher", create, "--write").code()).isZero();
		try {
			var top = run("hawks", "--synthetic", "only", "--at", "2019-12-31", "--format", "csv");
			assertThat(top.code()).isZero();
			assertThat(top.err()).isEqualTo("showing 50 of 60 people ranked (the default --limit 50; --all shows every one)\n");
			assertThat(top.out().lines().toList()).hasSize(51).element(1).asString().startsWith("1,Tester 01,US,0.99,hawk,");
			assertThat(top.out().lines().toList()).last().asString().startsWith("50,Tester 50,US,0.5,hawk,");
			var all = run("hawks", "--synthetic", "only", "--at", "2019-12-31", "--format", "csv", "--all");
			assertThat(all.err()).isEmpty();
			assertThat(all.out().lines().toList()).hasSize(61).last().asString().startsWith("60,Tester 60,US,,hawk,");
			assertThat(all.out()).startsWith(top.out());
			var three = run("hawks", "--synthetic", "only", "--at", "2019-12-31", "--format", "csv", "--limit", "3");
			assertThat(three.err()).isEqualTo("showing 3 of 60 people ranked (--limit 3; --all shows every one)\n");
			assertThat(three.out()).isEqualTo(all.out().lines().limit(4).map(l -> l + "\r\n").reduce("", String::concat));
			// a topic narrows the stances: the whole ranking is built and cut, with the same line
			var onTariffs = run("hawks", "--synthetic", "only", "--at", "2019-12-31", "--format", "csv", "--limit", "3", "--issue", "tariffs");
			assertThat(onTariffs.err()).isEqualTo("showing 3 of 60 people ranked (--limit 3; --all shows every one)\n");
			assertThat(onTariffs.out()).isEqualTo(three.out());
			var both = run("hawks", "--all", "--limit", "3");
			assertThat(both.code()).isEqualTo(2);
			assertThat(both.err()).startsWith("parley: give --limit or --all, not both\nusage: hawks ");
		}
		finally {
			run("cypher", "MATCH (n) WHERE n.id STARTS WITH 'syn-test-' DETACH DELETE n", "--write");
		}
	}

	@Test
	void aUsageErrorInsideACommandEndsWithItsUsageLine() {
		var reversed = run("channels", "--from", "2020-01-01", "--to", "2019-01-01");
		assertThat(reversed.code()).isEqualTo(2);
		assertThat(reversed.err()).isEqualTo("parley: --from 2020-01-01 is after --to 2019-01-01; give the earlier day first\n"
				+ "usage: channels [--between BETWEEN] [--and AND] [--sides CODE,CODE...] [--from DATE] [--to DATE] "
				+ "[--by month|quarter|year] [--as-of DATE] [--format FORMAT] [--limit N] [--out OUT] [--force]\n");
	}
}
