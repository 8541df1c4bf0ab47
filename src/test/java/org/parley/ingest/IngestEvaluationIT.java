package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parley.testing.GraphTestBase;
import org.parley.seed.SeedLoader;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation of {@code ingest} (issue 20), not a timed test: leave one article out on the seed, a cold run, and the
 * labelled articles of {@code src/test/resources/ingest/labelled}. Prints the table the README shows and writes it to
 * {@code target/ingest-evaluation.md}; asserts floors the current numbers meet, so a regression fails.
 * Reproduce: {@code mvn -B -q -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=IngestEvaluationIT}
 * (the articles are read from {@code ../shared/articles}, beside the checkout).
 */
class IngestEvaluationIT extends GraphTestBase {

	static final Path ARTICLES = Path.of("../shared/articles");

	static final Path LABELLED = Path.of("src/test/resources/ingest/labelled");

	private static final Pattern EVENT_ID = Pattern.compile("\\{id: '([^']+)', title: '.*channel: '");

	private static final Pattern SOURCE_ID = Pattern.compile("MATCH \\(src:Source \\{id: '([^']+)'\\}\\)");

	private static final String GOLD_EVENTS = """
			UNWIND $ids AS id MATCH (e:Event {id: id})
			OPTIONAL MATCH (p:Person)-[r:PARTICIPATED_IN]->(e)
			WHERE NOT coalesce(r.role, '') IN ['subject', 'reporter'] AND coalesce(r.basis, 'article') <> 'inferred'
			WITH e, collect(DISTINCT p.id) AS people
			RETURN e.id AS id, e.channel AS channel, e.date AS date, coalesce(e.datePrecision, 'day') AS precision, e.endDate AS end,
			       coalesce(e.status, 'happened') AS status, coalesce(e.basis, 'article') AS basis, e.dateBasis AS dateBasis, people
			""";

	private static final String GOLD_PEOPLE = """
			MATCH (p:Person)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Source {id: $source}) RETURN DISTINCT p.id AS id
			""";

	private static final String EVIDENCED_EVENTS = """
			MATCH (e:Event)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Source {id: $source}) RETURN DISTINCT e.id AS id
			""";

	private static final String NAMES = "MATCH (p:Person) RETURN p.id AS id, [p.name] + coalesce(p.aliases, []) AS names";

	private static final String PUBLISHED = "MATCH (s:Source {id: $source}) RETURN s.published AS published";

	/** One seed article: its file, source id, publication day, gold people and gold interactions. */
	record Gold(Path seedFile, String source, LocalDate published, Set<String> people, List<Scoring.Interaction> interactions) {
	}

	@Test
	void leaveOneOutColdRunAndLabelledArticles() throws IOException {
		List<Path> seedFiles;
		try (Stream<Path> files = Files.list(SEED_DIR)) {
			seedFiles = files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
		}
		List<Path> articleFiles = seedFiles.stream().filter(f -> f.getFileName().toString().matches("1\\d_article_.*")).toList();
		clearData();
		loadSeed();
		var golds = new ArrayList<Gold>();
		for (Path f : articleFiles) {
			golds.add(gold(f));
		}
		Map<String, List<String>> names = new LinkedHashMap<>();
		graph().read(NAMES, Map.of(), r -> names.put(r.get("id").asString(), r.get("names").asList(v -> v.asString().toLowerCase(Locale.ROOT))));

		var report = new StringBuilder("Leave one article out (reference, institution, people and source files plus the other four articles "
				+ "loaded; gold: the held-out article's events with people taking part, not inferred, and the events of other articles it "
				+ "gives evidence of; people: those the held-out article's evidence names, and only they count as an event's participants):\n\n")
			.append(Scoring.HEADER).append('\n');
		var total = new Scoring.Tally();
		long extractNanos = 0;
		int words = 0;
		for (Gold held : golds) {
			clearData();
			Path dir = Files.createTempDirectory("parley-loo-");
			for (Path f : seedFiles) {
				String n = f.getFileName().toString();
				if (!f.equals(held.seedFile()) && !n.startsWith("20_")) {
					Files.copy(f, dir.resolve(n));
				}
			}
			SeedLoader.forDirectory(graph(), dir).load();
			var article = Article.read(ARTICLES.resolve(held.source() + ".txt"), held.published(), null, null);
			var gazetteer = Gazetteer.load(graph());
			long t0 = System.nanoTime();
			var proposals = new Extractor(gazetteer, Cues.get()).extract(article);
			extractNanos += System.nanoTime() - t0;
			words += article.text().split("\\s+").length;
			var tally = Scoring.score(held.source(), article.text(), held.people(), held.interactions(), Scoring.people(proposals),
					Scoring.interactions(proposals, gazetteer), proposals.proposals());
			report.append(tally.row(held.source())).append('\n');
			total.add(tally);
		}
		report.append(total.row("**all five**")).append('\n');
		report.append(String.format(Locale.ROOT, "%nProposing took %.0f ms for the five articles (%d words), gazetteer loaded; load average %s.%n",
				extractNanos / 1e6, words, loadAverage()));

		// cold run: only reference and institution files; every person named is a new-person proposal
		clearData();
		Path cold = Files.createTempDirectory("parley-cold-");
		for (Path f : seedFiles) {
			String n = f.getFileName().toString();
			if (n.startsWith("00_") || n.startsWith("01_")) {
				Files.copy(f, cold.resolve(n));
			}
		}
		SeedLoader.forDirectory(graph(), cold).load();
		int coldTrue = 0;
		int coldProposed = 0;
		int coldGold = 0;
		var coldMisses = new ArrayList<String>();
		for (Gold held : golds) {
			var article = Article.read(ARTICLES.resolve(held.source() + ".txt"), held.published(), null, null);
			var proposals = new Extractor(Gazetteer.load(graph()), Cues.get()).extract(article);
			var found = new HashSet<String>();
			for (Proposal p : proposals.proposals()) {
				if (p.kind().equals("person") && "new".equals(p.text("person"))) {
					coldProposed++;
					String name = p.text("name").toLowerCase(Locale.ROOT);
					var hit = held.people().stream().filter(id -> names.getOrDefault(id, List.of()).contains(name)).findFirst();
					if (hit.isPresent() && found.add(hit.get())) {
						coldTrue++;
					}
					else {
						coldMisses.add(held.source() + ": cold new person not in gold: " + p.text("name"));
					}
				}
			}
			coldGold += held.people().size();
		}
		report.append(String.format(Locale.ROOT, "%nCold run (only 00_reference and 01_institutions loaded): new-person proposals "
				+ "precision %.2f (%d/%d), recall %.2f (%d/%d).%n", Scoring.Tally.ratio(coldTrue, coldProposed), coldTrue, coldProposed,
				Scoring.Tally.ratio(coldTrue, coldGold), coldTrue, coldGold));

		// labelled articles, against the whole seed
		clearData();
		loadSeed();
		var labelled = new Scoring.Tally();
		report.append("\nLabelled articles (src/test/resources/ingest/labelled, whole seed loaded):\n\n").append(Scoring.HEADER).append('\n');
		List<Path> texts;
		try (Stream<Path> files = Files.list(LABELLED)) {
			texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		int nothingRight = 0;
		int nothingTotal = 0;
		for (Path text : texts) {
			String name = text.getFileName().toString().replace(".txt", "");
			Map<String, Object> gold = new Yaml().load(Files.readString(LABELLED.resolve(name + ".gold.yaml")));
			var article = Article.read(text, LocalDate.parse(String.valueOf(gold.get("published"))), null, null);
			var gazetteer = Gazetteer.load(graph());
			var proposals = new Extractor(gazetteer, Cues.get()).extract(article);
			if (Boolean.TRUE.equals(gold.get("nothing"))) {
				nothingTotal++;
				if (proposals.proposals().isEmpty()) {
					nothingRight++;
				}
				else {
					labelled.misses.add(name + ": expected nothing, got " + proposals.proposals().size());
				}
			}
			var goldPeople = new HashSet<String>(strings(gold.get("people")));
			var goldEvents = new ArrayList<Scoring.Interaction>();
			for (Object o : (List<?>) gold.getOrDefault("interactions", List.of())) {
				Map<?, ?> m = (Map<?, ?>) o;
				goldEvents.add(new Scoring.Interaction(name, String.valueOf(m.get("channel")), LocalDate.parse(String.valueOf(m.get("date"))),
						String.valueOf(m.get("precision")), m.get("endDate") == null ? null : LocalDate.parse(String.valueOf(m.get("endDate"))),
						"happened".equals(m.get("status")), new HashSet<>(strings(m.get("people"))),
						String.valueOf(m.get("dateBasis"))));
			}
			var tally = Scoring.score(name, article.text(), goldPeople, goldEvents, Scoring.people(proposals),
					Scoring.interactions(proposals, gazetteer), proposals.proposals());
			// new people by name, and no new person for a misspelling of a known one
			for (String n : strings(gold.get("newPeople"))) {
				tally.peopleGold++;
				if (proposals.proposals().stream().anyMatch(p -> p.kind().equals("person") && "new".equals(p.text("person")) && n.equals(p.text("name")))) {
					tally.peopleTrue++;
				}
			}
			for (Proposal p : proposals.proposals()) {
				if (p.kind().equals("person") && "new".equals(p.text("person"))) {
					tally.peopleProposed++;
					if (!strings(gold.get("newPeople")).contains(p.text("name"))) {
						tally.misses.add(name + ": unexpected new person " + p.text("name"));
					}
				}
			}
			report.append(tally.row(name)).append('\n');
			labelled.add(tally);
		}
		report.append(labelled.row("**all labelled**")).append('\n');
		report.append("\nArticles about something else or in another language with nothing proposed: ").append(nothingRight).append('/')
			.append(nothingTotal).append('\n');
		var misses = new ArrayList<String>(total.misses);
		misses.addAll(coldMisses);
		misses.addAll(labelled.misses);
		report.append("\nDisagreements:\n");
		misses.forEach(m -> report.append("- ").append(m).append('\n'));
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/ingest-evaluation.md"), report.toString());

		// floors the current numbers meet: a regression fails
		assertThat(labelled.spansCited).as("every proposal cites its span").isEqualTo(labelled.proposals);
		assertThat(total.spansCited).as("every proposal cites its span").isEqualTo(total.proposals);
		assertThat(nothingRight).isEqualTo(nothingTotal);
		assertThat(labelled.peopleP()).isGreaterThanOrEqualTo(FLOOR_LABELLED_PEOPLE_P);
		assertThat(labelled.peopleR()).isGreaterThanOrEqualTo(FLOOR_LABELLED_PEOPLE_R);
		assertThat(labelled.eventsP()).isGreaterThanOrEqualTo(FLOOR_LABELLED_EVENTS_P);
		assertThat(labelled.eventsR()).isGreaterThanOrEqualTo(FLOOR_LABELLED_EVENTS_R);
		assertThat(total.peopleP()).isGreaterThanOrEqualTo(FLOOR_LOO_PEOPLE_P);
		assertThat(total.peopleR()).isGreaterThanOrEqualTo(FLOOR_LOO_PEOPLE_R);
		assertThat(Scoring.Tally.ratio(coldTrue, coldProposed)).as("cold run new-person precision").isGreaterThanOrEqualTo(FLOOR_COLD_P);
		assertThat(Scoring.Tally.ratio(coldTrue, coldGold)).as("cold run new-person recall").isGreaterThanOrEqualTo(FLOOR_COLD_R);
		assertThat(total.eventsP()).isGreaterThanOrEqualTo(FLOOR_LOO_EVENTS_P);
		assertThat(total.eventsR()).isGreaterThanOrEqualTo(FLOOR_LOO_EVENTS_R);
	}

	/** The numbers of 3 Dec 2026 (README, "Ingesting new articles"): the extraction is deterministic, so at them. */
	static final double FLOOR_LABELLED_PEOPLE_P = 0.99;

	static final double FLOOR_LABELLED_PEOPLE_R = 0.99;

	static final double FLOOR_LABELLED_EVENTS_P = 0.99;

	static final double FLOOR_LABELLED_EVENTS_R = 0.99;

	static final double FLOOR_LOO_PEOPLE_P = 0.99;

	static final double FLOOR_LOO_PEOPLE_R = 0.99;

	static final double FLOOR_LOO_EVENTS_P = 0.97;

	static final double FLOOR_LOO_EVENTS_R = 0.80;

	static final double FLOOR_COLD_P = 0.92;

	static final double FLOOR_COLD_R = 0.78;

	private Gold gold(Path seedFile) throws IOException {
		String script = Files.readString(seedFile);
		var sm = SOURCE_ID.matcher(script);
		if (!sm.find()) {
			throw new IllegalStateException("no source in " + seedFile);
		}
		String source = sm.group(1);
		var ids = new ArrayList<String>();
		var em = EVENT_ID.matcher(script);
		while (em.find()) {
			ids.add(em.group(1));
		}
		// and the events of other articles this one gives evidence of: the same fact, told again
		for (String id : graph().read(EVIDENCED_EVENTS, Map.of("source", source), r -> r.get("id").asString())) {
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		LocalDate published = graph().read(PUBLISHED, Map.of("source", source), r -> r.get("published").asLocalDate()).get(0);
		var interactions = new ArrayList<Scoring.Interaction>();
		// the people the article's own evidence names: an event's participants named only in another article are not
		// this article's facts ("The two spoke by telephone" names no one)
		var people = new HashSet<String>(graph().read(GOLD_PEOPLE, Map.of("source", source), r -> r.get("id").asString()));
		for (var row : graph().read(GOLD_EVENTS, Map.of("ids", ids), r -> r)) {
			List<String> who = row.get("people").asList(v -> v.asString()).stream().filter(people::contains).toList();
			if (who.isEmpty() || row.get("basis").asString().equals("inferred")) {
				continue;
			}
			interactions.add(new Scoring.Interaction(row.get("id").asString(), row.get("channel").asString(), row.get("date").asLocalDate(),
					row.get("precision").asString(), row.get("end").isNull() ? null : row.get("end").asLocalDate(), row.get("status").asString().equals("happened"), Set.copyOf(who),
					row.get("dateBasis").asString(null)));
		}
		return new Gold(seedFile, source, published, people, interactions);
	}

	private static List<String> strings(Object o) {
		if (!(o instanceof List<?> l)) {
			return List.of();
		}
		return l.stream().map(String::valueOf).toList();
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}
}
