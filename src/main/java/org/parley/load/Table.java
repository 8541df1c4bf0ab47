package org.parley.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file of a synthetic (or any bulk) network: its columns and the Cypher that loads one row. The row body is
 * the same for Parley's loader ({@code UNWIND $rows AS row}) and for {@code LOAD CSV WITH HEADERS}, so both paths
 * create the same graph. Every row creates its node with {@code CREATE} (ids are new, the id constraints guard them)
 * together with its links to nodes of earlier files, which it matches first (by their id constraint's index, no
 * Eager operator); the tables are listed in load order.
 */
public enum Table {

	COUNTRIES("countries", List.of("id", "name"), """
			CREATE (:Country:Synthetic {id: row.id, name: row.name, aliases: []})"""),

	ORGANIZATIONS("organizations", List.of("id", "name", "kind", "side"), "side", """
			MATCH (c:Country {id: row.side})
			CREATE (o:Organization:Synthetic {id: row.id, name: row.name, kind: row.kind, side: row.side, aliases: []}),
			  (o)-[:OF_COUNTRY]->(c)"""),

	TOPICS("topics", List.of("id", "name"), """
			CREATE (:Topic:Synthetic {id: row.id, name: row.name, aliases: []})"""),

	POSTS("posts", List.of("id", "name", "side", "org"), "org", """
			MATCH (o:Organization {id: row.org})
			CREATE (p:Post:Synthetic {id: row.id, name: row.name, side: row.side, aliases: []}), (p)-[:IN]->(o)"""),

	SOURCES("sources", List.of("id", "title", "published", "publishedPrecision", "outlet"), "outlet", """
			MATCH (o:Organization {id: row.outlet})
			CREATE (s:Source:Synthetic {id: row.id, title: row.title, published: date(row.published),
			  publishedPrecision: row.publishedPrecision, kind: 'article', language: 'en'}), (s)-[:PUBLISHED_BY]->(o)"""),

	PEOPLE("people", List.of("id", "name", "side"), "side", """
			MATCH (c:Country {id: row.side})
			CREATE (p:Person:Synthetic {id: row.id, name: row.name, side: row.side, aliases: []}), (p)-[:REPRESENTS]->(c)"""),

	TENURES("tenures", List.of("id", "person", "post", "start", "end", "source"), """
			MATCH (p:Person {id: row.person})
			MATCH (post:Post {id: row.post})
			MATCH (s:Source {id: row.source})
			CREATE (t:Tenure:Synthetic {id: row.id, start: date(row.start), startPrecision: 'day', end: date(row.end),
			  endPrecision: CASE WHEN row.end IS NULL THEN null ELSE 'day' END, confirmed: true, basis: 'background'}),
			  (p)-[:HELD]->(t), (t)-[:OF_POST]->(post), (t)-[:CITES]->(s)"""),

	EVIDENCE("evidence", List.of("id", "source", "phrase", "sourceGrade", "infoGrade"), """
			MATCH (s:Source {id: row.source})
			CREATE (ev:Evidence:Synthetic {id: row.id, phrase: row.phrase, sourceGrade: row.sourceGrade,
			  infoGrade: toInteger(row.infoGrade), anonymous: row.sourceGrade = 'C'}), (ev)-[:FROM]->(s)"""),

	EVENTS("events", List.of("id", "title", "cameo", "channel", "date", "datePrecision", "dateBasis", "status", "topic",
			"evidence"), "topic", """
			MATCH (t:Topic {id: row.topic})
			MATCH (ev:Evidence {id: row.evidence})
			CREATE (e:Event:Synthetic {id: row.id, title: row.title, cameo: row.cameo, channel: row.channel,
			  date: date(row.date), datePrecision: row.datePrecision, dateBasis: row.dateBasis, status: row.status,
			  dateNote: 'synthetic'}), (e)-[:ABOUT]->(t), (e)-[:EVIDENCED_BY]->(ev)"""),

	PARTICIPATIONS("participations", List.of("person", "event", "role", "post", "side"), "person", """
			MATCH (p:Person {id: row.person})
			MATCH (e:Event {id: row.event})
			CREATE (p)-[:PARTICIPATED_IN {role: row.role, post: row.post, side: row.side}]->(e)"""),

	STANCES("stances", List.of("id", "person", "label", "score", "validFrom", "assessor", "topic", "evidence"), """
			MATCH (p:Person {id: row.person})
			MATCH (a:Organization {id: row.assessor})
			MATCH (t:Topic {id: row.topic})
			MATCH (ev:Evidence {id: row.evidence})
			CREATE (s:Stance:Synthetic {id: row.id, label: row.label, score: toFloat(row.score),
			  validFrom: date(row.validFrom), validFromPrecision: 'day', note: 'synthetic assessment'}),
			  (s)-[:OF]->(p), (s)-[:ASSESSED_BY]->(a), (s)-[:ON_ISSUE]->(t), (s)-[:EVIDENCED_BY]->(ev)""");

	private final String file;

	private final List<String> columns;

	private final String body;

	/** The column whose node the loader matches once per group of rows (null: once per row). */
	private final String groupBy;

	Table(String file, List<String> columns, String body) {
		this(file, columns, null, body);
	}

	Table(String file, List<String> columns, String groupBy, String body) {
		this.file = file + ".csv";
		this.columns = columns;
		this.groupBy = groupBy;
		this.body = body;
	}

	/** The file names in load order, for messages. */
	public static String files() {
		return java.util.Arrays.stream(values()).map(Table::file).collect(java.util.stream.Collectors.joining(", "));
	}

	public String file() {
		return file;
	}

	public List<String> columns() {
		return columns;
	}

	/**
	 * The Cypher that loads a batch given as {@code $rows} (see {@link #parameter}). A table with a group column matches
	 * that column's node once per group of rows that share it (a person and their participations, a topic and its
	 * events), not once per row: fewer index seeks and locks, the same graph as the row body.
	 */
	String unwind() {
		if (groupBy == null) {
			return "UNWIND $rows AS row\n" + body;
		}
		String first = body.lines().findFirst().orElseThrow();
		if (!first.startsWith("MATCH") || !first.contains("{id: row." + groupBy + "})")) {
			throw new IllegalStateException(this + " must match its group column " + groupBy + " first");
		}
		return "UNWIND $rows AS group\n" + first.replace("row." + groupBy, "group.key") + "\nUNWIND group.rows AS row\n"
				+ body.substring(first.length()).strip();
	}

	/** A batch of rows (maps of strings, null for empty fields) as {@link #unwind()} takes it, grouped in first-seen order. */
	Object parameter(List<Map<String, Object>> rows) {
		if (groupBy == null) {
			return rows;
		}
		Map<Object, List<Map<String, Object>>> groups = new LinkedHashMap<>();
		rows.forEach(row -> groups.computeIfAbsent(row.get(groupBy), key -> new ArrayList<>()).add(row));
		List<Map<String, Object>> batch = new ArrayList<>(groups.size());
		groups.forEach((key, members) -> {
			Map<String, Object> group = new HashMap<>(4);
			group.put("key", key);
			group.put("rows", members);
			batch.add(group);
		});
		return batch;
	}

	/** The same rows by {@code LOAD CSV} from {@code $url}, committing every {@code batch} rows. */
	String loadCsv(int batch) {
		return "LOAD CSV WITH HEADERS FROM $url AS row\nCALL (row) {\n" + body + "\n} IN TRANSACTIONS OF " + batch + " ROWS";
	}
}
