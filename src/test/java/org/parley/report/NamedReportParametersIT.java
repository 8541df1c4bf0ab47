package org.parley.report;

import org.junit.jupiter.api.Test;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report parameters that name something ({@code // param: post post}): a name, alias or id resolves as in the
 * questions, and one that matches nothing says so with the nearest names instead of running to 0 rows.
 */
class NamedReportParametersIT extends SeededTestBase {

	@Test
	void aPostByItsNameAsInTheQuestions() {
		assertThat(out("report", "run", "who", "--param", "post=Treasury Secretary", "--param", "at=2019-07-30", "--format", "csv"))
			.startsWith("person,post,since,until,held,note,fact\r\nSteven Mnuchin,Secretary of the Treasury,2017-02-13,2021-01-20,yes,");
		assertThat(out("report", "run", "who", "--param", "post=us-treasury-secretary", "--param", "at=2019-07-30", "--format", "csv"))
			.as("an id still works").contains("Steven Mnuchin");
		assertThat(out("report", "run", "roles", "--param", "person=Lighthizer", "--format", "csv"))
			.contains("United States Trade Representative");
		assertThat(out("report", "run", "hawks", "--param", "side=China", "--param", "at=2019-12-31", "--format", "csv"))
			.contains(",CN,").doesNotContain(",US,");
	}

	@Test
	void anUnknownNameOrIdSaysSoWithTheNearestNames() {
		failsWith(1, "parley: parameter 'post' of report 'who': no post named 'Tresury'; did you mean Secretary of the Treasury?\n",
				"report", "run", "who", "--param", "post=Tresury");
		failsWith(1, "parley: parameter 'person' of report 'roles': no person named 'no-such-person'\n",
				"report", "run", "roles", "--param", "person=no-such-person");
		failsWith(1, "parley: parameter 'sides' of report 'channels': no side named 'XX'; sides are CN (China), DE (Germany), EU (European Union), US (United States)\n",
				"report", "run", "channels", "--param", "sides=US,XX");
	}

	@Test
	void showSaysWhatAParameterNames() {
		assertThat(out("report", "show", "who")).contains("post (post, default 'us-treasury-secretary')");
	}
}
