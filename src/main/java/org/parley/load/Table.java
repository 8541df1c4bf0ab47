package org.parley.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parley.cypher.Scalar;
import org.parley.dates.Days;
import org.parley.errors.ParleyException;

/**
 * One CSV file of a synthetic (or any bulk) network: its columns with their types, and the Cypher that loads one
 * row. The body names each column as {@code _column}; the two paths only differ in what they write there, so they
 * create the same graph: Parley's loader sends each row as a list of typed values ({@code row[3]}),
 * {@code LOAD CSV WITH HEADERS} converts the text of each field ({@code date(row.start)}). Every row creates its node
 * with {@code CREATE} (ids are new, the id constraints guard them) together with its links to nodes of earlier
 * files, which it matches first by their id constraint's index; the tables are listed in load order.
 */
public enum Table {

	COUNTRIES("countries", "id name", """
			CREATE (:Country:Synthetic {id: _id, name: _name, aliases: []})"""),

	ORGANIZATIONS("organizations", "id name kind side", "side", """
			MATCH (c:Country {id: _side})
			CREATE (o:Organization:Synthetic {id: _id, name: _name, kind: _kind, side: _side, aliases: []}),
			  (o)-[:OF_COUNTRY]->(c)"""),

	TOPICS("topics", "id name", """
			CREATE (:Topic:Synthetic {id: _id, name: _name, aliases: []})"""),

	POSTS("posts", "id name side org", "org", """
			MATCH (o:Organization {id: _org})
			CREATE (p:Post:Synthetic {id: _id, name: _name, side: _side, aliases: []}), (p)-[:IN]->(o)"""),

	SOURCES("sources", "id title published:date publishedPrecision outlet", "outlet", """
			MATCH (o:Organization {id: _outlet})
			CREATE (s:Source:Synthetic {id: _id, title: _title, published: _published,
			  publishedPrecision: _publishedPrecision, kind: 'article', language: 'en'}), (s)-[:PUBLISHED_BY]->(o)"""),

	PEOPLE("people", "id name side", "side", """
			MATCH (c:Country {id: _side})
			CREATE (p:Person:Synthetic {id: _id, name: _name, side: _side, aliases: []}), (p)-[:REPRESENTS]->(c)"""),

	TENURES("tenures", "id person post start:date end:date source", "post", """
			MATCH (po:Post {id: _post})
			MATCH (p:Person {id: _person})
			MATCH (s:Source {id: _source})
			CREATE (t:Tenure:Synthetic {id: _id, start: _start, startPrecision: 'day', end: _end,
			  endPrecision: CASE WHEN _end IS NULL THEN null ELSE 'day' END, confirmed: true, basis: 'background'}),
			  (p)-[:HELD]->(t), (t)-[:OF_POST]->(po), (t)-[:CITES]->(s)"""),

	EVIDENCE("evidence", "id source phrase sourceGrade infoGrade:integer", "source", """
			MATCH (s:Source {id: _source})
			CREATE (ev:Evidence:Synthetic {id: _id, phrase: _phrase, sourceGrade: _sourceGrade,
			  infoGrade: _infoGrade, anonymous: _sourceGrade = 'C'}), (ev)-[:FROM]->(s)"""),

	EVENTS("events", "id title cameo channel date:date datePrecision dateBasis status topic evidence", "topic", """
			MATCH (t:Topic {id: _topic})
			MATCH (ev:Evidence {id: _evidence})
			CREATE (e:Event:Synthetic {id: _id, title: _title, cameo: _cameo, channel: _channel,
			  date: _date, datePrecision: _datePrecision, dateBasis: _dateBasis, status: _status,
			  dateNote: 'synthetic'}), (e)-[:ABOUT]->(t), (e)-[:EVIDENCED_BY]->(ev)"""),

	PARTICIPATIONS("participations", "person event role post side", "person", """
			MATCH (p:Person {id: _person})
			MATCH (e:Event {id: _event})
			CREATE (p)-[:PARTICIPATED_IN {role: _role, post: _post, side: _side}]->(e)"""),

	STANCES("stances", "id person label score:float validFrom:date assessor topic evidence", "person", """
			MATCH (p:Person {id: _person})
			MATCH (a:Organization {id: _assessor})
			MATCH (t:Topic {id: _topic})
			MATCH (ev:Evidence {id: _evidence})
			CREATE (s:Stance:Synthetic {id: _id, label: _label, score: _score,
			  validFrom: _validFrom, validFromPrecision: 'day', note: 'synthetic assessment',
			  personSide: p.side, compares: false}),
			  (s)-[:OF]->(p), (s)-[:ASSESSED_BY]->(a), (s)-[:ON_ISSUE]->(t), (s)-[:EVIDENCED_BY]->(ev)""");

	/** How a column's text becomes its value in Cypher, for LOAD CSV (the loader converts it by {@link Scalar#parse}). */
	private static String cypher(Scalar type, String field) {
		return switch (type) {
			case STRING -> field;
			case DATE -> "date(" + field + ")";
			case INTEGER -> "toInteger(" + field + ")";
			case FLOAT -> "toFloat(" + field + ")";
		};
	}

	private final String file;

	private final List<String> columns;

	private final List<Scalar> types;

	private final String body;

	/** The column whose node the loader matches once per group of rows (null: once per row). */
	private final String groupBy;

	/** Whether each row creates a node (else a relationship): one row, one node or relationship. */
	private final boolean createsNodes;

	/** The column variables of a body (a holder: an enum's constructor cannot use its own static fields). */
	private static final class Lines {

		static final Pattern COLUMN = Pattern.compile("(?<![\\w.])_([A-Za-z]\\w*)");
	}

	Table(String file, String columns, String body) {
		this(file, columns, null, body);
	}

	Table(String file, String columns, String groupBy, String body) {
		this.file = file + ".csv";
		this.columns = new ArrayList<>();
		this.types = new ArrayList<>();
		for (String column : columns.split(" ")) {
			String[] parts = column.split(":");
			this.columns.add(parts[0]);
			this.types.add(parts.length == 1 ? Scalar.STRING : Scalar.valueOf(parts[1].toUpperCase(Locale.ROOT)));
		}
		this.groupBy = groupBy;
		this.body = body;
		this.createsNodes = body.contains("{id: _id");
		if (groupBy != null && !body.lines().findFirst().orElseThrow().matches("MATCH \\(\\w+:\\w+ \\{id: _" + groupBy + "\\}\\)")) {
			throw new IllegalStateException(this + " must match its group column " + groupBy + " first");
		}
	}

	/** The file names in load order, for messages. */
	public static String files() {
		return Arrays.stream(values()).map(Table::file).collect(Collectors.joining(", "));
	}

	public String file() {
		return file;
	}

	/** The column names, as the file's header has them. */
	public List<String> columns() {
		return List.copyOf(columns);
	}

	/**
	 * A CSV record's fields as the loader sends them: typed values in column order, null for an empty field.
	 * @throws ParleyException naming the column when a field does not parse as its type
	 */
	List<Object> values(List<String> fields, String where) {
		List<Object> row = new ArrayList<>(fields.size());
		for (int i = 0; i < columns.size(); i++) {
			String text = fields.get(i);
			try {
				row.add(text == null || text.isEmpty() ? null : types.get(i).parse(text));
			}
			catch (RuntimeException ex) {
				throw new ParleyException(where + ": column " + columns.get(i) + ": '" + text + "' is not a "
						+ types.get(i).name().toLowerCase(Locale.ROOT));
			}
		}
		return row;
	}

	/** Whether each row creates one node (else one relationship), so created counts tell how many rows linked. */
	boolean createsNodes() {
		return createsNodes;
	}

	/**
	 * The Cypher by which the loader loads a batch given as {@code $rows} (see {@link #parameter}): each row a list of
	 * its typed column values. A table with a group column matches that column's node once per group of rows that
	 * share it (a person and their participations, a topic and its events, an outlet and its sources), not once per
	 * row: fewer index seeks and locks, the same graph as the row body.
	 */
	/** The row statement as written, columns as {@code _column}. */
	String body() {
		return body;
	}

	String unwind() {
		String rows = body + (this == EVENTS ? "\n" + CONTACT.replace("_contact", "row[" + columns.size() + "]") : "");
		if (groupBy == null) {
			return columnsAs("UNWIND $rows AS row\n" + rows, i -> "row[" + i + "]");
		}
		String first = rows.lines().findFirst().orElseThrow();
		return columnsAs("UNWIND $rows AS group\n" + first.replace("_" + groupBy, "group[0]") + "\nUNWIND group[1] AS row\n"
				+ rows.substring(first.length()).strip(), i -> "row[" + i + "]");
	}

	/**
	 * For the loader's events: the {@code Contact} label, set as each event is created from what the participation
	 * file says ({@link LoadFiles}), the value after the event's columns (its sides, or null); LOAD CSV labels the events
	 * afterwards.
	 */
	private static final String CONTACT = "FOREACH (_ IN CASE WHEN _contact IS NULL THEN [] ELSE [1] END | SET e:Contact, e.contactSides = _contact)";

	/** A batch of rows as {@link #unwind()} takes them: the rows, or [id, rows] groups in first-seen order. */
	Object parameter(List<List<Object>> rows) {
		if (groupBy == null) {
			return rows;
		}
		int key = columns.indexOf(groupBy);
		Map<Object, List<List<Object>>> groups = new LinkedHashMap<>();
		rows.forEach(row -> groups.computeIfAbsent(row.get(key), k -> new ArrayList<>()).add(row));
		List<List<Object>> batch = new ArrayList<>(groups.size());
		groups.forEach((k, members) -> batch.add(Arrays.asList(k, members)));
		return batch;
	}

	/** The same rows by {@code LOAD CSV} from {@code $url}, committing every {@code batch} rows. */
	String loadCsv(int batch) {
		return "LOAD CSV WITH HEADERS FROM $url AS row\nCALL (row) {\n"
				+ columnsAs(body, i -> cypher(types.get(i), "row." + columns.get(i))) + "\n} IN TRANSACTIONS OF " + batch + " ROWS";
	}

	/**
	 * The Cypher with each column variable ({@code _start}) replaced by its value expression: written in place rather
	 * than bound by a {@code WITH}, which would make the planner add an Eager before the creates.
	 */
	private String columnsAs(String cypher, IntFunction<String> value) {
		Matcher column = Lines.COLUMN.matcher(cypher);
		StringBuilder out = new StringBuilder();
		while (column.find()) {
			int i = columns.indexOf(column.group(1));
			if (i < 0) {
				throw new IllegalStateException(this + " has no column " + column.group(1));
			}
			column.appendReplacement(out, Matcher.quoteReplacement(value.apply(i)));
		}
		column.appendTail(out);
		return out.toString();
	}
}
