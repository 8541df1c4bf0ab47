package org.parley.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console review, fed its answers: accept, reject, edit a field, accept the rest. */
class ReviewTests {

	@Test
	void answersDecideEachPendingProposal() {
		var proposals = new Proposals("a", "a.txt", LocalDate.of(2025, 11, 4), null, null, "en", null, List.of(
				Proposal.of("p1", "person", 0.9, "r", 0, 5, "Scott", Map.of("person", "scott-bessent")),
				Proposal.of("p2", "event", 0.7, "r", 0, 5, "Scott", Map.of("channel", "meeting", "date", "2025-11-01")),
				Proposal.of("p3", "person", 0.6, "r", 0, 5, "Scott", Map.of("person", "new")),
				Proposal.of("p4", "person", 0.6, "r", 0, 5, "Scott", Map.of("person", "new")),
				Proposal.of("p5", "person", 0.6, "r", 0, 5, "Scott", Map.of("person", "new"))));
		var bytes = new ByteArrayOutputStream();
		var review = new Review(proposals, new BufferedReader(new StringReader("a\ne channel phone-call\ne nope x\nhuh\na\nr\nA\n")),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		var done = review.run().proposals();
		assertThat(done).extracting(Proposal::decision).containsExactly("accept", "accept", "reject", "accept", "accept");
		assertThat(done.get(1).fields()).containsEntry("channel", "phone-call").containsEntry("date", "2025-11-01");
		assertThat(review.counts()).isEqualTo("4 accepted, 1 rejected in this review");
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("no field 'nope' in p2").contains("answer a, r, s");
	}

	@Test
	void theEndOfInputStopsAndKeepsTheRestPending() {
		var proposals = new Proposals("a", "a.txt", LocalDate.of(2025, 11, 4), null, null, "en", null, List.of(
				Proposal.of("p1", "person", 0.9, "r", 0, 5, "Scott", Map.of("person", "scott-bessent")),
				Proposal.of("p2", "person", 0.9, "r", 0, 5, "Scott", Map.of("person", "scott-bessent"))));
		var review = new Review(proposals, new BufferedReader(new StringReader("r\n")), new PrintStream(new ByteArrayOutputStream()));
		assertThat(review.run().proposals()).extracting(Proposal::decision).containsExactly("reject", "pending");
	}
}
