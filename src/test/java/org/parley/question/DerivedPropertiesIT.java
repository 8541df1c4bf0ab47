package org.parley.question;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.generate.SyntheticNetwork;
import org.parley.graph.ContactTallies;
import org.parley.graph.Contacts;
import org.parley.graph.StanceScores;
import org.parley.graph.StanceSides;
import org.parley.load.BulkLoader;
import org.parley.load.LoadCsv;
import org.parley.report.catalog.PackagedReports;
import org.parley.report.format.QueryResult;
import org.parley.testing.SeededTestBase;
import org.parley.testing.GraphTestBase.DropsCachedPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties the whole-side questions read instead of relationships equal what their rules compute from the
 * relationships after every kind of write (seed, curation: {@code add event}, {@code assess}, {@code merge} across
 * sides; {@code ingest apply}, both bulk loads, restore, the migrations): a stance's {@code personSide} and
 * {@code compares} ({@code hawks --side}, V0006) and a contact's {@code contactSides} ({@code channels} over all
 * contacts, V0007), the contacts' monthly tallies ({@code channels} over all contacts, V0011) and a person's score
 * timeline ({@code hawks}' top, V0009). And the questions answer the same as
 * when read from the relationships.
 */
@DropsCachedPlans
class DerivedPropertiesIT extends SeededTestBase {

	/** channels' old condition on a contact, read from its participations. */
	private static final String BY_PARTICIPATIONS = """
			MATCH (e:Contact) WHERE all(side IN $sides WHERE EXISTS {
			  MATCH (e)<-[r:PARTICIPATED_IN]-(:Person) WHERE r.side = side AND NOT r.role IN ['subject', 'reporter'] })
			RETURN e.id AS id ORDER BY id""";

	private static final String BY_PROPERTY = """
			MATCH (e:Contact) WHERE all(side IN $sides WHERE side IN e.contactSides) RETURN e.id AS id ORDER BY id""";

	@TempDir
	Path dir;

	/** Stances whose side properties, people whose score timelines, and tallies that are not what their rules give. */
	private static List<String> wrong() {
		var wrong = new java.util.ArrayList<>(graph().read(StanceSides.WRONG, Map.of(), r -> r.get("id").asString()));
		wrong.addAll(graph().read(StanceScores.WRONG, Map.of(), r -> "timeline of " + r.get("id").asString()));
		wrong.addAll(graph().read(ContactTallies.WRONG, Map.of(), r -> r.get("id").asString()));
		return wrong;
	}

	private static List<String> wrongContacts() {
		return graph().read(Contacts.WRONG_SIDES, Map.of(), r -> r.get("id").asString());
	}

	private static void sameContacts(List<String> sides) {
		List<String> read = graph().read(BY_PARTICIPATIONS, Map.of("sides", sides), r -> r.get("id").asString());
		assertThat(read).isNotEmpty();
		assertThat(graph().read(BY_PROPERTY, Map.of("sides", sides), r -> r.get("id").asString())).isEqualTo(read);
	}

	@Test
	void seedSetsThemOnEveryStanceAndContact() {
		assertThat(wrong()).isEmpty();
		assertThat(wrongContacts()).isEmpty();
		sameContacts(List.of("US", "CN"));
		assertThat(count("MATCH (e:Contact) WHERE e.contactSides = ['CN', 'US'] RETURN count(e)")).isGreaterThan(10);
		assertThat(count("MATCH (s:Stance) WHERE s.personSide IS NOT NULL RETURN count(s)"))
			.isEqualTo(count("MATCH (s:Stance) RETURN count(s)")).isGreaterThan(5);
		// Liu He is described as more of a dove than ... : the seed's one comparison
		assertThat(count("MATCH (s:Stance {compares: true}) RETURN count(s)")).isPositive();
		assertThat(count("MATCH (s:Stance {compares: true}) WHERE NOT EXISTS { (s)-[:COMPARED_WITH]->() } RETURN count(s)")).isZero();
		// Zhong Shan: assessed on 2019-07-24 as a hawk (0.6) and as more of a hardliner than Liu He (no score)
		assertThat(graph().read("MATCH (p:Person {name: 'Zhong Shan'}) RETURN p.scoreDates AS d, p.scores AS s, p.rankedFrom AS f",
				Map.of(), r -> List.of(r.get("d").asList(), r.get("s").asList(), r.get("f").asLocalDate())))
			.containsExactly(List.of(List.of(LocalDate.of(2019, 7, 24)), List.of(0.6), LocalDate.of(2019, 7, 24)));
		assertThat(graph().read("MATCH (p:Person {name: 'Liu He'}) RETURN p.scoreDates AS d, p.rankedFrom AS f", Map.of(),
				r -> r.get("d").isNull() + " " + r.get("f").asLocalDate())).containsExactly("true 2019-07-24");
		// Larry Kudlow: one assessment without a score ("optimist"), so his score from then on is NaN (none)
		assertThat(graph().read("MATCH (p:Person {name: 'Larry Kudlow'}) RETURN [v IN p.scores | toString(v)] AS s", Map.of(),
				r -> r.get("s").asList())).containsExactly(List.of("NaN"));
	}

	@Test
	void retractingAStanceRanksItsPeopleWithoutIt() {
		assertThat(out("hawks", "--side", "CN", "--at", "2019-12-31", "--format", "csv")).contains("\n1,Zhong Shan,CN,0.6,")
			.contains(",Liu He,CN,,");
		out("retract", "stance-zhong-shan-hawk-china-watchers-2019", "--reason", "The outlet withdrew the assessment");
		assertThat(wrong()).isEmpty();
		String after = out("hawks", "--side", "CN", "--at", "2019-12-31", "--format", "csv");
		// his one scored assessment is gone: he is ranked without a score, after Li Keqiang
		assertThat(after).contains("\n1,Li Keqiang,CN,-0.5,").contains(",Zhong Shan,CN,,hardliner,");
		assertThat(after).isEqualTo(out("hawks", "--side", "CN", "--at", "2019-12-31", "--all", "--format", "csv"));
		out("retract", "stance-zhong-shan-hardliner-2019", "--reason", "The outlet withdrew that one too");
		assertThat(wrong()).isEmpty();
		// nothing holds of him, nor of Liu He, whom only that assessment compared with him
		assertThat(out("hawks", "--side", "CN", "--at", "2019-12-31", "--format", "csv")).doesNotContain("Zhong Shan")
			.doesNotContain("Liu He").contains("1,Li Keqiang,CN,-0.5,");
	}

	@Test
	void addEventAssessAndMergeAcrossSidesKeepThem() {
		out("add", "source", "--title", "Readout of the call", "--outlet", "Xinhua", "--published", "2025-10-20");
		out("add", "person", "Lee Dupe", "--side", "US", "--source", "Readout of the call");
		out("add", "event", "--channel", "phone-call", "--date", "2025-10-21", "--participants", "Lee Dupe, He Lifeng",
				"--source", "Readout of the call");
		assertThat(wrongContacts()).isEmpty();
		assertThat(count("MATCH (e:Contact {date: date('2025-10-21')}) WHERE e.contactSides = ['CN', 'US'] RETURN count(e)")).isOne();
		out("assess", "Lee Dupe", "--stance", "hawk", "--issue", "tariffs", "--from", "2025-10-20", "--source", "Readout of the call");
		assertThat(wrong()).isEmpty();
		assertThat(count("MATCH (s:Stance)-[:OF]->(:Person {name: 'Lee Dupe'}) WHERE s.personSide = 'US' RETURN count(s)")).isOne();
		// the duplicate's stance moves to a person of the other side: its side follows
		out("merge", "Liu He", "Lee Dupe");
		assertThat(wrong()).isEmpty();
		assertThat(wrongContacts()).isEmpty();
		assertThat(out("hawks", "--side", "CN", "--at", "2025-12-31", "--format", "csv")).contains("Liu He,CN,");
		assertThat(out("hawks", "--side", "US", "--at", "2025-12-31", "--format", "csv")).doesNotContain("Liu He");
	}

	@Test
	void anAdHocWriteKeepsThem() {
		// a call between people of both sides, and an assessment of one of them, written by hand
		String write = """
				MATCH (us:Person {name: 'Steven Mnuchin'}), (cn:Person {name: 'Liu He'}), (o:Organization)
				WITH us, cn, o LIMIT 1
				CREATE (e:Event {id: 'adhoc-call', channel: 'phone-call', date: date('2025-10-22'), status: 'held'}),
				       (us)-[:PARTICIPATED_IN {side: 'US', role: 'principal'}]->(e),
				       (cn)-[:PARTICIPATED_IN {side: 'CN', role: 'principal'}]->(e),
				       (s:Stance {id: 'adhoc-stance', label: 'hawk', score: 0.9, validFrom: date('2025-10-22')})-[:OF]->(cn),
				       (s)-[:ASSESSED_BY]->(o)""";
		assertThat(out("cypher", write, "--write")).contains("nodes created");
		assertThat(wrong()).isEmpty();
		assertThat(wrongContacts()).isEmpty();
		assertThat(count("MATCH (e:Contact {id: 'adhoc-call'}) WHERE e.contactSides = ['CN', 'US'] RETURN count(e)")).isOne();
		assertThat(out("hawks", "--side", "CN", "--at", "2025-12-31", "--format", "csv")).contains("\n1,Liu He,CN,0.9,");
	}

	/**
	 * People of side ZZ, made for what a generated network lacks: several assessors holding at once (four whose mean
	 * rounds differently by the order of the sum), two stances of one assessor on one day, one stance of two
	 * assessors, a later assessment without a score, ties at every cut, a retracted stance, a person only compared
	 * with, and a stance without a date.
	 */
	private static final String HAND_MADE = """
			CREATE (:Country {id: 'ZZ', name: 'Zedland'}),
			       (a1:Organization {id: 'zz-a1', name: 'Desk 1'}), (a2:Organization {id: 'zz-a2', name: 'Desk 2'}),
			       (a3:Organization {id: 'zz-a3', name: 'Desk 3'}), (a4:Organization {id: 'zz-a4', name: 'Desk 4'})
			WITH a1, a2, a3, a4
			UNWIND range(1, 12) AS i
			CREATE (:Person {id: 'zz-p' + right('0' + i, 2), name: 'Zed ' + right('0' + i, 2), side: 'ZZ'})
			WITH a1, a2, a3, a4, collect(i) AS made
			MATCH (p01:Person {id: 'zz-p01'}), (p02:Person {id: 'zz-p02'}), (p03:Person {id: 'zz-p03'}), (p04:Person {id: 'zz-p04'}),
			      (p05:Person {id: 'zz-p05'}), (p06:Person {id: 'zz-p06'}), (p07:Person {id: 'zz-p07'}), (p08:Person {id: 'zz-p08'}),
			      (p09:Person {id: 'zz-p09'}), (p10:Person {id: 'zz-p10'}), (p11:Person {id: 'zz-p11'}), (p12:Person {id: 'zz-p12'})
			CREATE (s1:Stance {id: 'zz-s01', label: 'dove', score: -1.0, validFrom: date('2019-03-01')})-[:OF]->(p01), (s1)-[:ASSESSED_BY]->(a1),
			       (s2:Stance {id: 'zz-s02', label: 'dove', score: -0.95, validFrom: date('2019-03-01')})-[:OF]->(p01), (s2)-[:ASSESSED_BY]->(a2),
			       (s3:Stance {id: 'zz-s03', label: 'dove', score: -0.85, validFrom: date('2019-03-01')})-[:OF]->(p01), (s3)-[:ASSESSED_BY]->(a3),
			       (s4:Stance {id: 'zz-s04', label: 'dove', score: -0.9, validFrom: date('2019-03-01')})-[:OF]->(p01), (s4)-[:ASSESSED_BY]->(a4),
			       (s5:Stance {id: 'zz-s05a', label: 'hawk', score: 0.5, validFrom: date('2019-05-01')})-[:OF]->(p02), (s5)-[:ASSESSED_BY]->(a1),
			       (s6:Stance {id: 'zz-s05b', label: 'dove', score: -0.5, validFrom: date('2019-05-01')})-[:OF]->(p02), (s6)-[:ASSESSED_BY]->(a1),
			       (s7:Stance {id: 'zz-s07', label: 'optimist', validFrom: date('2019-01-01')})-[:OF]->(p03), (s7)-[:ASSESSED_BY]->(a2),
			       (s8:Stance {id: 'zz-s08', label: 'hawk', score: 0.3, validFrom: date('2019-01-01')})-[:OF]->(p04), (s8)-[:ASSESSED_BY]->(a1),
			       (s9:Stance {id: 'zz-s09', label: 'hawk', score: 0.3, validFrom: date('2019-02-01')})-[:OF]->(p05), (s9)-[:ASSESSED_BY]->(a2),
			       (s10:Stance {id: 'zz-s10', label: 'hawk', score: 0.8, validFrom: date('2019-01-01')})-[:OF]->(p06), (s10)-[:ASSESSED_BY]->(a1),
			       (s11:Stance {id: 'zz-s11', label: 'optimist', validFrom: date('2020-01-01')})-[:OF]->(p06), (s11)-[:ASSESSED_BY]->(a1),
			       (s12:Stance {id: 'zz-s12', label: 'hawk', score: 0.2, validFrom: date('2019-01-01')})-[:OF]->(p07),
			       (s12)-[:ASSESSED_BY]->(a1), (s12)-[:ASSESSED_BY]->(a2),
			       (s13:Stance {id: 'zz-s13', label: 'hawk', score: 0.6, validFrom: date('2019-09-01')})-[:OF]->(p07), (s13)-[:ASSESSED_BY]->(a2),
			       (s14:Stance {id: 'zz-s14', label: 'hardliner', relation: 'more-than', validFrom: date('2019-04-01')})-[:OF]->(p09),
			       (s14)-[:COMPARED_WITH]->(p08), (s14)-[:ASSESSED_BY]->(a3),
			       (s15:Stance:Retracted {id: 'zz-s15', label: 'hawk', score: 1.0, validFrom: date('2019-01-01')})-[:OF]->(p10), (s15)-[:ASSESSED_BY]->(a1),
			       (s16:Stance {id: 'zz-s16', label: 'hawk', score: 0.3, validFrom: date('2019-06-01')})-[:OF]->(p11), (s16)-[:ASSESSED_BY]->(a3),
			       (s17:Stance {id: 'zz-s17', label: 'hawk', score: 0.3, validFrom: date('2019-06-01')})-[:OF]->(p12), (s17)-[:ASSESSED_BY]->(a4),
			       (s18:Stance {id: 'zz-s18', label: 'hawk', score: 0.9})-[:OF]->(p12), (s18)-[:ASSESSED_BY]->(a1)""";

	@Test
	void theTopOfARankingIsItsFirstRowsOnAHandMadeSide() {
		out("cypher", HAND_MADE, "--write");
		assertThat(wrong()).isEmpty();
		var reports = new PackagedReports(graph());
		for (LocalDate at : List.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 30), LocalDate.of(2020, 6, 30))) {
			QueryResult whole = reports.run("hawks", params("side", "ZZ", "at", at));
			assertThat(whole.rows()).isNotEmpty();
			for (int top = 1; top <= whole.rows().size() + 1; top++) {
				assertThat(reports.run("hawks", params("side", "ZZ", "at", at, "limit", top)).rows()).as("top %d on %s", top, at)
					.isEqualTo(whole.rows().subList(0, Math.min(top, whole.rows().size())));
			}
			assertThat(graph().read(HawksAndStanceCommands.RANKED, params("side", "ZZ", "at", at, "synthetic", "include"),
					r -> r.get("ranked").asInt())).containsExactly(whole.rows().size());
		}
		// -1.0, -0.95, -0.85, -0.9 summed in this order give -0.92499..., in ascending order -0.92500...: both paths
		// sum in ascending order, so both round to -0.93
		assertThat(graph().read("MATCH (p:Person {id: 'zz-p01'}) RETURN p.scores AS s", Map.of(), r -> r.get("s").asList()))
			.containsExactly(List.of(-0.93));
		String late = out("hawks", "--side", "ZZ", "--at", "2020-06-30", "--all", "--format", "csv");
		assertThat(late).contains(",Zed 01,ZZ,-0.93,");
		// zz-s05a is the later of one assessor's two on one day (by id); Zed 07's two assessors hold 0.2 and 0.6
		assertThat(late).contains("\n1,Zed 02,ZZ,0.5,").contains("\n2,Zed 07,ZZ,0.4,")
			.contains(",Zed 06,ZZ,,optimist,").contains(",Zed 08,ZZ,,,less of a hardliner than Zed 09,")
			.doesNotContain("Zed 10");
		assertThat(late.lines().filter(line -> line.contains(",0.3,")).map(line -> line.split(",")[0]).distinct().toList())
			.as("four people tied on 0.3 share a rank").hasSize(1);
		assertThat(late.lines().filter(line -> line.contains(",0.3,")).count()).isEqualTo(4);
	}

	@Test
	void mergingTwoAssessorsAndUnloadingKeepThem() {
		out("cypher", """
				CREATE (:Country {id: 'ZZ', name: 'Zedland'}), (x:Person {id: 'zz-x', name: 'Assessed One', side: 'ZZ'}),
				       (a:Person {id: 'zz-a', name: 'Assessor Keep', side: 'ZZ'}), (b:Person {id: 'zz-b', name: 'Assessor Dupe', side: 'ZZ'}),
				       (s:Stance {id: 'zz-sa', label: 'hawk', score: 0.8, validFrom: date('2019-01-01')})-[:OF]->(x), (s)-[:ASSESSED_BY]->(a),
				       (t:Stance {id: 'zz-sb', label: 'hawk', score: 0.2, validFrom: date('2019-02-01')})-[:OF]->(x), (t)-[:ASSESSED_BY]->(b)""",
				"--write");
		assertThat(out("hawks", "--side", "ZZ", "--at", "2019-12-31", "--format", "csv")).contains("\n1,Assessed One,ZZ,0.5,");
		// one assessor now: only the later of the two assessments holds
		out("merge", "Assessor Keep", "Assessor Dupe");
		assertThat(wrong()).isEmpty();
		assertThat(out("hawks", "--side", "ZZ", "--at", "2019-12-31", "--format", "csv")).contains("\n1,Assessed One,ZZ,0.2,");

		// a synthetic assessment of a curated person goes with unload
		out("cypher", """
				MATCH (x:Person {id: 'zz-x'})
				CREATE (s:Stance:Synthetic {id: 'syn-zz', label: 'dove', score: -1.0, validFrom: date('2019-03-01')})-[:OF]->(x),
				       (s)-[:ASSESSED_BY]->(:Organization:Synthetic {id: 'syn-zz-desk', name: 'Synthetic desk'})""", "--write");
		assertThat(out("hawks", "--side", "ZZ", "--at", "2019-12-31", "--format", "csv")).contains("\n1,Assessed One,ZZ,-0.4,");
		out("unload", "--yes");
		assertThat(wrong()).isEmpty();
		assertThat(out("hawks", "--side", "ZZ", "--at", "2019-12-31", "--format", "csv")).contains("\n1,Assessed One,ZZ,0.2,");
	}

	@Test
	void ingestApplyKeepsThem() throws IOException {
		Path article = dir.resolve("misspelt.txt");
		Files.copy(Path.of("src/test/resources/ingest/labelled/01_misspellings.txt"), article);
		Path proposals = dir.resolve("misspelt.proposals.yaml");
		out("ingest", article.toString(), "--published", "2025-11-04", "--outlet", "Example Wire", "--out", proposals.toString());
		Files.writeString(proposals, Files.readString(proposals).replace("decision: pending", "decision: accept"));
		out("ingest", "apply", proposals.toString(), "--by", "analyst-7");
		assertThat(count("MATCH (e:Contact {id: 'phone-call-bessent-lifeng-2025-11-01'}) RETURN count(e)")).isOne();
		assertThat(wrong()).isEmpty();
		assertThat(wrongContacts()).isEmpty();
	}

	/**
	 * channels over all contacts counted from the monthly tallies (no ids asked, whole months) answers what counting
	 * every contact answers (with ids), on the seed (spans, counts that are lower bounds) and with a network loaded, and
	 * reads the tallies: a tally changed by hand shows.
	 */
	@Test
	void channelsFromTheTalliesAnswersAsFromEveryContact() {
		var reports = new PackagedReports(graph());
		// no value for facts is no ids: counted from the tallies like false
		assertThat(reports.run("channels", params("by", "year", "sides", List.of("US", "CN"), "facts", null)).rows())
			.isNotEmpty().isEqualTo(reports.run("channels", params("by", "year", "sides", List.of("US", "CN"), "facts", false)).rows());
		assertThat(sameChannels(reports, List.of("US", "CN")))
			.anyMatch(row -> row.get(0).toString().contains("..")).anyMatch(row -> row.contains("at least"));
		SyntheticNetwork.write(300, 3_000, 2, 7, dir.resolve("net"));
		new BulkLoader(graph(), 200, 2, false).load(dir.resolve("net"));
		assertThat(sameChannels(reports, List.of("syn-c00", "syn-c01"))).hasSizeGreaterThan(100);
		graph().inWrite(tx -> tx.run("MATCH (t:__ContactTally) SET t.contacts = t.contacts + 1000").consume());
		assertThat(reports.run("channels", params("by", "year", "sides", List.of("US", "CN"), "facts", false)).rows())
			.isNotEqualTo(reports.run("channels", params("by", "year", "sides", List.of("US", "CN"), "facts", true))
				.without("fact").rows());
		// what the tallies cannot answer is counted contact by contact: part of a month, a publication date
		for (var values : List.of(params("from", LocalDate.of(2018, 11, 10)), params("to", LocalDate.of(2019, 7, 30)),
				params("asOf", LocalDate.of(2020, 1, 1)))) {
			values.putAll(params("by", "quarter", "sides", List.of("US", "CN"), "facts", false));
			QueryResult tallied = reports.run("channels", values);
			values.put("facts", true);
			assertThat(tallied.without("fact").rows()).as("%s", values).isNotEmpty()
				.isEqualTo(reports.run("channels", values).without("fact").rows());
		}
	}

	/** The rows of channels by month, quarter and year, whole and from 2018 to 2019, asked both ways: the same. */
	private static List<List<Object>> sameChannels(PackagedReports reports, List<String> sides) {
		var all = new java.util.ArrayList<List<Object>>();
		for (String by : List.of("month", "quarter", "year")) {
			for (LocalDate[] range : List.of(new LocalDate[] { null, null },
					new LocalDate[] { LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31) })) {
				var values = params("by", by, "sides", sides, "from", range[0], "to", range[1], "facts", false);
				QueryResult tallied = reports.run("channels", values);
				values.put("facts", true);
				QueryResult counted = reports.run("channels", values).without("fact");
				assertThat(tallied.without("fact").rows()).as("by %s from %s to %s", by, range[0], range[1])
					.isNotEmpty().isEqualTo(counted.rows());
				all.addAll(counted.rows());
			}
		}
		return all;
	}

	@Test
	void bothBulkLoadsSetThemAndHawksAnswersAsWithoutThem() {
		Path network = dir.resolve("net");
		SyntheticNetwork.write(300, 3_000, 2, 7, network);
		new BulkLoader(graph(), 200, 2, false).load(network);
		assertThat(wrong()).isEmpty();
		assertThat(wrongContacts()).isEmpty();
		sameContacts(List.of("syn-c00", "syn-c01"));
		assertThat(count("MATCH (s:Stance:Synthetic) WHERE s.personSide STARTS WITH 'syn-' RETURN count(s)")).isPositive();
		var reports = new PackagedReports(graph());
		// month ends and a leap day too: the ages are whole months, counted as duration.between counts them
		for (LocalDate at : List.of(LocalDate.of(2016, 6, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2019, 1, 31),
				LocalDate.of(2020, 2, 29), LocalDate.of(2021, 3, 30))) {
			// the same ranking when the precomputed sides are gone: hawks over every side, then a side's rows
			QueryResult all = reports.run("hawks", params("side", null, "at", at));
			for (String side : List.of("syn-c00", "syn-c01")) {
				QueryResult indexed = reports.run("hawks", params("side", side, "at", at));
				assertThat(indexed.rows()).isNotEmpty();
				// (a name two people share across sides is shown with their ids in the answer over every side only)
				assertThat(indexed.rows().stream().map(r -> plainName(r.get(1))).toList())
					.containsExactlyInAnyOrderElementsOf(all.rows().stream().filter(r -> side.equals(r.get(2)))
						.map(r -> plainName(r.get(1))).toList());
				sameAgesAsDurationBetween(indexed, at);
				// the top of the ranking, read from the score timelines, is the whole ranking's first rows
				for (int top : List.of(1, 7, 40)) {
					QueryResult first = reports.run("hawks", params("side", side, "at", at, "limit", top));
					assertThat(first.rows()).as("top %d of %s on %s", top, side, at)
						.isEqualTo(indexed.rows().subList(0, Math.min(top, indexed.rows().size())));
				}
				assertThat(graph().read(HawksAndStanceCommands.RANKED, params("side", side, "at", at, "synthetic", "include"),
						r -> r.get("ranked").asInt())).containsExactly(indexed.rows().size());
			}
			QueryResult onlyTop = reports.run("hawks", params("side", null, "at", at, "limit", 25, "synthetic", "only"));
			QueryResult onlyAll = reports.run("hawks", params("side", null, "at", at, "synthetic", "only"));
			assertThat(onlyTop.rows()).isEqualTo(onlyAll.rows().subList(0, Math.min(25, onlyAll.rows().size())));
		}
		clearData();
		loadSeed();
		new LoadCsv(graph(), 500, false).load(network);
		assertThat(wrong()).isEmpty();
		assertThat(wrongContacts()).isEmpty();
		sameContacts(List.of("syn-c00", "syn-c01"));
	}

	@Test
	void restoreAndTheMigrationSetThemOnAStoreWithout() throws IOException {
		setAgain("MATCH (s:Stance) REMOVE s.personSide, s.compares", () -> StanceSides.markAll(graph()),
				"V0006__Stance_sides.cypher", DerivedPropertiesIT::wrong);
		setAgain("MATCH (p:Person) REMOVE p.scoreDates, p.scores, p.rankedFrom", () -> StanceScores.markAll(graph()),
				"V0009__Person_score_timelines.cypher", DerivedPropertiesIT::wrong);
		setAgain("MATCH (e:Event) REMOVE e.contactSides", () -> Contacts.markAll(graph()), "V0007__Contact_sides.cypher",
				DerivedPropertiesIT::wrongContacts);
		setAgain("MATCH (n) WHERE n:__ContactTally OR n:__ContactMonth DELETE n", () -> ContactTallies.markAll(graph()),
				"V0011__Contact_tallies.cypher", DerivedPropertiesIT::wrong);
	}

	/**
	 * Removes derived properties ({@code remove}), then checks that what a restore runs ({@code markAll}) sets them
	 * again, and so does the migration that introduced them, each time on a store without them.
	 */
	private static void setAgain(String remove, Runnable markAll, String migration,
			java.util.function.Supplier<List<String>> wrong) throws IOException {
		graph().inWrite(tx -> tx.run(remove).consume());
		assertThat(wrong.get()).as(migration).isNotEmpty();
		markAll.run();
		assertThat(wrong.get()).as(migration).isEmpty();
		graph().inWrite(tx -> tx.run(remove).consume());
		String text = Files.readString(Path.of("src/main/resources/neo4j/migrations/" + migration));
		graph().inWrite(tx -> tx.run(text.strip().replaceAll(";$", "")).consume());
		assertThat(wrong.get()).as(migration).isEmpty();
	}

	/** Each assessment's age in a hawks answer is what duration.between gives from its validFrom to the date. */
	private static void sameAgesAsDurationBetween(QueryResult ranked, LocalDate at) {
		int ages = ranked.columns().indexOf("age");
		int facts = ranked.columns().indexOf("fact");
		for (List<Object> row : ranked.rows()) {
			List<String> expected = graph().read("""
					UNWIND $ids AS id
					MATCH (s:Stance {id: id})
					WITH duration.between(s.validFrom, $at) AS d
					RETURN CASE WHEN d.years > 0 THEN toString(d.years) + 'y ' ELSE '' END + toString(d.monthsOfYear) + 'm' AS age""",
					Map.of("ids", row.get(facts), "at", at), r -> r.get("age").asString());
			assertThat(row.get(ages)).as("ages of %s on %s", row.get(1), at).isEqualTo(expected);
		}
	}

	private static Map<String, Object> params(Object... keysAndValues) {
		var map = new java.util.HashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static String plainName(Object shown) {
		return String.valueOf(shown).replaceFirst(" \\(syn-[^)]*\\)$", "");
	}
}
