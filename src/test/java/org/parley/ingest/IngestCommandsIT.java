package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Cli;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ingest}, {@code ingest apply} on the seed graph, one-shot: nothing written before apply, apply is idempotent, bad input writes nothing. */
class IngestCommandsIT extends SeededTestBase {

	@TempDir
	Path dir;

	private static final Path LABELLED = Path.of("src/test/resources/ingest/labelled");

	private long nodes() {
		return count("MATCH (n) RETURN count(n)");
	}

	private long relationships() {
		return count("MATCH ()-[r]->() RETURN count(r)");
	}

	/** Runs a command that must fail with this exit code and one line containing the text, writing nothing. */
	private void fails(int code, String message, String... command) {
		long n = nodes();
		long r = relationships();
		Cli.Result result = run(command);
		assertThat(result.code()).as(result.toString()).isEqualTo(code);
		assertThat(result.err()).as(result.toString()).startsWith("parley: ").contains(message);
		assertThat(result.err().lines().count()).as(result.toString()).isBetween(1L, code == 2 ? 2L : 1L);
		assertThat(nodes()).isEqualTo(n);
		assertThat(relationships()).isEqualTo(r);
	}

	@Test
	void proposesWithoutWritingThenAppliesTheAcceptedOnesOnce() throws IOException {
		Path article = dir.resolve("misspelt.txt");
		Files.copy(LABELLED.resolve("01_misspellings.txt"), article);
		Path proposals = dir.resolve("misspelt.proposals.yaml");
		long n = nodes();
		long r = relationships();
		String out = out("ingest", article.toString(), "--published", "2025-11-04", "--outlet", "Example Wire", "--out", proposals.toString());
		assertThat(out).startsWith("Wrote " + proposals + ": ").contains("nothing is written to the graph until `ingest apply`");
		assertThat(nodes()).isEqualTo(n);
		assertThat(relationships()).isEqualTo(r);
		String yaml = Files.readString(proposals);
		assertThat(yaml).contains("person: \"scott-bessent\"").contains("alias: \"Biesant\"").contains("alias: \"Jamison Greer\"")
			.contains("channel: \"phone-call\"").contains("date: \"2025-11-01\"").doesNotContain("person: \"new\"");
		assertThat(yaml).contains("mistranslated title");

		fails(1, proposals + " already exists; add --force to overwrite it", "ingest", article.toString(), "--published", "2025-11-04", "--out", proposals.toString());

		Files.writeString(proposals, yaml.replace("decision: pending", "decision: accept"));
		String applied = out("ingest", "apply", proposals.toString(), "--by", "analyst-7");
		assertThat(applied).startsWith("Applied " + proposals + ": ")
			.contains("added source misspelt: Article misspelt")
			.contains("changed person scott-bessent: new alias 'Biesant'")
			.contains("changed person jamieson-greer: new alias 'Jamison Greer'")
			.contains("added event phone-call-bessent-lifeng-2025-11-01");
		assertThat(query("MATCH (e:Event {id: 'phone-call-bessent-lifeng-2025-11-01'})-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(s:Source) "
				+ "RETURN e.status AS status, e.dateBasis AS basis, ev.offset AS offset, ev.recordedBy AS by, s.id AS source, e:Contact AS contact").get(0))
			.containsEntry("status", "happened").containsEntry("basis", "derived-from-publication").containsEntry("by", "analyst-7")
			.containsEntry("source", "misspelt").containsEntry("contact", true);
		var quoted = query("MATCH (:Event {id: 'phone-call-bessent-lifeng-2025-11-01'})-[:EVIDENCED_BY]->(ev:Evidence) "
				+ "RETURN ev.offset AS offset, ev.phrase AS phrase").get(0);
		assertThat(Files.readString(article).substring(((Number) quoted.get("offset")).intValue())).startsWith((String) quoted.get("phrase"));
		assertThat(count("MATCH (:Edit {action: 'alias', target: 'scott-bessent', value: 'Biesant'}) RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (p:Person) WHERE p.name IN ['Biesant', 'Jamison Greer', 'He Lipeng'] RETURN count(p)")).isZero();
		long afterN = nodes();
		long afterR = relationships();
		assertThat(out("ingest", "apply", proposals.toString())).startsWith("Nothing changed: ");
		assertThat(nodes()).isEqualTo(afterN);
		assertThat(relationships()).isEqualTo(afterR);
	}

	@Test
	void anInvalidOrForeignProposalsFileWritesNothing() throws IOException {
		Path article = dir.resolve("month-end.txt");
		Files.copy(LABELLED.resolve("02_month_end.txt"), article);
		Path proposals = dir.resolve("p.yaml");
		out("ingest", article.toString(), "--published", "2025-12-01", "--out", proposals.toString());
		String yaml = Files.readString(proposals).replace("decision: pending", "decision: accept");
		Path bad = dir.resolve("bad.yaml");
		Files.writeString(bad, yaml.replaceFirst("channel: \"meeting\"", "channel: \"telegram\""));
		int line = (int) yaml.lines().takeWhile(l -> !l.contains("channel: \"meeting\"")).count() + 1;
		fails(1, bad + ":" + line + ": channel: 'telegram' is not one of phone-call", "ingest", "apply", bad.toString());
		Files.writeString(bad, yaml.replace("decision: accept", "decision: perhaps"));
		fails(1, bad + ":", "ingest", "apply", bad.toString());
		Files.writeString(bad, yaml.replace("\"li-chenggang\"", "\"li-chenggang-x\"").replace("\"jamieson-greer\"", "\"jamieson-greer-x\""));
		fails(1, "ids are not in this graph: " + bad + ":", "ingest", "apply", bad.toString());
		Cli.Result result = run("ingest", "apply", bad.toString());
		assertThat(result.err()).contains("'li-chenggang-x'").contains("'jamieson-greer-x'").contains("nothing written");
	}

	@Test
	void badArticlesAreRefusedNamingTheFile() throws IOException {
		Path empty = Files.writeString(dir.resolve("empty.txt"), "");
		fails(1, empty + ": empty, no article text", "ingest", empty.toString(), "--published", "2025-11-04");
		Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] { 'T', 'a', 'l', 'k', 's', ' ', (byte) 0xE9, '\n' });
		fails(1, latin1 + ":1: not UTF-8 text (byte 6)", "ingest", latin1.toString(), "--published", "2025-11-04");
		Path binary = Files.write(dir.resolve("binary.txt"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
		fails(1, binary.toString(), "ingest", binary.toString(), "--published", "2025-11-04");
		Path html = Files.writeString(dir.resolve("empty.html"), "<html><body><script>var x = 1;</script></body></html>");
		fails(1, html + ": no text left after stripping the HTML", "ingest", html.toString(), "--published", "2025-11-04");
		fails(2, "missing option '--published'", "ingest", LABELLED.resolve("01_misspellings.txt").toString());
		fails(2, "invalid value '4 Nov' for --published", "ingest", LABELLED.resolve("01_misspellings.txt").toString(), "--published", "4 Nov");
		Path german = dir.resolve("german.yaml");
		assertThat(out("ingest", LABELLED.resolve("06_german.txt").toString(), "--published", "2025-10-20", "--out", german.toString()))
			.startsWith("Wrote " + german + ": no proposals (the article is not in English");
		assertThat(Files.readString(german)).contains("proposals: []").contains("language: \"not English\"");
	}
}
