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
	void aUsageErrorInsideACommandEndsWithItsUsageLine() {
		var reversed = run("channels", "--from", "2020-01-01", "--to", "2019-01-01");
		assertThat(reversed.code()).isEqualTo(2);
		assertThat(reversed.err()).isEqualTo("parley: --from 2020-01-01 is after --to 2019-01-01; give the earlier day first\n"
				+ "usage: channels [--between BETWEEN] [--and AND] [--sides CODE,CODE...] [--from DATE] [--to DATE] "
				+ "[--by month|quarter|year] [--as-of DATE] [--format FORMAT] [--limit N] [--out OUT] [--force]\n");
	}
}
