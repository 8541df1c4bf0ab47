package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fields of stance and measure proposals are checked before anything is read from or written to the graph: each
 * bad one is {@code FILE:LINE: message}. The file is a real proposals file of the analyst article, accepted and edited
 * by a reviewer (the measure's title, effective day and country).
 */
class ApplierTests {

	private static final Path FILE = Path.of("src/test/resources/ingest/analyst.proposals.yaml");

	@Test
	void aBadStanceOrMeasureFieldNamesItsLine() throws IOException {
		String yaml = Files.readString(FILE);
		for (var edit : List.of(
				List.of("score: 0.8", "score: very", "score: 'very' is not a number"),
				List.of("score: 0.8", "score: 3", "score: 3 is not from -1 (dove) to 1 (hawk)"),
				List.of("rate: 25.0", "rate: 7.5", "rate: 7.5 is not a whole percent"),
				List.of("measure: \"tariff\"", "measure: \"levy\"", "measure: 'levy' is not one of tariff"),
				List.of("status: \"in-force\"", "status: \"rumoured\"", "status: 'rumoured' is not one of in-force"),
				List.of("from: \"2025-06-12\"", "from: \"12 June\"", "from: '12 June' is not a date as YYYY-MM-DD"),
				List.of("assessor: \"p2\"", "assessor: null", "assessor: the article names no outlet"),
				List.of("assessor: \"p2\"", "assessor: \"p5\"", "assessor: p5 is a measure proposal, not a person"),
				List.of("stance: \"hawk\"", "stance: \"\"", "stance: missing in stance proposal p6"))) {
			int line = (int) yaml.lines().takeWhile(l -> !l.contains(edit.get(0))).count() + 1;
			Proposals edited = ProposalsFile.read(yaml.replace(edit.get(0), edit.get(1)), "edited.yaml");
			assertThatThrownBy(() -> Applier.plan(edited, "edited.yaml", null, null)).as(edit.get(1)).isInstanceOf(ParleyException.class)
				.hasMessage("edited.yaml:" + line + ": " + edit.get(2) + messageTail(edit.get(2)));
		}
	}

	/** The rest of a message that lists the vocabulary. */
	private static String messageTail(String message) {
		if (message.startsWith("measure: 'levy'")) {
			return ", retaliatory-tariff, threat, export-control, truce, sales-ban, purchase-deal, goodwill-purchase, legislation, "
					+ "consensus, exemption, target";
		}
		if (message.startsWith("status: 'rumoured'")) {
			return ", expected, planned, threatened, agreed, reported, cancelled, suspended, expired";
		}
		if (message.startsWith("rate: 7.5")) {
			return " from 0 to 1000 (the model records rates in whole percent)";
		}
		if (message.startsWith("assessor: the article")) {
			return ", so give the id of the person or organization who made the assessment";
		}
		return "";
	}
}
