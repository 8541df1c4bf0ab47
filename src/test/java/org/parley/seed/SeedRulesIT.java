package org.parley.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that keep the seed to what the articles say (issue 17), checked on the loaded seed so that a later edit
 * that breaks one fails: a channel only when an evidence phrase states its medium, a stance label only when a phrase
 * carries it, contacts only between people of the sides asked about, grades by the model's rule, inferred facts
 * marked with their reasoning, editorial titles marked, month-precision ends through the month.
 */
class SeedRulesIT extends SeededTestBase {

	private static final Path CHANNEL_WORDS = Path.of("src/test/resources/seed-rules/channel-words.txt");

	/** channel -> its medium words, from the vocabulary file. */
	static Map<String, List<String>> channelWords() throws IOException {
		var words = new LinkedHashMap<String, List<String>>();
		for (String line : Files.readAllLines(CHANNEL_WORDS, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int colon = line.indexOf(':');
			words.put(line.substring(0, colon).strip(),
					Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).toList());
		}
		return words;
	}

	/** Whether {@code phrase} contains {@code word} as a whole word or words, ignoring case. */
	static boolean states(String phrase, String word) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(phrase.replace('\u00A0', ' ')).find();
	}

	@Test
	void everyChannelButPressReportIsStatedByAnEvidencePhrase() throws IOException {
		Map<String, List<String>> words = channelWords();
		var guessed = new ArrayList<String>();
		for (var row : query("""
				MATCH (e:Event) WHERE NOT e:Synthetic AND e.channel <> 'press-report'
				OPTIONAL MATCH (e)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(:Source {kind: 'article'})
				RETURN e.id AS id, e.channel AS channel, collect(ev.phrase) AS phrases ORDER BY id""")) {
			List<String> medium = words.get((String) row.get("channel"));
			assertThat(medium).as("medium words of channel %s in %s", row.get("channel"), CHANNEL_WORDS).isNotNull();
			@SuppressWarnings("unchecked")
			List<String> phrases = (List<String>) row.get("phrases");
			if (phrases.stream().noneMatch(p -> medium.stream().anyMatch(w -> states(p, w)))) {
				guessed.add(row.get("id") + " (" + row.get("channel") + ")");
			}
		}
		assertThat(guessed).as("events whose channel no evidence phrase states: press-report, or evidence that says it")
			.isEmpty();
		// the vocabulary itself: no channel outside the model, press-report needs no words
		assertThat(words.keySet()).doesNotContain("press-report");
		assertThat(query("MATCH (e:Event) WHERE NOT e:Synthetic RETURN DISTINCT e.channel AS c"))
			.extracting(r -> r.get("c"))
			.allSatisfy(c -> assertThat(c.equals("press-report") || words.containsKey(c)).as("channel %s", c).isTrue());
	}

	@Test
	void theVocabularyRejectsAGuess() throws IOException {
		Map<String, List<String>> words = channelWords();
		// "Talks collapsed in May" states no round; "Trump had threatened" states no statement
		assertThat(words.get("in-person-round")).noneMatch(w -> states("Talks collapsed in May because the two countries disagreed", w));
		assertThat(words.get("public-statement")).noneMatch(w -> states("Trump had threatened to cancel his meeting", w));
		assertThat(words.get("phone-call")).anyMatch(w -> states("The two officials spoke by phone on Friday", w));
		assertThat(states("Chinese state media reported", "on X")).isFalse();
	}

	@Test
	void everyStanceLabelIsCarriedByOneOfItsPhrases() {
		var unsupported = new ArrayList<String>();
		for (var row : query("""
				MATCH (s:Stance)-[:EVIDENCED_BY]->(ev:Evidence)
				RETURN s.id AS id, s.label AS label, collect(ev.phrase) AS phrases ORDER BY id""")) {
			@SuppressWarnings("unchecked")
			List<String> phrases = (List<String>) row.get("phrases");
			String label = (String) row.get("label");
			boolean carried = phrases.stream().anyMatch(phrase -> carries(phrase, label));
			if (!carried) {
				unsupported.add(row.get("id") + " (" + label + ")");
			}
		}
		assertThat(unsupported).as("stance labels no evidence phrase of theirs carries").isEmpty();
		assertThat(count("MATCH (s:Stance) WHERE NOT (s)-[:EVIDENCED_BY]->(:Evidence) RETURN count(s)")).isZero();
		assertThat(carries("Mr Zhong is seen as more of a hardliner than Liu", "dove")).isFalse();
	}

	/** Every word of the label (four letters or more) begins a word of the phrase: hawk in hawkish, optimist in optimistic. */
	static boolean carries(String phrase, String label) {
		Set<String> words = new HashSet<>(Arrays.asList(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
		return Arrays.stream(label.split("-"))
			.filter(w -> w.length() >= 4)
			.allMatch(w -> words.stream().anyMatch(word -> word.startsWith(w)));
	}

	@Test
	void aComparisonIsNotAScoreAndAnAssessorIsWhomTheTextNames() {
		assertThat(query("""
				MATCH (s:Stance) WHERE s.relation IS NOT NULL
				RETURN s.id AS id, s.score AS score, COUNT { (s)-[:COMPARED_WITH]->(:Person) } AS compared"""))
			.isNotEmpty()
			.allSatisfy(r -> {
				assertThat(r.get("score")).as("score of the comparison %s", r.get("id")).isNull();
				assertThat(r.get("compared")).as("the other person of %s", r.get("id")).isEqualTo(1L);
			});
		// only Zhong's assessment compares; nobody is given a score for being the softer one
		assertThat(count("MATCH (s:Stance)-[:OF]->(:Person {id: 'liu-he'}) RETURN count(s)")).isZero();
		// Navarro assesses nobody (the "advocates" wording is the outlet's), the State Council no stance
		assertThat(count("MATCH (:Stance)-[:ASSESSED_BY]->(:Person {id: 'peter-navarro'}) RETURN count(*)")).isZero();
		assertThat(count("MATCH (:Stance)-[:ASSESSED_BY]->(:Organization {id: 'cn-state-council'}) RETURN count(*)")).isZero();
		// a score only on the hawk-dove axis: not for optimism or a criticism
		assertThat(count("MATCH (s:Stance) WHERE s.label IN ['optimist', 'flip-flopping-bullying'] AND s.score IS NOT NULL RETURN count(s)"))
			.isZero();
	}

	@Test
	void everyCountedContactHasPeopleOfTheAskedSidesOnBothEnds() throws IOException {
		String channels = Files.readString(Path.of("cypher/channels.cypher"), StandardCharsets.UTF_8);
		Map<String, Object> params = new HashMap<>();
		params.put("a", null);
		params.put("b", null);
		params.put("from", null);
		params.put("to", null);
		params.put("asOf", null);
		params.put("by", "year");
		params.put("facts", true);
		params.put("sides", List.of("US", "CN"));
		var counted = new ArrayList<String>();
		for (var row : run(channels, params)) {
			@SuppressWarnings("unchecked")
			List<String> facts = (List<String>) row.get("fact");
			counted.addAll(facts);
		}
		assertThat(counted).isNotEmpty()
			.doesNotContain("meeting-g7-finance-ministers-2025-10", "talks-breakdown-2019-05",
					"demand-us-structural-changes-2018", "resistance-cn-concrete-offer-2018-11");
		assertThat(query("""
				UNWIND $ids AS id
				MATCH (e:Event {id: id})
				WHERE NOT all(side IN ['US', 'CN'] WHERE EXISTS {
				  MATCH (e)<-[r:PARTICIPATED_IN]-(:Person) WHERE r.side = side AND NOT r.role IN ['subject', 'reporter'] })
				RETURN e.id AS id""", Map.of("ids", counted))).as("counted events without people of both sides").isEmpty();
		// the G7 ministers' meeting counts only when EU and DE are the sides asked about
		params.put("sides", List.of("EU", "DE"));
		assertThat(run(channels, params)).extracting(r -> r.get("fact"))
			.containsExactly(List.of("meeting-g7-finance-ministers-2025-10"));
	}

	/** A query with null parameters (the report's defaults), which {@code query} does not take. */
	private static List<Map<String, Object>> run(String cypher, Map<String, Object> params) {
		return graph().inRead(tx -> tx.run(cypher, params).list(r -> r.asMap()));
	}

	@Test
	void evidenceGradesFollowTheModelsRule() {
		var wrong = new ArrayList<String>();
		for (var row : query("""
				MATCH (ev:Evidence)-[:FROM]->(src:Source {kind: 'article'})-[:PUBLISHED_BY]->(outlet:Organization)
				RETURN ev.id AS id, ev.sourceGrade AS grade, ev.form AS form, ev.anonymous AS anonymous,
				       ev.phrase AS phrase, outlet.id STARTS WITH 'outlet-' AS unnamedOutlet,
				       EXISTS { (ev)<-[:EVIDENCED_BY]-(:Event {channel: 'social-media-post'}) } AS post
				ORDER BY id""")) {
			String form = (String) row.get("form");
			String expected = switch (form) {
				case "post" -> "A";
				case "quote" -> Boolean.TRUE.equals(row.get("anonymous")) ? "C" : "B";
				case "report" -> Boolean.TRUE.equals(row.get("anonymous")) || Boolean.TRUE.equals(row.get("unnamedOutlet")) ? "C" : "B";
				default -> "form '" + form + "' unknown";
			};
			if (!expected.equals(row.get("grade"))) {
				wrong.add(row.get("id") + " is " + row.get("grade") + ", the rule gives " + expected);
			}
			if ("post".equals(form) && !Boolean.TRUE.equals(row.get("post"))) {
				wrong.add(row.get("id") + " is a post's text but evidences no social-media post");
			}
			if ("quote".equals(form) && !((String) row.get("phrase")).matches("(?s).*[“”\"].*")) {
				wrong.add(row.get("id") + " is a quote without quotation marks");
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(count("MATCH (ev:Evidence)-[:FROM]->(:Source {kind: 'article'}) WHERE ev.form IS NULL RETURN count(ev)")).isZero();
	}

	@Test
	void inferredFactsAreMarkedWithTheirReasoning() {
		assertThat(query("""
				MATCH (x) WHERE (x:Event OR x:Measure OR x:Stance) AND NOT x:Synthetic
				  AND NOT coalesce(x.basis, '') IN ['article', 'inferred', 'public-record']
				RETURN x.id AS id""")).as("facts without a basis").isEmpty();
		assertThat(query("""
				MATCH (x)-[r:PARTICIPATED_IN]->(e:Event) WHERE NOT e:Synthetic
				  AND NOT coalesce(r.basis, '') IN ['article', 'inferred', 'public-record']
				RETURN e.id + ' ' + x.id AS id""")).as("participations without a basis").isEmpty();
		assertThat(query("""
				MATCH (x) WHERE (x:Event OR x:Measure) AND x.basis = 'inferred' AND coalesce(x.reasoning, '') = ''
				RETURN x.id AS id
				UNION
				MATCH (x)-[r:PARTICIPATED_IN]->(e:Event) WHERE r.basis = 'inferred' AND coalesce(r.reasoning, '') = ''
				RETURN e.id + ' ' + x.id AS id""")).as("inferred facts without reasoning").isEmpty();
		// 001 never names the two who spoke: its participations are inferred from 000
		assertThat(query("""
				MATCH (p:Person)-[r:PARTICIPATED_IN]->(:Event {id: 'demand-us-concrete-offer-2018-11'})
				RETURN p.id AS id, r.basis AS basis""")).extracting(r -> r.get("basis")).containsOnly("inferred");
	}

	@Test
	void aPersonTakesPartAsTheArticlesSayOrTheParticipationIsInferred() {
		// an article-based participation of a person names that person (name or alias) in one of the event's phrases,
		// or in a phrase of an event it is part of; otherwise it must be marked inferred
		assertThat(query("""
				MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event) WHERE NOT e:Synthetic AND r.basis = 'article'
				  AND NOT EXISTS {
				    MATCH (e)-[:DURING|FOLLOWS*0..1]-(near:Event)-[:EVIDENCED_BY]->(ev:Evidence)
				    WHERE any(n IN [p.name] + coalesce(p.aliases, []) WHERE toLower(ev.phrase) CONTAINS toLower(n)) }
				  AND NOT EXISTS { (p)-[:EVIDENCED_BY]->(:Evidence)<-[:EVIDENCED_BY]-(e) }
				RETURN e.id + ' ' + p.id AS id ORDER BY id""")).as("participations no phrase names").isEmpty();
	}

	@Test
	void editorialTitlesAreMarked() {
		for (var row : query("MATCH (s:Source {kind: 'article'}) RETURN s.id AS id, s.title AS title, s.titleEditorial AS editorial")) {
			String text = SourceArticles.text((String) row.get("id"));
			assertThat(row.get("editorial")).as("titleEditorial of %s", row.get("id"))
				.isEqualTo(!text.contains((String) row.get("title")));
		}
	}

	@Test
	void anEndKnownToTheMonthHoldsThroughTheMonth() {
		assertThat(query("""
				MATCH (t:Tenure) WHERE t.end IS NOT NULL AND CASE t.endPrecision
				  WHEN 'month' THEN t.end <> date.truncate('month', t.end) + duration('P1M') - duration('P1D')
				  WHEN 'year' THEN NOT (t.end.month = 12 AND t.end.day = 31)
				  ELSE false END
				RETURN t.id AS id""")).as("tenures whose month or year end does not hold through the period").isEmpty();
		assertThat(count("MATCH (t:Tenure) WHERE t.endPrecision = 'month' RETURN count(t)")).isPositive();
	}

	/** A seed that adds a label or type the schema does not know could be exported and backed up but never restored. */
	@Test
	void everyLabelAndTypeOfTheSeedIsInTheSchema() {
		var labels = query("MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l AS name").stream()
			.map(row -> (String) row.get("name")).filter(l -> !org.parley.graph.Schema.internal(l)).toList();
		var types = query("MATCH (a)-[r]->() WHERE none(l IN labels(a) WHERE l STARTS WITH '__') RETURN DISTINCT type(r) AS name").stream()
			.map(row -> (String) row.get("name")).toList();
		assertThat(labels).hasSizeGreaterThan(10).allSatisfy(l -> assertThat(org.parley.graph.Schema.LABELS).contains(l));
		assertThat(types).hasSizeGreaterThan(20).allSatisfy(t -> assertThat(org.parley.graph.Schema.TYPES).contains(t));
	}
}
