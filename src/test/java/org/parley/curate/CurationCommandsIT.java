package org.parley.curate;

import org.junit.jupiter.api.Test;
import org.parley.graph.ContactTallies;

import static org.assertj.core.api.Assertions.assertThat;

/** Each curation command on the seed graph: the canned questions show the edit at once; bad input writes nothing. */
class CurationCommandsIT extends CurationTestBase {

	@Test
	void addSourceRecordsTheOutletAndDate() {
		assertThat(out("add", "source", "--title", SOURCE, "--outlet", "Xinhua", "--published", "2025-10-20", "--url",
				"https://example.org/readout")).isEqualTo(
				"Recorded source readout-of-the-call: Readout of the call (Xinhua News Agency, 2025-10-20)\n");
		assertThat(out("add", "source", "--title", "A blog post", "--outlet", "Trade Watch Blog", "--published", "2025-10-21"))
			.isEqualTo("Recorded source a-blog-post: A blog post (Trade Watch Blog, new outlet, 2025-10-21)\n");
		assertThat(query("MATCH (s:Source {id: 'readout-of-the-call'})-[:PUBLISHED_BY]->(o:Organization) "
				+ "RETURN s.published AS day, s.recordedBy AS by, s.recordedAt IS NOT NULL AS at, o.id AS outlet").get(0))
			.containsEntry("outlet", "xinhua").containsEntry("by", System.getProperty("user.name")).containsEntry("at", true);
		fails(2, "invalid value '20-10-2025' for --published: expected a date as YYYY-MM-DD", "add", "source", "--title", "X",
				"--outlet", "Xinhua", "--published", "20-10-2025");
		fails(2, "missing option '--published'", "add", "source", "--title", "X", "--outlet", "Xinhua");
	}

	@Test
	void addPersonPostAndAppointShowInWhoAndRoles() {
		assertThat(out("add", "person", "Jane Doe", "--side", "US", "--alias", "J. Doe", "--alias", "Ms Doe", "--source", SOURCE,
				"--by", "analyst-1")).isEqualTo("Recorded person jane-doe: Jane Doe (US), also known as J. Doe, Ms Doe\n");
		assertThat(out("add", "post", "Deputy Trade Representative", "--org", "ustr-office", "--alias", "Deputy USTR",
				"--source", "readout-of-the-call")).startsWith("Recorded post us-deputy-trade-representative: ");
		assertThat(out("appoint", "Ms Doe", "Deputy USTR", "--from", "2025-02-01", "--source", "readout-of-the-call"))
			.isEqualTo("Recorded tenure tenure-jane-doe-us-deputy-trade-representative: Jane Doe held Deputy Trade Representative from 2025-02-01\n");
		assertThat(out("who", "Deputy USTR", "--at", "2025-06-01", "--format", "csv"))
			.isEqualTo("person,post,since,until,held,note\r\nJane Doe,Deputy Trade Representative,2025-02-01,,yes,\r\n");
		assertThat(query("MATCH (:Person {id: 'jane-doe'})-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(s:Source) "
				+ "RETURN e.recordedBy AS by, e.action AS action, s.title AS source").get(0))
			.containsEntry("by", "analyst-1").containsEntry("action", "add person").containsEntry("source", SOURCE);

		fails(1, "a tenure cannot end before it starts: --to 2024-01-01 is before --from 2025-01-01", "appoint", "Jane Doe",
				"Deputy USTR", "--from", "2025-01-01", "--to", "2024-01-01", "--source", SOURCE);
		fails(1, "Jane Doe already held Deputy Trade Representative 2025-02-01 on", "appoint", "Jane Doe", "Deputy USTR",
				"--from", "2025-05-01", "--source", SOURCE);
		fails(1, "no person named 'Jane Dough'; did you mean Jane Doe?", "appoint", "Jane Dough", "Deputy USTR", "--from",
				"2025-05-01", "--source", SOURCE);
		fails(1, "'Li' is ambiguous: Li Chenggang (li-chenggang), Li Keqiang (li-keqiang), Li Qiang (li-qiang)", "appoint",
				"Li", "Deputy USTR", "--from", "2025-05-01", "--source", SOURCE);
		fails(2, "missing option '--source'", "appoint", "Jane Doe", "Deputy USTR", "--from", "2025-05-01");
		fails(1, "no source with id 'no-such-source'", "appoint", "Mnuchin", "Deputy USTR", "--from", "2025-05-01", "--source",
				"no-such-source");
		fails(1, "duplicate alias 'ms doe'", "add", "person", "John Roe", "--side", "US", "--alias", "Ms Doe", "--alias",
				"ms doe", "--source", SOURCE);
		fails(1, "no side named 'Atlantis'", "add", "person", "John Roe", "--side", "Atlantis", "--source", SOURCE);
		fails(2, "option '--side' is given twice", "add", "person", "John Roe", "--side", "US", "--side", "CN", "--source", SOURCE);

		assertThat(out("end-tenure", "Jane Doe", "Deputy USTR", "--on", "2025-09-30", "--source", SOURCE))
			.isEqualTo("Recorded the end of tenure-jane-doe-us-deputy-trade-representative: Jane Doe held Deputy Trade "
					+ "Representative from 2025-02-01 to 2025-09-30\n");
		assertThat(out("roles", "Jane Doe", "--format", "csv")).contains("2025-02-01,2025-09-30");
		fails(1, "Jane Doe has no open tenure in Deputy Trade Representative", "end-tenure", "Jane Doe", "Deputy USTR",
				"--on", "2025-10-30", "--source", SOURCE);
		fails(1, "a tenure cannot end before it starts: --on 2020-01-01 is before 2025-01-28", "end-tenure", "Bessent",
				"Treasury Secretary", "--on", "2020-01-01", "--source", SOURCE);
		fails(2, "invalid value 'soon' for --on: expected a date as YYYY-MM-DD", "end-tenure", "Bessent",
				"Treasury Secretary", "--on", "soon", "--source", SOURCE);
	}

	@Test
	void addEventShowsInTimelineAndChannelsUntilRetracted() {
		String before = out("channels", "--from", "2025-10-01", "--to", "2025-12-31", "--format", "csv");
		assertThat(out("add", "event", "--channel", "video-call", "--date", "2025-11-04", "--participants", "Bessent, He Lifeng",
				"--topic", "tariffs", "--topic", "rare earths", "--place", "Beijing", "--source", SOURCE))
			.isEqualTo("Recorded event video-call-bessent-lifeng-2025-11-04: Video call: Scott Bessent, He Lifeng "
					+ "(video-call, happened, 2025-11-04) with Scott Bessent, He Lifeng\n");
		assertThat(out("timeline", "rare earths", "--from", "2025-11-01", "--format", "csv")).isEqualTo(
				"date,event,channel,status,participants,place,source\r\n2025-11-04,\"Video call: Scott Bessent, He Lifeng\","
						+ "video-call,happened,\"He Lifeng (CN), Scott Bessent (US)\",Beijing,readout-of-the-call\r\n");
		assertThat(out("channels", "--from", "2025-10-01", "--to", "2025-12-31", "--format", "csv")).contains("2025-Q4,video-call,2,");
		assertThat(count("MATCH (e:Event:Contact {id: 'video-call-bessent-lifeng-2025-11-04'}) RETURN count(e)")).isOne();
		assertThat(count(WRONGLY_CONTACT)).isZero();
		assertThat(query(ContactTallies.WRONG)).isEmpty();
		assertThat(out("counterparts", "Bessent", "--format", "csv")).contains("He Lifeng,CN,Vice Premier of the State Council");
		assertThat(out("add", "event", "--channel", "phone-call", "--date", "2019-08-15", "--precision", "month",
				"--participants", "Mnuchin, Liu He", "--status", "planned", "--title", "Call planned for August",
				"--source", SOURCE)).contains("phone-call-mnuchin-he-2019-08-01: Call planned for August (phone-call, planned, 2019-08-01)");

		assertThat(out("retract", "video-call-bessent-lifeng-2025-11-04", "--reason", "The readout was a draft"))
			.isEqualTo("Retracted event video-call-bessent-lifeng-2025-11-04: The readout was a draft\n");
		assertThat(out("channels", "--from", "2025-10-01", "--to", "2025-12-31", "--format", "csv")).isEqualTo(before);
		assertThat(query(ContactTallies.WRONG)).isEmpty();
		assertThat(out("timeline", "rare earths", "--from", "2025-11-01")).isEqualTo("No events on Rare earths are recorded from 2025-11-01.\n");
		assertThat(query("MATCH (e:Event:Retracted) MATCH (x:Edit {target: e.id}) RETURN x.value AS reason, x.recordedBy AS by").get(0))
			.containsEntry("reason", "The readout was a draft").containsEntry("by", System.getProperty("user.name"));
		assertThat(out("retract", "tenure-steven-mnuchin-us-treasury-secretary", "--reason", "test")).startsWith("Retracted tenure");
		assertThat(out("who", "Treasury Secretary", "--at", "2019-07-30")).startsWith("Nobody held Secretary of the Treasury on 2019-07-30");

		fails(2, "invalid value 'telegram' for --channel: expected one of phone-call, video-call, in-person-round, banquet, visit,",
				"add", "event", "--channel", "telegram", "--date", "2025-11-04", "--participants", "Bessent", "--source", SOURCE);
		fails(2, "invalid value 'week' for --precision: expected one of day, month, year", "add", "event", "--channel",
				"phone-call", "--date", "2025-11-04", "--precision", "week", "--participants", "Bessent", "--source", SOURCE);
		fails(2, "invalid value 'rumoured' for --status: expected one of happened, planned, expected, threatened, cancelled",
				"add", "event", "--channel", "phone-call", "--date", "2025-11-04", "--status", "rumoured", "--participants",
				"Bessent", "--source", SOURCE);
		fails(2, "invalid value '2025-13-04' for --date", "add", "event", "--channel", "phone-call", "--date", "2025-13-04",
				"--participants", "Bessent", "--source", SOURCE);
		fails(1, "no person or organization named 'Nobody Atall'", "add", "event", "--channel", "phone-call", "--date",
				"2025-11-04", "--participants", "Bessent, Nobody Atall", "--source", SOURCE);
		fails(1, "'video-call-bessent-lifeng-2025-11-04' is already retracted", "retract",
				"video-call-bessent-lifeng-2025-11-04", "--reason", "again");
		fails(1, "no event, tenure or stance with id 'steven-mnuchin'", "retract", "steven-mnuchin", "--reason", "x");
	}

	@Test
	void assessShowsInStanceAndHawks() {
		out("add", "source", "--title", SOURCE, "--outlet", "Xinhua", "--published", "2025-10-20");
		assertThat(out("assess", "He Lifeng", "--stance", "-0.4", "--issue", "tariffs", "--from", "2025-10-20", "--source",
				SOURCE, "--recorded-by", "analyst-2")).isEqualTo(
				"Recorded stance stance-he-lifeng-dove-2025: He Lifeng dove (-0.4) on Tariffs from 2025-10-20\n");
		assertThat(out("stance", "He Lifeng", "--format", "csv")).contains("2025-10-20,dove,-0.4,Xinhua News Agency,Tariffs");
		assertThat(out("hawks", "--side", "CN", "--at", "2025-12-31", "--format", "csv")).contains("He Lifeng,CN,-0.4,dove");
		assertThat(out("assess", "Bessent", "--stance", "hawk", "--issue", "tariffs", "--from", "2025-10-20", "--source",
				SOURCE, "--by", "Navarro")).contains("Scott Bessent hawk (1.0)");
		assertThat(out("stance", "Bessent", "--format", "csv")).contains("hawk,1.0,Peter Navarro,Tariffs");

		fails(2, "invalid value 'hawkish' for --stance: expected hawk, dove or a score from -1 to 1", "assess", "Bessent",
				"--stance", "hawkish", "--issue", "tariffs", "--from", "2025-10-20", "--source", SOURCE);
		fails(2, "invalid value '2' for --stance", "assess", "Bessent", "--stance", "2", "--issue", "tariffs", "--from",
				"2025-10-20", "--source", SOURCE);
		fails(1, "names no outlet; give --by with who made the assessment", "assess", "Bessent", "--stance", "dove",
				"--issue", "tariffs", "--from", "2025-10-20", "--source", "A title without an outlet");
		fails(1, "no topic named", "assess", "Bessent", "--stance", "dove", "--issue", "weather", "--from", "2025-10-20",
				"--source", SOURCE);
	}

	@Test
	void aliasAndMergeMoveEverythingToTheKeptPerson() {
		assertThat(out("alias", "Liu He", "Vice Premier Liu")).isEqualTo("Recorded alias 'Vice Premier Liu' for Liu He (liu-he)\n");
		assertThat(out("person", "Vice Premier Liu")).contains("Liu He");
		fails(1, "duplicate alias: Liu He is already known as 'vice premier liu'", "alias", "Liu He", "vice premier liu");
		fails(1, "cannot merge Liu He (liu-he) into itself", "merge", "Liu He", "Mr Liu");

		out("add", "person", "Liu H.", "--side", "CN", "--alias", "L. He", "--source", SOURCE);
		out("add", "event", "--channel", "phone-call", "--date", "2020-01-10", "--participants", "Liu H., Lighthizer", "--source", SOURCE);
		long liuContacts = count("MATCH (:Person {id: 'liu-he'})-[:PARTICIPATED_IN]->(e) RETURN count(e)");
		assertThat(out("merge", "Liu He", "Liu H.")).isEqualTo("Merged Liu H. (liu-h) into Liu He (liu-he); new aliases: Liu H., L. He\n");
		assertThat(count("MATCH (p:Person {id: 'liu-h'}) RETURN count(p)")).isZero();
		assertThat(count("MATCH (:Person {id: 'liu-he'})-[:PARTICIPATED_IN]->(e) RETURN count(e)")).isEqualTo(liuContacts + 1);
		assertThat(count("MATCH (:Person {id: 'liu-he'})-[:EVIDENCED_BY]->(:Evidence {id: 'evidence-liu-h'}) RETURN count(*)")).isOne();
		String person = out("person", "L. He");
		assertThat(person).contains("Liu H.").contains("L. He").contains("Vice Premier Liu");
		assertThat(out("counterparts", "Liu He", "--format", "csv")).contains("Robert Lighthizer,US,");
		assertThat(count(WRONGLY_CONTACT)).isZero();
		fails(1, "no person named 'liu-h'", "merge", "Liu He", "liu-h");
	}
}
