package org.parley.seed;

import org.parley.testing.GraphTestBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checklist of the negotiator graph against the five source articles in {@code ../shared/articles} and the
 * public-record tenures: fails when a person, organization, place, event, measure, stance, tenure or piece of
 * evidence the articles support goes missing, when an evidence phrase is not verbatim in its article, when
 * loading twice changes the graph, and when a temporal or alias look-up answers wrongly.
 */
class NegotiatorGraphIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	private static final Path ARTICLES = Path.of("..", "shared", "articles");

	private static final Pattern WORDS = Pattern.compile("[\\s\\u00A0]+");

	private static final Map<String, String> ARTICLE_IDS = Map.of(
			"000", "000_4f605919d46dec3e",
			"001", "001_4874d1d3777de1bd",
			"002", "002_49812e43c2240187",
			"003", "003_3e9800d906cc811f",
			"004", "004_ca7bab2cb521082e");

	private static final Map<String, String> TEXTS = new HashMap<>();

	@BeforeEach
	void seed() {
		loadSeed();
	}

	private static String article(String sourceId) {
		return TEXTS.computeIfAbsent(sourceId, id -> {
			try {
				return Files.readString(ARTICLES.resolve(id + ".txt"), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("article " + id + " not found under " + ARTICLES.toAbsolutePath(), ex);
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}

	private static Map<String, Map<String, Object>> byId(String cypher) {
		var out = new LinkedHashMap<String, Map<String, Object>>();
		query(cypher).forEach(row -> out.put((String) row.get("id"), row));
		return out;
	}

	// ---------------------------------------------------------------- people, organizations, places

	@Test
	void everyPersonOfTheArticlesAndOfTheTenureRecordWithSide() {
		Map<String, String> sides = new LinkedHashMap<>();
		// named in the articles
		List.of("donald-trump", "steven-mnuchin", "robert-lighthizer", "wilbur-ross", "peter-navarro", "larry-kudlow",
				"scott-bessent", "jamieson-greer").forEach(id -> sides.put(id, "US"));
		List.of("xi-jinping", "liu-he", "li-keqiang", "zhong-shan", "yi-gang", "he-lifeng")
			.forEach(id -> sides.put(id, "CN"));
		sides.put("valdis-dombrovskis", "EU");
		sides.put("lars-klingbeil", "DE");
		// background: successors and predecessors from the tenure record
		List.of("janet-yellen", "katherine-tai", "gina-raimondo", "howard-lutnick", "kevin-hassett")
			.forEach(id -> sides.put(id, "US"));
		List.of("li-qiang", "wang-wentao", "pan-gongsheng", "li-chenggang").forEach(id -> sides.put(id, "CN"));

		var people = byId("""
				MATCH (p:Person) OPTIONAL MATCH (p)-[:REPRESENTS]->(c:Country)
				RETURN p.id AS id, p.name AS name, p.side AS side, p.qid AS qid, c.id AS country, p.aliases AS aliases""");
		var soft = new SoftAssertions();
		sides.forEach((id, side) -> {
			soft.assertThat(people).as("person %s", id).containsKey(id);
			if (people.containsKey(id)) {
				soft.assertThat(people.get(id).get("side")).as("side of %s", id).isEqualTo(side);
				soft.assertThat(people.get(id).get("country")).as("%s REPRESENTS", id).isEqualTo(side);
				soft.assertThat((String) people.get(id).get("name")).as("name of %s", id).isNotBlank();
				soft.assertThat(people.get(id).get("aliases")).as("aliases of %s", id).isInstanceOf(List.class);
			}
		});
		soft.assertThat(people.get("donald-trump").get("qid")).isEqualTo("Q22686");
		soft.assertThat(people.get("xi-jinping").get("qid")).isEqualTo("Q15031");
		people.forEach((id, p) -> {
			if (!id.equals("donald-trump") && !id.equals("xi-jinping")) {
				soft.assertThat(p.get("qid")).as("unverified QID must stay null for %s", id).isNull();
			}
		});
		soft.assertAll();
	}

	@Test
	void organizationsOfTheArticlesWithKindAndCountry() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("us-federal-government", "executive-office");
		kinds.put("white-house", "executive-office");
		kinds.put("us-treasury", "government-department");
		kinds.put("us-commerce", "government-department");
		kinds.put("ustr-office", "agency");
		kinds.put("us-nec", "executive-office");
		kinds.put("us-tech-companies", "company");
		kinds.put("cn-state-council", "state-council");
		kinds.put("cn-mofcom", "ministry");
		kinds.put("cn-mfa", "ministry");
		kinds.put("cn-ndrc", "ministry");
		kinds.put("pboc", "central-bank");
		kinds.put("ccp", "party-body");
		kinds.put("ccp-politburo", "party-body");
		kinds.put("ccp-party-elders", "party-body");
		kinds.put("cn-military", "military");
		kinds.put("cn-lawmakers", "legislature");
		kinds.put("chinese-importers", "company");
		kinds.put("huawei", "company");
		kinds.put("cn-state-media", "media-outlet");
		kinds.put("xinhua", "media-outlet");
		kinds.put("peoples-daily", "media-outlet");
		kinds.put("weibo", "company");
		kinds.put("european-commission", "executive-office");
		kinds.put("de-finance-ministry", "ministry");
		kinds.put("wsj", "media-outlet");
		kinds.put("scmp", "media-outlet");
		kinds.put("bloomberg", "media-outlet");
		kinds.put("cnbc", "media-outlet");
		kinds.put("fox-news", "media-outlet");
		kinds.put("business-times", "media-outlet");
		kinds.put("x-platform", "company");
		kinds.put("g20", "forum");
		kinds.put("apec", "forum");
		kinds.put("g7", "forum");
		kinds.put("g7-finance-ministers", "forum");
		kinds.put("imf", "international-body");
		kinds.put("world-bank", "international-body");
		kinds.put("washington-think-tank", "analyst-community");
		kinds.put("china-watchers", "analyst-community");
		kinds.put("wall-street", "market");
		kinds.put("sp-500", "market");
		kinds.put("asian-stocks", "market");
		kinds.put("chinese-stocks", "market");
		kinds.put("currency-markets", "market");
		var orgs = byId("MATCH (o:Organization) RETURN o.id AS id, o.kind AS kind");
		var soft = new SoftAssertions();
		kinds.forEach((id, kind) -> soft.assertThat(orgs.containsKey(id) ? orgs.get(id).get("kind") : "missing")
			.as("kind of organization %s", id)
			.isEqualTo(kind));
		soft.assertThat(query("""
				MATCH (o:Organization)-[:OF_COUNTRY]->(c:Country)
				RETURN o.id + '>' + c.id AS link""")).extracting(r -> r.get("link"))
			.contains("cn-mofcom>CN", "ustr-office>US", "scmp>HK", "business-times>SG", "european-commission>EU",
					"de-finance-ministry>DE");
		soft.assertThat(query("MATCH (o:Organization)-[:PART_OF]->(p:Organization) RETURN o.id + '>' + p.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("cn-mofcom>cn-state-council", "pboc>cn-state-council", "ustr-office>white-house",
					"us-nec>white-house", "ccp-politburo>ccp-central-committee", "g7-finance-ministers>g7");
		soft.assertAll();
	}

	@Test
	void placesWithKindAndContainment() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("washington-dc", "city>US");
		expected.put("new-york", "city>US");
		expected.put("beijing", "city>CN");
		expected.put("shanghai", "city>CN");
		expected.put("peace-hotel", "venue>shanghai");
		expected.put("yangshan-port", "port>shanghai");
		expected.put("beidaihe", "region>CN");
		expected.put("singapore-city", "city>SG");
		expected.put("osaka", "city>JP");
		expected.put("buenos-aires", "city>AR");
		var places = byId("""
				MATCH (pl:Place) OPTIONAL MATCH (pl)-[:IN]->(parent)
				RETURN pl.id AS id, pl.kind + '>' + coalesce(parent.id, '') AS where""");
		var soft = new SoftAssertions();
		expected.forEach((id, where) -> soft.assertThat(places.containsKey(id) ? places.get(id).get("where") : "missing")
			.as("place %s", id)
			.isEqualTo(where));
		soft.assertThat(places).containsKey("yellow-sea");
		soft.assertThat(count("MATCH (c:Country) WHERE c.id IN ['US','CN','AR','JP','SG','HK','DE','EU'] RETURN count(c)"))
			.isEqualTo(8);
		soft.assertAll();
	}

	/** Entities each article mentions: each needs evidence drawn from that article. */
	@Test
	void mentionsOfPeopleOrganizationsAndPlacesAreEvidencedInEachArticle() {
		Map<String, List<String>> mentions = new TreeMap<>();
		mentions.put("000", List.of("steven-mnuchin", "liu-he", "wilbur-ross", "robert-lighthizer", "donald-trump",
				"xi-jinping", "li-keqiang", "peter-navarro", "scmp", "wsj", "g20", "cn-mfa", "white-house",
				"washington-think-tank", "wall-street", "asian-stocks", "currency-markets", "us-federal-government",
				"washington-dc", "singapore-city", "beijing", "AR", "HK"));
		mentions.put("001", List.of("donald-trump", "xi-jinping", "wsj", "bloomberg", "g20", "cn-state-council", "AR"));
		mentions.put("002", List.of("liu-he", "robert-lighthizer", "steven-mnuchin", "xi-jinping", "donald-trump",
				"zhong-shan", "yi-gang", "pboc", "cn-ndrc", "ccp", "ccp-politburo", "xinhua", "peoples-daily",
				"weibo", "cn-state-media", "chinese-importers", "cn-lawmakers", "us-federal-government",
				"washington-dc", "shanghai", "peace-hotel", "yangshan-port", "beijing", "osaka", "AR"));
		mentions.put("003", List.of("robert-lighthizer", "steven-mnuchin", "donald-trump", "xi-jinping", "wilbur-ross",
				"zhong-shan", "liu-he", "larry-kudlow", "g20", "cnbc", "bloomberg", "cn-mfa", "cn-mofcom", "ccp",
				"ccp-party-elders", "cn-military", "white-house", "us-nec", "us-tech-companies", "huawei", "apec",
				"china-watchers", "sp-500", "chinese-stocks", "business-times", "washington-dc", "shanghai",
				"beijing", "beidaihe", "yellow-sea", "new-york", "JP", "HK"));
		mentions.put("004", List.of("scott-bessent", "jamieson-greer", "he-lifeng", "donald-trump", "xi-jinping",
				"valdis-dombrovskis", "lars-klingbeil", "cn-state-media", "x-platform", "ustr-office", "apec",
				"fox-news", "wall-street", "g7", "g7-finance-ministers", "european-commission", "imf", "world-bank",
				"cn-state-council", "de-finance-ministry", "washington-dc", "EU", "DE"));
		var soft = new SoftAssertions();
		mentions.forEach((article, ids) -> {
			var evidenced = query("""
					MATCH (x)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(:Source {id: $source})
					WHERE x.id IN $ids RETURN collect(DISTINCT x.id) AS ids""",
					Map.of("source", ARTICLE_IDS.get(article), "ids", ids)).get(0).get("ids");
			soft.assertThat(list(evidenced)).as("mentions evidenced in article %s", article)
				.containsExactlyInAnyOrderElementsOf(ids);
		});
		soft.assertAll();
	}

	// ---------------------------------------------------------------- events

	record Ev(String id, String article, String channel, String status, String date, String precision,
			String basis) {
	}

	private static Ev event(String id, String article, String channel, String status, String date, String precision,
			String basis) {
		return new Ev(id, article, channel, status, date, precision, basis);
	}

	/** Every dated event the articles report, with the article that first reports it. */
	static final List<Ev> EVENTS = List.of(
			event("call-trump-xi-2018-11-01", "000", "phone-call", "happened", "2018-11-01", "day", "stated"),
			event("call-mnuchin-liu-2018-11-09", "000", "phone-call", "happened", "2018-11-09", "day", "derived-from-publication"),
			event("report-wsj-call-2018-11-12", "000", "press-report", "happened", "2018-11-12", "day", "derived-from-publication"),
			event("report-scmp-liu-visit-2018-11-13", "000", "press-report", "happened", "2018-11-13", "day", "derived-from-publication"),
			event("visit-liu-washington-2018-11", "000", "visit", "expected", "2018-11-01", "month", "stated"),
			event("g20-buenos-aires-2018", "000", "summit-meeting", "happened", "2018-11-30", "day", "stated"),
			event("meeting-trump-xi-buenos-aires-2018", "000", "summit-meeting", "happened", "2018-12-01", "day", "public-record"),
			event("visit-liu-washington-2018-05", "000", "visit", "happened", "2018-05-01", "month", "inferred"),
			event("talks-liu-washington-2018-05", "000", "in-person-round", "happened", "2018-05-01", "month", "inferred"),
			event("call-trump-xi-before-2018-05", "000", "phone-call", "happened", "2018-05-01", "month", "inferred"),
			event("stop-deal-2018-05", "000", "press-report", "happened", "2018-05-01", "month", "stated"),
			event("demand-us-structural-changes-2018", "000", "public-statement", "happened", "2018-01-01", "year", "inferred"),
			event("rejection-trump-aides-deals-2018", "000", "press-report", "happened", "2018-01-01", "year", "inferred"),
			event("speech-li-keqiang-singapore-2018-11-13", "000", "speech", "happened", "2018-11-13", "day", "derived-from-publication"),
			event("request-comment-cn-mfa-2018-11-13", "000", "request-for-comment", "happened", "2018-11-13", "day", "derived-from-publication"),
			event("speech-navarro-2018-11-09", "000", "speech", "happened", "2018-11-09", "day", "derived-from-publication"),
			event("demand-us-concrete-offer-2018-11", "001", "phone-call", "happened", "2018-11-09", "day", "inferred"),
			event("resistance-cn-concrete-offer-2018-11", "001", "press-report", "happened", "2018-11-01", "month", "inferred"),
			event("request-xi-ministries-2018-11", "001", "press-report", "happened", "2018-11-01", "month", "inferred"),
			event("tweet-trump-2018-11-01", "001", "social-media-post", "happened", "2018-11-01", "day", "stated"),
			event("report-bloomberg-tariff-threat-2018-10", "001", "press-report", "happened", "2018-10-01", "month", "stated"),
			event("call-liu-lighthizer-mnuchin-2019-09-05", "002", "phone-call", "happened", "2019-09-05", "day", "derived-from-publication"),
			event("working-groups-preparatory-2019-09", "002", "meeting", "planned", "2019-09-01", "month", "derived-from-publication"),
			event("round-13-washington-2019-10", "002", "in-person-round", "planned", "2019-10-01", "month", "stated"),
			event("round-12-shanghai-2019", "002", "in-person-round", "happened", "2019-07-30", "day", "derived-from-publication"),
			event("banquet-shanghai-2019-07-30", "002", "banquet", "happened", "2019-07-30", "day", "stated"),
			event("g20-osaka-2019", "002", "summit-meeting", "happened", "2019-06-28", "day", "public-record"),
			event("meeting-trump-xi-osaka-2019", "002", "summit-meeting", "happened", "2019-06-29", "day", "public-record"),
			event("announcement-us-tariffs-2019-08-01", "002", "public-statement", "happened", "2019-08-01", "day", "stated"),
			event("statement-beijing-goodwill-2019-09", "002", "public-statement", "happened", "2019-09-01", "month", "inferred"),
			event("commentary-peoples-daily-2019-09", "002", "press-report", "happened", "2019-09-01", "month", "inferred"),
			event("tweet-trump-2019-09-03", "002", "social-media-post", "happened", "2019-09-03", "day", "derived-from-publication"),
			event("travel-us-negotiators-shanghai-2019-07-29", "003", "visit", "happened", "2019-07-29", "day", "derived-from-publication"),
			event("statement-senior-official-expectations-2019-07-24", "003", "public-statement", "happened", "2019-07-24", "day", "derived-from-publication"),
			event("calls-negotiators-2019-07", "003", "phone-call", "happened", "2019-07-01", "month", "derived-from-publication"),
			event("readouts-calls-zhong-2019-07", "003", "official-readout", "happened", "2019-07-01", "month", "derived-from-publication"),
			event("request-cn-shanghai-venue-2019-07", "003", "press-report", "happened", "2019-07-01", "month", "derived-from-publication"),
			event("interview-mnuchin-cnbc-2019-07-24", "003", "media-interview", "happened", "2019-07-24", "day", "derived-from-publication"),
			event("request-comment-cn-ministries-2019-07-24", "003", "request-for-comment", "happened", "2019-07-24", "day", "derived-from-publication"),
			event("retreat-beidaihe-2019", "003", "meeting", "expected", "2019-08-01", "month", "inferred"),
			event("accusation-mfa-black-hand-2019-07-23", "003", "press-report", "happened", "2019-07-23", "day", "derived-from-publication"),
			event("white-paper-cn-military-2019-07-24", "003", "public-statement", "happened", "2019-07-24", "day", "public-record"),
			event("interview-ross-bloomberg-tv-2019-07-23", "003", "media-interview", "happened", "2019-07-23", "day", "derived-from-publication"),
			event("talks-breakdown-2019-05", "003", "press-report", "happened", "2019-05-01", "month", "stated"),
			event("meetings-lighthizer-zhong-2017-2019", "003", "meeting", "happened", "2017-07-01", "span", "derived-from-publication"),
			event("rounds-earlier-2018-2019", "003", "in-person-round", "happened", "2018-05-01", "span", "inferred"),
			event("meeting-trump-tech-ceos-2019-07-22", "003", "meeting", "happened", "2019-07-22", "day", "derived-from-publication"),
			event("remarks-kudlow-2019-07-23", "003", "public-statement", "happened", "2019-07-23", "day", "derived-from-publication"),
			event("call-bessent-greer-he-2025-10-17", "004", "video-call", "happened", "2025-10-17", "day", "stated"),
			event("readout-cn-state-media-2025-10-18", "004", "press-report", "happened", "2025-10-18", "day", "inferred"),
			event("post-bessent-x-2025-10-17", "004", "social-media-post", "happened", "2025-10-17", "day", "stated"),
			event("post-ustr-2025-10-17", "004", "social-media-post", "happened", "2025-10-17", "day", "inferred"),
			event("talks-face-to-face-2025-10", "004", "in-person-round", "planned", "2025-10-01", "month", "derived-from-publication"),
			event("apec-2025", "004", "summit-meeting", "planned", "2025-10-01", "month", "stated"),
			event("meeting-trump-xi-apec-2025", "004", "summit-meeting", "planned", "2025-10-01", "month", "stated"),
			event("threat-trump-cancel-xi-meeting-2025-10", "004", "press-report", "happened", "2025-10-01", "month", "inferred"),
			event("interview-trump-fox-2025-10-17", "004", "media-interview", "happened", "2025-10-17", "day", "stated"),
			event("announcement-cn-rare-earth-controls-2025-10", "004", "public-statement", "happened", "2025-10-09", "day", "public-record"),
			event("threat-trump-100pct-tariffs-2025-10", "004", "press-report", "happened", "2025-10-01", "month", "inferred"),
			event("rally-g7-2025-10", "004", "press-report", "happened", "2025-10-01", "month", "derived-from-publication"),
			event("meeting-g7-finance-ministers-2025-10", "004", "press-report", "happened", "2025-10-01", "month", "inferred"),
			event("statement-dombrovskis-2025-10", "004", "public-statement", "happened", "2025-10-01", "month", "inferred"),
			event("statement-klingbeil-2025-10", "004", "public-statement", "happened", "2025-10-01", "month", "inferred"),
			event("appeal-bessent-imf-world-bank-2025-10", "004", "press-report", "happened", "2025-10-01", "month", "inferred"));

	record Part(String event, String who, String role, String post) {
	}

	private static Part part(String event, String who, String role, String post) {
		return new Part(event, who, role, post);
	}

	/** Who took part in which event, in which role, acting in which post. */
	static final List<Part> PARTICIPANTS = List.of(
			part("call-trump-xi-2018-11-01", "donald-trump", "counterpart", "us-president"),
			part("call-trump-xi-2018-11-01", "xi-jinping", "counterpart", "cn-president"),
			part("call-mnuchin-liu-2018-11-09", "steven-mnuchin", "counterpart", "us-treasury-secretary"),
			part("call-mnuchin-liu-2018-11-09", "liu-he", "counterpart", "cn-vice-premier"),
			part("report-wsj-call-2018-11-12", "wsj", "reporter", null),
			part("report-wsj-call-2018-11-12", "steven-mnuchin", "subject", "us-treasury-secretary"),
			part("report-wsj-call-2018-11-12", "liu-he", "subject", "cn-vice-premier"),
			part("report-scmp-liu-visit-2018-11-13", "scmp", "reporter", null),
			part("report-scmp-liu-visit-2018-11-13", "liu-he", "subject", "cn-vice-premier"),
			part("visit-liu-washington-2018-11", "liu-he", "delegation-lead", "cn-vice-premier"),
			part("g20-buenos-aires-2018", "g20", "host", null),
			part("g20-buenos-aires-2018", "donald-trump", "attendee", "us-president"),
			part("g20-buenos-aires-2018", "xi-jinping", "attendee", "cn-president"),
			part("meeting-trump-xi-buenos-aires-2018", "donald-trump", "counterpart", "us-president"),
			part("meeting-trump-xi-buenos-aires-2018", "xi-jinping", "counterpart", "cn-president"),
			part("visit-liu-washington-2018-05", "xi-jinping", "initiator", "cn-president"),
			part("visit-liu-washington-2018-05", "liu-he", "delegation-lead", "cn-vice-premier"),
			part("talks-liu-washington-2018-05", "liu-he", "delegation-lead", "cn-vice-premier"),
			part("talks-liu-washington-2018-05", "steven-mnuchin", "counterpart", "us-treasury-secretary"),
			part("call-trump-xi-before-2018-05", "donald-trump", "counterpart", "us-president"),
			part("call-trump-xi-before-2018-05", "xi-jinping", "counterpart", "cn-president"),
			part("rounds-earlier-2018-2019", "liu-he", "delegation-lead", "cn-vice-premier"),
			part("rounds-earlier-2018-2019", "zhong-shan", "delegation-member", "cn-commerce-minister"),
			part("rounds-earlier-2018-2019", "yi-gang", "delegation-member", "pboc-governor"),
			part("rounds-earlier-2018-2019", "robert-lighthizer", "delegation-lead", "us-trade-representative"),
			part("rounds-earlier-2018-2019", "steven-mnuchin", "delegation-lead", "us-treasury-secretary"),
			part("stop-deal-2018-05", "donald-trump", "initiator", "us-president"),
			part("stop-deal-2018-05", "xi-jinping", "subject", "cn-president"),
			part("demand-us-structural-changes-2018", "us-federal-government", "initiator", null),
			part("demand-us-structural-changes-2018", "cn-state-council", "recipient", null),
			part("rejection-trump-aides-deals-2018", "donald-trump", "initiator", "us-president"),
			part("rejection-trump-aides-deals-2018", "steven-mnuchin", "subject", "us-treasury-secretary"),
			part("rejection-trump-aides-deals-2018", "wilbur-ross", "subject", "us-commerce-secretary"),
			part("speech-li-keqiang-singapore-2018-11-13", "li-keqiang", "speaker", "cn-premier"),
			part("request-comment-cn-mfa-2018-11-13", "outlet-000-unnamed", "initiator", null),
			part("request-comment-cn-mfa-2018-11-13", "cn-mfa", "recipient", null),
			part("speech-navarro-2018-11-09", "peter-navarro", "speaker", "us-otmp-director"),
			part("speech-navarro-2018-11-09", "washington-think-tank", "host", null),
			part("speech-navarro-2018-11-09", "wall-street", "subject", null),
			part("speech-navarro-2018-11-09", "steven-mnuchin", "subject", "us-treasury-secretary"),
			part("demand-us-concrete-offer-2018-11", "us-federal-government", "initiator", null),
			part("demand-us-concrete-offer-2018-11", "steven-mnuchin", "initiator", "us-treasury-secretary"),
			part("demand-us-concrete-offer-2018-11", "liu-he", "recipient", "cn-vice-premier"),
			part("resistance-cn-concrete-offer-2018-11", "cn-state-council", "initiator", null),
			part("resistance-cn-concrete-offer-2018-11", "us-federal-government", "recipient", null),
			part("resistance-cn-concrete-offer-2018-11", "wsj", "reporter", null),
			part("request-xi-ministries-2018-11", "xi-jinping", "initiator", "cn-president"),
			part("request-xi-ministries-2018-11", "cn-state-council", "recipient", null),
			part("request-xi-ministries-2018-11", "wsj", "reporter", null),
			part("tweet-trump-2018-11-01", "donald-trump", "author", "us-president"),
			part("tweet-trump-2018-11-01", "xi-jinping", "subject", "cn-president"),
			part("report-bloomberg-tariff-threat-2018-10", "bloomberg", "reporter", null),
			part("report-bloomberg-tariff-threat-2018-10", "us-federal-government", "subject", null),
			part("call-liu-lighthizer-mnuchin-2019-09-05", "robert-lighthizer", "initiator", "us-trade-representative"),
			part("call-liu-lighthizer-mnuchin-2019-09-05", "steven-mnuchin", "initiator", "us-treasury-secretary"),
			part("call-liu-lighthizer-mnuchin-2019-09-05", "liu-he", "counterpart", "cn-vice-premier"),
			part("working-groups-preparatory-2019-09", "us-federal-government", "delegation-member", null),
			part("working-groups-preparatory-2019-09", "cn-state-council", "delegation-member", null),
			part("working-groups-preparatory-2019-09", "xinhua", "reporter", null),
			part("round-13-washington-2019-10", "liu-he", "delegation-lead", "cn-vice-premier"),
			part("round-13-washington-2019-10", "zhong-shan", "delegation-member", "cn-commerce-minister"),
			part("round-13-washington-2019-10", "yi-gang", "delegation-member", "pboc-governor"),
			part("round-13-washington-2019-10", "cn-ndrc", "delegation-member", null),
			part("round-13-washington-2019-10", "robert-lighthizer", "host", "us-trade-representative"),
			part("round-13-washington-2019-10", "steven-mnuchin", "host", "us-treasury-secretary"),
			part("round-12-shanghai-2019", "robert-lighthizer", "delegation-lead", "us-trade-representative"),
			part("round-12-shanghai-2019", "steven-mnuchin", "delegation-lead", "us-treasury-secretary"),
			part("round-12-shanghai-2019", "liu-he", "host", "cn-vice-premier"),
			part("banquet-shanghai-2019-07-30", "liu-he", "host", "cn-vice-premier"),
			part("banquet-shanghai-2019-07-30", "robert-lighthizer", "attendee", "us-trade-representative"),
			part("banquet-shanghai-2019-07-30", "steven-mnuchin", "attendee", "us-treasury-secretary"),
			part("g20-osaka-2019", "g20", "host", null),
			part("g20-osaka-2019", "donald-trump", "attendee", "us-president"),
			part("g20-osaka-2019", "xi-jinping", "attendee", "cn-president"),
			part("meeting-trump-xi-osaka-2019", "donald-trump", "counterpart", "us-president"),
			part("meeting-trump-xi-osaka-2019", "xi-jinping", "counterpart", "cn-president"),
			part("announcement-us-tariffs-2019-08-01", "us-federal-government", "initiator", null),
			part("statement-beijing-goodwill-2019-09", "cn-state-council", "speaker", null),
			part("commentary-peoples-daily-2019-09", "peoples-daily", "author", null),
			part("commentary-peoples-daily-2019-09", "donald-trump", "subject", "us-president"),
			part("tweet-trump-2019-09-03", "donald-trump", "author", "us-president"),
			part("travel-us-negotiators-shanghai-2019-07-29", "robert-lighthizer", "delegation-lead", "us-trade-representative"),
			part("travel-us-negotiators-shanghai-2019-07-29", "steven-mnuchin", "delegation-lead", "us-treasury-secretary"),
			part("round-12-shanghai-2019", "zhong-shan", "delegation-member", "cn-commerce-minister"),
			part("statement-senior-official-expectations-2019-07-24", "white-house", "speaker", null),
			part("calls-negotiators-2019-07", "steven-mnuchin", "counterpart", "us-treasury-secretary"),
			part("calls-negotiators-2019-07", "robert-lighthizer", "counterpart", "us-trade-representative"),
			part("calls-negotiators-2019-07", "liu-he", "counterpart", "cn-vice-premier"),
			part("calls-negotiators-2019-07", "zhong-shan", "counterpart", "cn-commerce-minister"),
			part("readouts-calls-zhong-2019-07", "zhong-shan", "subject", "cn-commerce-minister"),
			part("request-cn-shanghai-venue-2019-07", "cn-state-council", "initiator", null),
			part("request-cn-shanghai-venue-2019-07", "us-federal-government", "recipient", null),
			part("interview-mnuchin-cnbc-2019-07-24", "steven-mnuchin", "speaker", "us-treasury-secretary"),
			part("interview-mnuchin-cnbc-2019-07-24", "cnbc", "reporter", null),
			part("request-comment-cn-ministries-2019-07-24", "cn-mfa", "recipient", null),
			part("request-comment-cn-ministries-2019-07-24", "cn-mofcom", "recipient", null),
			part("retreat-beidaihe-2019", "xi-jinping", "host", "ccp-general-secretary"),
			part("retreat-beidaihe-2019", "ccp-party-elders", "attendee", null),
			part("accusation-mfa-black-hand-2019-07-23", "cn-mfa", "speaker", null),
			part("accusation-mfa-black-hand-2019-07-23", "us-federal-government", "subject", null),
			part("white-paper-cn-military-2019-07-24", "cn-military", "author", null),
			part("white-paper-cn-military-2019-07-24", "us-federal-government", "subject", null),
			part("interview-ross-bloomberg-tv-2019-07-23", "wilbur-ross", "speaker", "us-commerce-secretary"),
			part("interview-ross-bloomberg-tv-2019-07-23", "bloomberg", "reporter", null),
			part("talks-breakdown-2019-05", "us-federal-government", "counterpart", null),
			part("talks-breakdown-2019-05", "cn-state-council", "counterpart", null),
			part("meetings-lighthizer-zhong-2017-2019", "robert-lighthizer", "counterpart", "us-trade-representative"),
			part("meetings-lighthizer-zhong-2017-2019", "zhong-shan", "counterpart", "cn-commerce-minister"),
			part("meetings-lighthizer-zhong-2017-2019", "apec", "host", null),
			part("meeting-trump-tech-ceos-2019-07-22", "donald-trump", "host", "us-president"),
			part("meeting-trump-tech-ceos-2019-07-22", "steven-mnuchin", "attendee", "us-treasury-secretary"),
			part("meeting-trump-tech-ceos-2019-07-22", "robert-lighthizer", "attendee", "us-trade-representative"),
			part("meeting-trump-tech-ceos-2019-07-22", "white-house", "attendee", null),
			part("meeting-trump-tech-ceos-2019-07-22", "us-tech-companies", "attendee", null),
			part("meeting-trump-tech-ceos-2019-07-22", "huawei", "subject", null),
			part("remarks-kudlow-2019-07-23", "larry-kudlow", "speaker", "us-nec-director"),
			part("call-bessent-greer-he-2025-10-17", "scott-bessent", "counterpart", "us-treasury-secretary"),
			part("call-bessent-greer-he-2025-10-17", "jamieson-greer", "counterpart", "us-trade-representative"),
			part("call-bessent-greer-he-2025-10-17", "he-lifeng", "counterpart", "cn-vice-premier"),
			part("readout-cn-state-media-2025-10-18", "cn-state-media", "author", null),
			part("post-bessent-x-2025-10-17", "scott-bessent", "author", "us-treasury-secretary"),
			part("post-bessent-x-2025-10-17", "he-lifeng", "subject", "cn-vice-premier"),
			part("post-ustr-2025-10-17", "ustr-office", "author", null),
			part("talks-face-to-face-2025-10", "scott-bessent", "counterpart", "us-treasury-secretary"),
			part("talks-face-to-face-2025-10", "jamieson-greer", "counterpart", "us-trade-representative"),
			part("talks-face-to-face-2025-10", "he-lifeng", "counterpart", "cn-vice-premier"),
			part("apec-2025", "apec", "host", null),
			part("apec-2025", "donald-trump", "attendee", "us-president"),
			part("apec-2025", "xi-jinping", "attendee", "cn-president"),
			part("meeting-trump-xi-apec-2025", "donald-trump", "counterpart", "us-president"),
			part("meeting-trump-xi-apec-2025", "xi-jinping", "counterpart", "cn-president"),
			part("threat-trump-cancel-xi-meeting-2025-10", "donald-trump", "initiator", "us-president"),
			part("threat-trump-cancel-xi-meeting-2025-10", "xi-jinping", "subject", "cn-president"),
			part("interview-trump-fox-2025-10-17", "donald-trump", "speaker", "us-president"),
			part("interview-trump-fox-2025-10-17", "fox-news", "reporter", null),
			part("announcement-cn-rare-earth-controls-2025-10", "cn-state-council", "initiator", null),
			part("threat-trump-100pct-tariffs-2025-10", "donald-trump", "initiator", "us-president"),
			part("rally-g7-2025-10", "us-federal-government", "initiator", null),
			part("rally-g7-2025-10", "g7", "recipient", null),
			part("meeting-g7-finance-ministers-2025-10", "g7-finance-ministers", "host", null),
			part("meeting-g7-finance-ministers-2025-10", "valdis-dombrovskis", "attendee", "eu-commissioner-economy"),
			part("meeting-g7-finance-ministers-2025-10", "lars-klingbeil", "attendee", "de-finance-minister"),
			part("statement-dombrovskis-2025-10", "valdis-dombrovskis", "speaker", "eu-commissioner-economy"),
			part("statement-klingbeil-2025-10", "lars-klingbeil", "speaker", "de-finance-minister"),
			part("appeal-bessent-imf-world-bank-2025-10", "scott-bessent", "speaker", "us-treasury-secretary"),
			part("appeal-bessent-imf-world-bank-2025-10", "imf", "recipient", null),
			part("appeal-bessent-imf-world-bank-2025-10", "world-bank", "recipient", null));

	@Test
	void everyEventWithChannelStatusDateAndEvidenceFromItsArticle() {
		var events = byId("""
				MATCH (e:Event)
				OPTIONAL MATCH (e)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(s:Source)
				RETURN e.id AS id, e.channel AS channel, e.status AS status, e.date AS date,
				       e.datePrecision AS precision, e.dateBasis AS basis, e.dateNote AS note, e.cameo AS cameo,
				       e.title AS title, e.summary AS summary, collect(DISTINCT s.id) AS sources""");
		var soft = new SoftAssertions();
		for (Ev ev : EVENTS) {
			var e = events.get(ev.id());
			soft.assertThat(e).as("event %s", ev.id()).isNotNull();
			if (e == null) {
				continue;
			}
			soft.assertThat(e.get("channel")).as("channel of %s", ev.id()).isEqualTo(ev.channel());
			soft.assertThat(e.get("status")).as("status of %s", ev.id()).isEqualTo(ev.status());
			soft.assertThat(e.get("date")).as("date of %s", ev.id()).isEqualTo(LocalDate.parse(ev.date()));
			soft.assertThat(e.get("precision")).as("precision of %s", ev.id()).isEqualTo(ev.precision());
			soft.assertThat(e.get("basis")).as("date basis of %s", ev.id()).isEqualTo(ev.basis());
			soft.assertThat((String) e.get("note")).as("date note of %s", ev.id()).isNotBlank();
			soft.assertThat((String) e.get("cameo")).as("CAMEO code of %s", ev.id()).matches("\\d{3,4}");
			soft.assertThat((String) e.get("title")).as("title of %s", ev.id()).isNotBlank();
			soft.assertThat((String) e.get("summary")).as("summary of %s", ev.id()).isNotBlank();
			soft.assertThat(list(e.get("sources"))).as("evidence of %s from article %s", ev.id(), ev.article())
				.contains(ARTICLE_IDS.get(ev.article()));
		}
		soft.assertAll();
	}

	@Test
	void participantsWithRolesAndThePostTheyActedIn() {
		var actual = query("""
				MATCH (x)-[r:PARTICIPATED_IN]->(e:Event)
				RETURN e.id AS event, x.id AS who, r.role AS role, r.post AS post, r.side AS side""");
		var found = actual.stream()
			.map(r -> new Part((String) r.get("event"), (String) r.get("who"), (String) r.get("role"),
					(String) r.get("post")))
			.collect(Collectors.toSet());
		assertThat(found).containsAll(PARTICIPANTS);
		assertThat(query("MATCH (e:Event) WHERE NOT ()-[:PARTICIPATED_IN]->(e) RETURN e.id AS id"))
			.as("events without any participant").isEmpty();
		// A post named on a participation is one the person held on the event's date.
		assertThat(query("""
				MATCH (x:Person)-[r:PARTICIPATED_IN]->(e:Event) WHERE r.post IS NOT NULL
				AND NOT EXISTS {
				  MATCH (x)-[:HELD]->(t:Tenure)-[:OF_POST]->(:Post {id: r.post})
				  WHERE t.start <= e.date AND (t.end IS NULL OR t.end >= e.date)
				}
				RETURN x.id + ' as ' + r.post + ' in ' + e.id AS mismatch""")).isEmpty();
		// Sides on participations agree with the participant's own side.
		assertThat(query("""
				MATCH (x)-[r:PARTICIPATED_IN]->(:Event) WHERE r.side IS NOT NULL AND x.side IS NOT NULL AND r.side <> x.side
				RETURN x.id AS id""")).isEmpty();
	}

	@Test
	void theTreasuryChannelCanBeFollowedAcrossTurnover() {
		var holders = query("""
				MATCH (p:Person)-[r:PARTICIPATED_IN {post: 'us-treasury-secretary'}]->(e:Event)
				WITH p, min(e.date) AS first, max(e.date) AS last
				RETURN p.id AS id, first, last ORDER BY first""");
		assertThat(holders).extracting(r -> r.get("id")).containsExactly("steven-mnuchin", "scott-bessent");
		var counterparts = query("""
				MATCH (:Post {id: 'us-treasury-secretary'})<-[:OF_POST]-(:Tenure)<-[:HELD]-(us:Person)
				MATCH (us)-[r1:PARTICIPATED_IN {post: 'us-treasury-secretary'}]->(e:Event)<-[r2:PARTICIPATED_IN {post: 'cn-vice-premier'}]-(cn:Person)
				RETURN DISTINCT us.id + '/' + cn.id AS pair""");
		assertThat(counterparts).extracting(r -> r.get("pair"))
			.contains("steven-mnuchin/liu-he", "scott-bessent/he-lifeng");
	}

	@Test
	void summitsRoundsAndSidelineMeetings() {
		assertThat(query("MATCH (s:Event:Summit) RETURN s.id AS id")).extracting(r -> r.get("id"))
			.containsExactlyInAnyOrder("g20-buenos-aires-2018", "g20-osaka-2019", "apec-2025");
		assertThat(query("MATCH (r:Event:Round) RETURN r.id + '#' + toString(r.number) AS round"))
			.extracting(r -> r.get("round"))
			.containsExactlyInAnyOrder("round-12-shanghai-2019#12", "round-13-washington-2019-10#13");
		assertThat(query("MATCH (e:Event)-[:DURING]->(s:Summit) RETURN e.id + '>' + s.id AS link"))
			.extracting(r -> r.get("link"))
			.containsExactlyInAnyOrder("meeting-trump-xi-buenos-aires-2018>g20-buenos-aires-2018",
					"meeting-trump-xi-osaka-2019>g20-osaka-2019", "meeting-trump-xi-apec-2025>apec-2025");
		assertThat(query("MATCH (e:Event {id: 'banquet-shanghai-2019-07-30'})-[:DURING]->(r:Round) RETURN r.id AS id"))
			.extracting(r -> r.get("id")).containsExactly("round-12-shanghai-2019");
		assertThat(query("MATCH (e:Event {id: 'banquet-shanghai-2019-07-30'})-[:AT]->(p:Place)-[:IN]->(c:Place) RETURN p.id + '>' + c.id AS at"))
			.extracting(r -> r.get("at")).containsExactly("peace-hotel>shanghai");
		assertThat(query("""
				MATCH (e:Event {id: 'round-12-shanghai-2019'}) RETURN e.endDate AS end"""))
			.extracting(r -> r.get("end")).containsExactly(LocalDate.of(2019, 7, 31));
		assertThat(query("""
				MATCH (e:Event {id: 'g20-buenos-aires-2018'}) RETURN e.date AS start, e.endDate AS end"""))
			.containsExactly(Map.of("start", LocalDate.of(2018, 11, 30), "end", LocalDate.of(2018, 12, 1)));
	}

	/** Relative dates ("on Friday", "Tuesday") must land on the weekday the text names. */
	@Test
	void relativeDatesFallOnTheWeekdayTheTextNames() {
		Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
		weekdays.put("call-mnuchin-liu-2018-11-09", DayOfWeek.FRIDAY);
		weekdays.put("speech-navarro-2018-11-09", DayOfWeek.FRIDAY);
		weekdays.put("report-wsj-call-2018-11-12", DayOfWeek.MONDAY);
		weekdays.put("report-scmp-liu-visit-2018-11-13", DayOfWeek.TUESDAY);
		weekdays.put("speech-li-keqiang-singapore-2018-11-13", DayOfWeek.TUESDAY);
		weekdays.put("call-liu-lighthizer-mnuchin-2019-09-05", DayOfWeek.THURSDAY);
		weekdays.put("tweet-trump-2019-09-03", DayOfWeek.TUESDAY);
		weekdays.put("travel-us-negotiators-shanghai-2019-07-29", DayOfWeek.MONDAY);
		weekdays.put("interview-mnuchin-cnbc-2019-07-24", DayOfWeek.WEDNESDAY);
		weekdays.put("interview-ross-bloomberg-tv-2019-07-23", DayOfWeek.TUESDAY);
		weekdays.put("remarks-kudlow-2019-07-23", DayOfWeek.TUESDAY);
		weekdays.put("accusation-mfa-black-hand-2019-07-23", DayOfWeek.TUESDAY);
		weekdays.put("meeting-trump-tech-ceos-2019-07-22", DayOfWeek.MONDAY);
		weekdays.put("call-bessent-greer-he-2025-10-17", DayOfWeek.FRIDAY);
		var dates = byId("MATCH (e:Event) RETURN e.id AS id, e.date AS date");
		var soft = new SoftAssertions();
		weekdays.forEach((id, day) -> soft.assertThat(((LocalDate) dates.get(id).get("date")).getDayOfWeek())
			.as("weekday of %s", id).isEqualTo(day));
		var published = byId("MATCH (s:Source {kind: 'article'}) RETURN s.id AS id, s.published AS date");
		soft.assertThat(((LocalDate) published.get(ARTICLE_IDS.get("000")).get("date")).getDayOfWeek())
			.isEqualTo(DayOfWeek.TUESDAY);
		soft.assertThat(((LocalDate) published.get(ARTICLE_IDS.get("002")).get("date")).getDayOfWeek())
			.isEqualTo(DayOfWeek.THURSDAY);
		soft.assertThat(((LocalDate) published.get(ARTICLE_IDS.get("003")).get("date")).getDayOfWeek())
			.isEqualTo(DayOfWeek.WEDNESDAY);
		soft.assertAll();
	}

	// ---------------------------------------------------------------- measures and stances

	record Ms(String id, String kind, String status, Long goodsValueUsd, Long rateFrom, Long rateTo, String effective,
			String expires, Set<String> imposedBy, Set<String> targets) {
	}

	private static Ms measure(String id, String kind, String status, Long goods, Long from, Long to, String effective,
			String expires, Set<String> imposedBy, Set<String> targets) {
		return new Ms(id, kind, status, goods, from, to, effective, expires, imposedBy, targets);
	}

	static final List<Ms> MEASURES = List.of(
			measure("us-tariffs-250bn-2018", "tariff", "in-force", 250_000_000_000L, null, null, null, null, Set.of("US"), Set.of("CN")),
			measure("us-tariff-hike-200bn-2019-01", "tariff", "planned", 200_000_000_000L, 10L, 25L, "2019-01-01", null, Set.of("US"), Set.of("CN")),
			measure("cn-retaliatory-tariffs-110bn-2018", "retaliatory-tariff", "in-force", 110_000_000_000L, null, null, null, null, Set.of("CN"), Set.of("US")),
			measure("cn-purchase-deal-2018", "goodwill-purchase", "proposed", null, null, null, null, null, Set.of("CN"), Set.of("US")),
			measure("us-tariffs-all-remaining-threat-2018", "threat", "threatened", null, null, null, null, null, Set.of("US"), Set.of("CN")),
			measure("truce-buenos-aires-2018", "consensus", "agreed", null, null, null, "2018-12-01", null, Set.of("donald-trump", "xi-jinping"), Set.of("US", "CN")),
			measure("truce-osaka-2019", "truce", "agreed", null, null, null, "2019-06-29", null, Set.of("donald-trump", "xi-jinping"), Set.of("US", "CN")),
			measure("us-tariffs-over-500bn-2019", "tariff", "reported", 500_000_000_000L, null, null, null, null, Set.of("US"), Set.of("CN")),
			measure("cn-retaliation-75bn-2019", "retaliatory-tariff", "in-force", 75_000_000_000L, null, null, null, null, Set.of("CN"), Set.of("US")),
			measure("cn-countermeasures-threat-2019-09", "threat", "threatened", null, null, null, null, null, Set.of("liu-he"), Set.of("US")),
			measure("cn-goodwill-farm-orders-2019-08-01", "goodwill-purchase", "in-force", null, null, null, "2019-08-01", null, Set.of("chinese-importers"), Set.of("US")),
			measure("cn-fentanyl-scheduling-2019", "legislation", "in-force", null, null, null, "2019-05-01", null, Set.of("cn-lawmakers"), Set.of()),
			measure("us-huawei-sales-ban-2019", "sales-ban", "in-force", null, null, null, null, null, Set.of("US"), Set.of("CN")),
			measure("cn-rare-earth-controls-2025", "export-control", "in-force", null, null, null, null, null, Set.of("CN"), Set.of()),
			measure("us-100pct-tariff-threat-2025", "threat", "threatened", null, null, 100L, "2025-11-01", null, Set.of("donald-trump"), Set.of("CN")),
			measure("truce-us-cn-2025", "truce", "in-force", null, null, null, null, "2025-11-10", Set.of("US", "CN"), Set.of("US", "CN")));

	@Test
	void measuresWithValuesRatesDatesImposersAndTargets() {
		var measures = byId("""
				MATCH (m:Measure)
				RETURN m.id AS id, m.kind AS kind, m.status AS status, m.goodsValueUsd AS goods, m.rateFrom AS rateFrom,
				       m.rateTo AS rateTo, m.effective AS effective, m.expires AS expires, m.title AS title,
				       m.summary AS summary,
				       [(x)-[:IMPOSED]->(m) | x.id] AS imposedBy, [(m)-[:TARGETS]->(c:Country) | c.id] AS targets,
				       [(m)-[:ABOUT]->(t:Topic) | t.id] AS topics""");
		var soft = new SoftAssertions();
		for (Ms ms : MEASURES) {
			var m = measures.get(ms.id());
			soft.assertThat(m).as("measure %s", ms.id()).isNotNull();
			if (m == null) {
				continue;
			}
			soft.assertThat(m.get("kind")).as("kind of %s", ms.id()).isEqualTo(ms.kind());
			soft.assertThat(m.get("status")).as("status of %s", ms.id()).isEqualTo(ms.status());
			soft.assertThat(m.get("goods")).as("goods value of %s", ms.id()).isEqualTo(ms.goodsValueUsd());
			soft.assertThat(m.get("rateFrom")).as("rateFrom of %s", ms.id()).isEqualTo(ms.rateFrom());
			soft.assertThat(m.get("rateTo")).as("rateTo of %s", ms.id()).isEqualTo(ms.rateTo());
			soft.assertThat(m.get("effective")).as("effective of %s", ms.id())
				.isEqualTo(ms.effective() == null ? null : LocalDate.parse(ms.effective()));
			soft.assertThat(m.get("expires")).as("expires of %s", ms.id())
				.isEqualTo(ms.expires() == null ? null : LocalDate.parse(ms.expires()));
			soft.assertThat(list(m.get("imposedBy"))).as("imposers of %s", ms.id())
				.containsExactlyInAnyOrderElementsOf(ms.imposedBy());
			soft.assertThat(list(m.get("targets"))).as("targets of %s", ms.id())
				.containsExactlyInAnyOrderElementsOf(ms.targets());
			soft.assertThat(list(m.get("topics"))).as("topics of %s", ms.id()).isNotEmpty();
			soft.assertThat((String) m.get("summary")).as("summary of %s", ms.id()).isNotBlank();
		}
		soft.assertThat(query("MATCH (m:Measure)-[:RESPONDS_TO]->(p:Measure) RETURN m.id + '>' + p.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("cn-retaliatory-tariffs-110bn-2018>us-tariffs-250bn-2018",
					"cn-retaliation-75bn-2019>us-tariffs-over-500bn-2019",
					"cn-countermeasures-threat-2019-09>us-tariffs-over-500bn-2019",
					"us-100pct-tariff-threat-2025>cn-rare-earth-controls-2025");
		soft.assertThat(query("MATCH (e:Event)-[:ANNOUNCED]->(m:Measure) RETURN e.id + '>' + m.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("meeting-trump-xi-osaka-2019>truce-osaka-2019",
					"meeting-trump-xi-buenos-aires-2018>truce-buenos-aires-2018",
					"threat-trump-100pct-tariffs-2025-10>us-100pct-tariff-threat-2025",
					"announcement-cn-rare-earth-controls-2025-10>cn-rare-earth-controls-2025");
		soft.assertThat(query("MATCH (e:Event)-[:IN_RESPONSE_TO]->(x) RETURN e.id + '>' + x.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("threat-trump-cancel-xi-meeting-2025-10>cn-rare-earth-controls-2025",
					"resistance-cn-concrete-offer-2018-11>demand-us-concrete-offer-2018-11",
					"stop-deal-2018-05>cn-purchase-deal-2018");
		soft.assertAll();
	}

	record St(String id, String person, String label, Double score, Set<String> assessedBy) {
	}

	static final List<St> STANCES = List.of(
			new St("stance-peter-navarro-hawk-2018", "peter-navarro", "hawk", 0.9, Set.of("outlet-000-unnamed")),
			new St("stance-steven-mnuchin-negotiated-solution-2018", "steven-mnuchin", "advocate-of-negotiated-solution", -0.5,
					Set.of("outlet-000-unnamed")),
			new St("stance-wilbur-ross-negotiated-solution-2018", "wilbur-ross", "focused-on-purchases", -0.3,
					Set.of("outlet-000-unnamed")),
			new St("stance-donald-trump-hawk-beijing-view-2018", "donald-trump", "thwart-china-rise", null,
					Set.of("beijing-view-unattributed")),
			new St("stance-li-keqiang-conciliatory-2018", "li-keqiang", "willing-to-negotiate", -0.5, Set.of("li-keqiang")),
			new St("stance-donald-trump-hardliner-peoples-daily-2019", "donald-trump", "flip-flopping-bullying", null,
					Set.of("peoples-daily")),
			new St("stance-zhong-shan-hardliner-2019", "zhong-shan", "hardliner", null, Set.of("business-times")),
			new St("stance-zhong-shan-hawk-china-watchers-2019", "zhong-shan", "hawk", 0.6, Set.of("china-watchers")),
			new St("stance-larry-kudlow-optimist-2019", "larry-kudlow", "optimist", null, Set.of("larry-kudlow")));

	@Test
	void stancesWithLabelScoreAssessorIssueAndDate() {
		var stances = byId("""
				MATCH (s:Stance)-[:OF]->(p:Person)
				RETURN s.id AS id, p.id AS person, s.label AS label, s.score AS score, s.validFrom AS validFrom,
				       s.validFromPrecision AS precision, s.note AS note,
				       [(s)-[:ASSESSED_BY]->(a) | a.id] AS assessedBy, [(s)-[:ON_ISSUE]->(t:Topic) | t.id] AS issues""");
		var soft = new SoftAssertions();
		for (St st : STANCES) {
			var s = stances.get(st.id());
			soft.assertThat(s).as("stance %s", st.id()).isNotNull();
			if (s == null) {
				continue;
			}
			soft.assertThat(s.get("person")).as("person of %s", st.id()).isEqualTo(st.person());
			soft.assertThat(s.get("label")).as("label of %s", st.id()).isEqualTo(st.label());
			soft.assertThat(s.get("score") == null ? null : ((Number) s.get("score")).doubleValue()).as("score of %s", st.id())
				.isEqualTo(st.score());
			soft.assertThat(list(s.get("assessedBy"))).as("assessors of %s", st.id())
				.containsExactlyInAnyOrderElementsOf(st.assessedBy());
			soft.assertThat(list(s.get("issues"))).as("issues of %s", st.id()).isNotEmpty();
			soft.assertThat(s.get("validFrom")).as("validFrom of %s", st.id()).isInstanceOf(LocalDate.class);
			soft.assertThat((String) s.get("note")).as("note of %s", st.id()).isNotBlank();
		}
		// hawks score above doves; stances are never Person properties
		soft.assertThat(count("MATCH (s:Stance) WHERE s.score < -1 OR s.score > 1 RETURN count(s)")).isZero();
		soft.assertThat(count("""
				MATCH (p:Person) WHERE p.stance IS NOT NULL OR p.label IS NOT NULL OR p.score IS NOT NULL
				RETURN count(p)""")).isZero();
		soft.assertThat(query("""
				MATCH (hard:Stance)-[:OF]->(:Person {id: 'zhong-shan'}), (soft:Stance)-[:OF]->(:Person {id: 'liu-he'})
				WHERE hard.score <= soft.score RETURN hard.id AS id""")).as("Zhong is more hawkish than Liu").isEmpty();
		soft.assertAll();
	}

	// ---------------------------------------------------------------- evidence

	@Test
	void everyEventMeasureAndStanceHasVerbatimEvidenceOfAtMostTwentyWords() {
		var rows = query("""
				MATCH (n) WHERE n:Event OR n:Measure OR n:Stance
				OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(s:Source {kind: 'article'})
				RETURN n.id AS id, count(ev) AS evidence""");
		assertThat(rows).isNotEmpty();
		assertThat(rows).filteredOn(r -> ((Number) r.get("evidence")).longValue() == 0)
			.as("facts without evidence").isEmpty();

		var evidence = query("""
				MATCH (ev:Evidence) OPTIONAL MATCH (ev)-[:FROM]->(s:Source)
				RETURN ev.id AS id, ev.phrase AS phrase, ev.location AS location, ev.offset AS offset,
				       ev.sourceGrade AS sourceGrade, ev.infoGrade AS infoGrade, ev.anonymous AS anonymous,
				       collect(s.id) AS sources""");
		var soft = new SoftAssertions();
		for (var ev : evidence) {
			String id = (String) ev.get("id");
			List<?> sources = list(ev.get("sources"));
			soft.assertThat(sources).as("%s comes FROM exactly one source", id).hasSize(1);
			if (sources.size() != 1) {
				continue;
			}
			String text = article((String) sources.get(0));
			String phrase = (String) ev.get("phrase");
			int at = text.indexOf(phrase);
			soft.assertThat(at).as("%s phrase verbatim in %s: %s", id, sources.get(0), phrase).isGreaterThanOrEqualTo(0);
			soft.assertThat(WORDS.split(phrase.strip())).as("%s has at most 20 words", id).hasSizeLessThanOrEqualTo(20);
			if (at >= 0) {
				long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
				soft.assertThat(ev.get("location")).as("%s location", id).isEqualTo("line " + line);
				soft.assertThat(((Number) ev.get("offset")).intValue()).as("%s offset", id).isEqualTo(at);
			}
			soft.assertThat((String) ev.get("sourceGrade")).as("%s source grade", id).matches("[A-F]");
			soft.assertThat(((Number) ev.get("infoGrade")).intValue()).as("%s info grade", id).isBetween(1, 6);
			soft.assertThat(ev.get("anonymous")).as("%s anonymous flag", id).isInstanceOf(Boolean.class);
		}
		soft.assertAll();
		// facts resting on "people familiar with the matter" / "people briefed" are flagged anonymous
		assertThat(query("""
				MATCH (ev:Evidence) WHERE ev.phrase CONTAINS 'people briefed' OR ev.phrase CONTAINS 'people familiar'
				   OR ev.phrase CONTAINS 'People familiar' OR ev.phrase CONTAINS 'the people said'
				RETURN ev.id AS id, ev.anonymous AS anonymous""")).isNotEmpty()
			.allSatisfy(r -> assertThat(r.get("anonymous")).as((String) r.get("id")).isEqualTo(true));
	}

	// ---------------------------------------------------------------- sources

	@Test
	void articleSourcesTheirDatesOutletsAndTheReportsTheyCite() {
		var articles = byId("""
				MATCH (s:Source {kind: 'article'}) OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(o:Organization)
				RETURN s.id AS id, s.published AS published, s.publishedPrecision AS precision,
				       s.publishedBasis AS basis, s.title AS title, o.id AS outlet, o.name AS outletName""");
		assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(ARTICLE_IDS.values());
		var soft = new SoftAssertions();
		Map<String, String> published = Map.of("000", "2018-11-13", "001", "2018-11-01", "002", "2019-09-05",
				"003", "2019-07-24", "004", "2025-10-18");
		published.forEach((code, date) -> {
			var a = articles.get(ARTICLE_IDS.get(code));
			soft.assertThat(a.get("published")).as("published %s", code).isEqualTo(LocalDate.parse(date));
			soft.assertThat((String) a.get("basis")).as("publishedBasis %s", code).isNotBlank();
			soft.assertThat((String) a.get("title")).as("title %s", code).isNotBlank();
		});
		soft.assertThat(articles.get(ARTICLE_IDS.get("001")).get("precision")).isEqualTo("month");
		soft.assertThat(articles.get(ARTICLE_IDS.get("003")).get("outlet")).isEqualTo("business-times");
		for (String code : List.of("000", "001", "002", "004")) {
			soft.assertThat((String) articles.get(ARTICLE_IDS.get(code)).get("outletName")).as("outlet of %s", code)
				.contains("not named");
		}
		var cited = query("""
				MATCH (r:Source {kind: 'cited-report'})-[:CITED_IN]->(a:Source {kind: 'article'})
				OPTIONAL MATCH (r)-[:PUBLISHED_BY]->(o:Organization)
				RETURN r.id + '>' + a.id + '@' + coalesce(o.id, '?') AS link""");
		soft.assertThat(cited).extracting(r -> r.get("link")).contains(
				"wsj-mnuchin-liu-call-2018-11-12>" + ARTICLE_IDS.get("000") + "@wsj",
				"wsj-mnuchin-liu-call-2018-11-12>" + ARTICLE_IDS.get("001") + "@wsj",
				"scmp-liu-expected-visit-2018-11-13>" + ARTICLE_IDS.get("000") + "@scmp",
				"bloomberg-tariff-threat-2018-10>" + ARTICLE_IDS.get("001") + "@bloomberg",
				"xinhua-working-groups-2019-09-05>" + ARTICLE_IDS.get("002") + "@xinhua",
				"peoples-daily-commentary-2019-09>" + ARTICLE_IDS.get("002") + "@peoples-daily",
				"cnbc-mnuchin-interview-2019-07-24>" + ARTICLE_IDS.get("003") + "@cnbc",
				"bloomberg-tv-ross-interview-2019-07-23>" + ARTICLE_IDS.get("003") + "@bloomberg",
				"fox-news-trump-interview-2025-10-17>" + ARTICLE_IDS.get("004") + "@fox-news",
				"cn-state-media-readout-2025-10-18>" + ARTICLE_IDS.get("004") + "@cn-state-media");
		soft.assertAll();
	}

	// ---------------------------------------------------------------- tenures and temporal questions

	private static List<Object> holders(String post, String date) {
		return query("""
				MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(:Post {id: $post})
				WHERE t.start <= $date AND (t.end IS NULL OR t.end >= $date)
				RETURN p.id AS id ORDER BY id""", Map.of("post", post, "date", LocalDate.parse(date)))
			.stream().map(r -> r.get("id")).toList();
	}

	@Test
	void whoHeldEachPostOnADate() {
		String[][] cases = {
				{ "us-treasury-secretary", "2019-07-30", "steven-mnuchin" },
				{ "us-treasury-secretary", "2023-06-01", "janet-yellen" },
				{ "us-treasury-secretary", "2025-10-17", "scott-bessent" },
				{ "us-trade-representative", "2018-11-09", "robert-lighthizer" },
				{ "us-trade-representative", "2022-06-01", "katherine-tai" },
				{ "us-trade-representative", "2025-10-17", "jamieson-greer" },
				{ "us-commerce-secretary", "2019-07-23", "wilbur-ross" },
				{ "us-commerce-secretary", "2022-06-01", "gina-raimondo" },
				{ "us-commerce-secretary", "2025-10-17", "howard-lutnick" },
				{ "us-nec-director", "2019-07-23", "larry-kudlow" },
				{ "us-nec-director", "2025-10-17", "kevin-hassett" },
				{ "us-otmp-director", "2018-11-09", "peter-navarro" },
				{ "us-ntc-director", "2017-03-01", "peter-navarro" },
				{ "us-senior-counselor-trade", "2025-10-17", "peter-navarro" },
				{ "us-president", "2018-11-01", "donald-trump" },
				{ "us-president", "2025-10-17", "donald-trump" },
				{ "cn-vice-premier", "2019-09-05", "liu-he" },
				{ "cn-vice-premier", "2025-10-17", "he-lifeng" },
				{ "cn-commerce-minister", "2019-07-30", "zhong-shan" },
				{ "cn-commerce-minister", "2022-06-01", "wang-wentao" },
				{ "pboc-governor", "2019-09-05", "yi-gang" },
				{ "pboc-governor", "2024-01-01", "pan-gongsheng" },
				{ "cn-premier", "2018-11-13", "li-keqiang" },
				{ "cn-premier", "2024-01-01", "li-qiang" },
				{ "cn-president", "2019-06-29", "xi-jinping" },
				{ "ccp-general-secretary", "2025-10-17", "xi-jinping" },
				{ "ccp-politburo-member", "2019-09-05", "liu-he" },
				{ "cn-ndrc-chairman", "2019-09-05", "he-lifeng" },
				{ "cn-cfeac-office-director", "2019-09-05", "liu-he" },
				{ "cn-cfeac-office-director", "2024-06-01", "he-lifeng" },
				{ "cn-international-trade-representative", "2025-10-17", "li-chenggang" },
				{ "eu-commissioner-economy", "2025-10-17", "valdis-dombrovskis" },
				{ "eu-trade-commissioner", "2022-06-01", "valdis-dombrovskis" },
				{ "de-finance-minister", "2025-10-17", "lars-klingbeil" },
				{ "de-vice-chancellor", "2025-10-17", "lars-klingbeil" } };
		var soft = new SoftAssertions();
		for (String[] c : cases) {
			soft.assertThat(holders(c[0], c[1])).as("%s on %s", c[0], c[1]).containsExactly(c[2]);
		}
		// Before Trump's first term and between his terms the record holds nobody (Biden is not in the corpus).
		soft.assertThat(holders("us-president", "2022-06-01")).isEmpty();
		soft.assertThat(holders("us-treasury-secretary", "2016-06-01")).isEmpty();
		soft.assertAll();
	}

	@Test
	void tenuresAreBackgroundCiteTheirSourcesAndFlagWhatIsUnconfirmed() {
		var tenures = byId("""
				MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
				RETURN t.id AS id, p.id AS person, post.id AS post, t.basis AS basis, t.confirmed AS confirmed,
				       t.note AS note, t.ordinal AS ordinal, t.startPrecision AS startPrecision, t.start AS start,
				       [(t)-[:CITES]->(s:Source {kind: 'reference'}) WHERE s.url STARTS WITH 'http' | s.id] AS cites""");
		assertThat(tenures).hasSizeGreaterThanOrEqualTo(36);
		assertThat(count("MATCH (t:Tenure) WHERE NOT (:Person)-[:HELD]->(t) OR NOT (t)-[:OF_POST]->(:Post) RETURN count(t)"))
			.isZero();
		var soft = new SoftAssertions();
		tenures.forEach((id, t) -> {
			soft.assertThat(t.get("basis")).as("basis of %s", id)
				.isEqualTo(t.get("post").equals("cn-trade-talks-lead") ? "article" : "background");
			soft.assertThat(list(t.get("cites"))).as("reference sources of %s", id).isNotEmpty();
			soft.assertThat(t.get("start")).as("start of %s", id).isInstanceOf(LocalDate.class);
			if (Boolean.FALSE.equals(t.get("confirmed"))) {
				soft.assertThat((String) t.get("note")).as("why %s is unconfirmed", id).isNotBlank();
			}
		});
		var unconfirmed = tenures.entrySet().stream().filter(e -> Boolean.FALSE.equals(e.getValue().get("confirmed")))
			.map(Map.Entry::getKey).toList();
		soft.assertThat(unconfirmed).containsExactlyInAnyOrder(
				"tenure-janet-yellen-us-treasury-secretary",
				"tenure-jamieson-greer-us-trade-representative",
				"tenure-wilbur-ross-us-commerce-secretary",
				"tenure-gina-raimondo-us-commerce-secretary",
				"tenure-liu-he-ccp-politburo-member",
				"tenure-liu-he-cn-cfeac-office-director",
				"tenure-he-lifeng-cn-cfeac-office-director",
				"tenure-liu-he-cn-trade-talks-lead",
				"tenure-he-lifeng-cn-trade-talks-lead",
				"tenure-valdis-dombrovskis-eu-trade-commissioner");
		soft.assertThat(tenures.get("tenure-steven-mnuchin-us-treasury-secretary").get("ordinal")).isEqualTo(77L);
		soft.assertThat(tenures.get("tenure-janet-yellen-us-treasury-secretary").get("ordinal")).isEqualTo(78L);
		soft.assertThat(tenures.get("tenure-scott-bessent-us-treasury-secretary").get("ordinal")).isEqualTo(79L);
		soft.assertThat(tenures.get("tenure-donald-trump-us-president-45").get("ordinal")).isEqualTo(45L);
		soft.assertThat(tenures.get("tenure-donald-trump-us-president-47").get("ordinal")).isEqualTo(47L);
		soft.assertThat(tenures.get("tenure-liu-he-ccp-politburo-member").get("startPrecision")).isEqualTo("month");
		// one reference Source per URL
		soft.assertThat(count("MATCH (s:Source {kind: 'reference'}) RETURN count(DISTINCT s.url)"))
			.isEqualTo(count("MATCH (s:Source {kind: 'reference'}) RETURN count(s)"))
			.isGreaterThanOrEqualTo(50);
		soft.assertAll();
	}

	// ---------------------------------------------------------------- aliases

	private static List<Object> lookup(String label, String name) {
		return query("MATCH (n:" + label + ") WHERE toLower(n.name) = $q OR any(a IN n.aliases WHERE toLower(a) = $q) "
				+ "RETURN n.id AS id ORDER BY id", Map.of("q", name.toLowerCase())).stream().map(r -> r.get("id")).toList();
	}

	@Test
	void aliasesFindPeopleAndPostsIncludingMisspellings() {
		var soft = new SoftAssertions();
		soft.assertThat(lookup("Person", "wibur ross")).containsExactly("wilbur-ross");
		soft.assertThat(lookup("Person", "Mr Zhong")).containsExactly("zhong-shan");
		soft.assertThat(lookup("Person", "Zhong")).containsExactly("zhong-shan");
		soft.assertThat(lookup("Person", "Liu")).containsExactly("liu-he");
		soft.assertThat(lookup("Person", "Mr Mnuchin")).containsExactly("steven-mnuchin");
		soft.assertThat(lookup("Person", "Donald J. Trump")).containsExactly("donald-trump");
		soft.assertThat(lookup("Person", "@realDonaldTrump")).containsExactly("donald-trump");
		soft.assertThat(lookup("Person", "Chairman Xi Jinping")).containsExactly("xi-jinping");
		soft.assertThat(lookup("Person", "Mr Lighthizer")).containsExactly("robert-lighthizer");
		soft.assertThat(lookup("Post", "Trade Rep")).containsExactly("us-trade-representative");
		soft.assertThat(lookup("Post", "USTR")).containsExactly("us-trade-representative");
		soft.assertThat(lookup("Post", "Treasury Secretary")).containsExactly("us-treasury-secretary");
		soft.assertThat(lookup("Post", "Secretary of the Treasury")).containsExactly("us-treasury-secretary");
		soft.assertThat(lookup("Post", "European Commissioner for Economic Affairs")).containsExactly("eu-commissioner-economy");
		soft.assertThat(lookup("Organization", "mini-state council")).containsExactly("cn-ndrc");
		soft.assertThat(lookup("Organization", "BT")).containsExactly("business-times");
		soft.assertAll();
	}

	// ---------------------------------------------------------------- model hygiene

	@Test
	void vocabulariesAndIdsFollowTheModel() {
		var soft = new SoftAssertions();
		soft.assertThat(count("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:SeedFile AND n.id IS NULL RETURN count(n)"))
			.as("nodes without id").isZero();
		soft.assertThat(query("""
				MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:SeedFile
				WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id""")).as("ids shared by two nodes").isEmpty();
		soft.assertThat(query("""
				MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:SeedFile AND NOT n:Country
				  AND NOT (n:Source AND n.kind = 'article') AND NOT n.id =~ '[a-z0-9]+(-[a-z0-9]+)*'
				RETURN n.id AS id""")).as("ids that are not lower-case slugs").isEmpty();
		soft.assertThat(count("MATCH (c:Country) WHERE NOT c.id =~ '[A-Z]{2}' RETURN count(c)")).isZero();
		soft.assertThat(count("MATCH (s:Source {kind: 'article'}) WHERE NOT s.id =~ '\\\\d{3}_[0-9a-f]{16}' RETURN count(s)")).isZero();
		Map<String, List<String>> vocab = new LinkedHashMap<>();
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.channel AS v", List.of("phone-call", "video-call", "in-person-round",
				"banquet", "visit", "summit-meeting", "public-statement", "social-media-post", "media-interview", "speech",
				"official-readout", "request-for-comment", "press-report", "meeting"));
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.status AS v",
				List.of("happened", "planned", "expected", "threatened", "cancelled"));
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.dateBasis AS v",
				List.of("stated", "derived-from-publication", "public-record", "inferred"));
		vocab.put("MATCH (e:Event) RETURN DISTINCT e.datePrecision AS v", List.of("day", "month", "year", "span"));
		vocab.put("MATCH (t:Tenure) UNWIND [t.startPrecision, t.endPrecision] AS v WITH v WHERE v IS NOT NULL RETURN DISTINCT v",
				List.of("day", "month", "year"));
		vocab.put("MATCH ()-[r:PARTICIPATED_IN]->() RETURN DISTINCT r.role AS v", List.of("initiator", "counterpart",
				"delegation-member", "delegation-lead", "host", "speaker", "author", "reporter", "recipient", "attendee",
				"subject"));
		vocab.put("MATCH (o:Organization) RETURN DISTINCT o.kind AS v", List.of("government-department", "agency",
				"executive-office", "party-body", "central-bank", "ministry", "state-council", "legislature", "military",
				"media-outlet", "company", "international-body", "forum", "analyst-community", "market", "unattributed"));
		vocab.put("MATCH (p:Place) RETURN DISTINCT p.kind AS v", List.of("city", "venue", "region", "port"));
		vocab.put("MATCH (m:Measure) RETURN DISTINCT m.kind AS v", List.of("tariff", "retaliatory-tariff",
				"export-control", "truce", "consensus", "threat", "goodwill-purchase", "legislation", "sales-ban"));
		vocab.put("MATCH (m:Measure) RETURN DISTINCT m.status AS v",
				List.of("in-force", "planned", "threatened", "expired", "proposed", "agreed", "reported"));
		vocab.put("MATCH (s:Stance) RETURN DISTINCT s.label AS v", List.of("hawk", "hardliner",
				"advocate-of-negotiated-solution", "focused-on-purchases", "willing-to-negotiate", "thwart-china-rise",
				"flip-flopping-bullying", "optimist"));
		vocab.put("MATCH (s:Source) RETURN DISTINCT s.kind AS v", List.of("article", "cited-report", "reference"));
		vocab.forEach((cypher, allowed) -> soft.assertThat(query(cypher)).extracting(r -> r.get("v")).as(cypher)
			.doesNotContainNull()
			.isSubsetOf(allowed));
		soft.assertThat(count("""
				MATCH ()-[r:PARTICIPATED_IN]->() WHERE r.post IS NOT NULL AND NOT EXISTS { MATCH (:Post {id: r.post}) }
				RETURN count(r)""")).as("participations naming an unknown post").isZero();
		soft.assertThat(count("MATCH (p:Post) WHERE NOT (p)-[:IN]->(:Organization) RETURN count(p)")).isZero();
		soft.assertAll();
	}

	// ---------------------------------------------------------------- idempotence

	private static Map<String, Object> counts() {
		var out = new TreeMap<String, Object>();
		query("MATCH (n) WHERE NOT n:__Neo4jMigration UNWIND labels(n) AS l RETURN l, count(*) AS c")
			.forEach(r -> out.put("label " + r.get("l"), r.get("c")));
		query("MATCH (n)-[r]->() WHERE NOT n:__Neo4jMigration RETURN type(r) AS t, count(*) AS c")
			.forEach(r -> out.put("rel " + r.get("t"), r.get("c")));
		query("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:SeedFile RETURN sum(size(keys(n))) AS props").forEach(r -> out.put("props", r.get("props")));
		return out;
	}

	@Test
	void runningEveryStatementAgainChangesNoCounts() {
		var before = counts();
		assertThat(before).containsKeys("label Event", "label Evidence", "label Tenure", "rel PARTICIPATED_IN");
		// Forget the recorded checksums so the loader really runs every statement a second time.
		graph().autoCommit("MATCH (f:SeedFile) DELETE f", Map.of());
		var again = loadSeed();
		assertThat(again).isNotEmpty().allMatch(a -> a.changed());
		assertThat(again).extracting(a -> a.nodesCreated()).containsOnly(0);
		assertThat(again).extracting(a -> a.relationshipsCreated()).containsOnly(0);
		assertThat(counts()).isEqualTo(before);
	}

	/** Counts after a real load, printed for the docs; also guards against whole files silently matching nothing. */
	@Test
	void theLoadedGraphHasTheExpectedSize() {
		var c = counts();
		var lines = new ArrayList<String>();
		c.forEach((k, v) -> lines.add(k + " = " + v));
		System.out.println("[negotiator graph] " + String.join(", ", lines));
		var soft = new SoftAssertions();
		soft.assertThat((Long) c.get("label Event")).isGreaterThanOrEqualTo(EVENTS.size());
		soft.assertThat((Long) c.get("label Measure")).isGreaterThanOrEqualTo(MEASURES.size());
		soft.assertThat((Long) c.get("label Stance")).isGreaterThanOrEqualTo(STANCES.size());
		soft.assertThat((Long) c.get("label Evidence")).isGreaterThanOrEqualTo(150);
		soft.assertThat((Long) c.get("rel EVIDENCED_BY")).isGreaterThanOrEqualTo(300);
		soft.assertAll();
	}
}
