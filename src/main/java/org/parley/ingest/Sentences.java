package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting with Apache OpenNLP's English model ({@code opennlp-models-sentdetect-en}), loaded once on first
 * use (about 20 KB). A line break always ends a sentence too: headlines, captions and bylines have no full stop.
 */
final class Sentences {

	private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	private static volatile SentenceModel model;

	private Sentences() {
	}

	/** A sentence and where it starts in the text. */
	record Sentence(int start, int end, String text) {
	}

	static List<Sentence> split(String text) {
		var detector = new SentenceDetectorME(model());
		var out = new ArrayList<Sentence>();
		int lineStart = 0;
		for (String line : text.split("\n", -1)) {
			if (!line.isBlank()) {
				for (Span span : detector.sentPosDetect(line)) {
					int s = lineStart + span.getStart();
					int e = lineStart + span.getEnd();
					out.add(new Sentence(s, e, text.substring(s, e)));
				}
			}
			lineStart += line.length() + 1;
		}
		return out;
	}

	private static SentenceModel model() {
		SentenceModel m = model;
		if (m == null) {
			synchronized (Sentences.class) {
				m = model;
				if (m == null) {
					try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
						if (in == null) {
							throw new IllegalStateException("the OpenNLP sentence model " + MODEL + " is missing from the build");
						}
						m = new SentenceModel(in);
					}
					catch (IOException ex) {
						throw new IllegalStateException("cannot read the OpenNLP sentence model: " + ex.getMessage(), ex);
					}
					model = m;
				}
			}
		}
		return m;
	}
}
