package org.parley.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * A batch of a {@link Table}'s rows written through Neo4j's Java API, for a store embedded in this JVM: the same
 * nodes, labels, properties and relationships as the table's Cypher (BulkLoadIT compares the two graphs), without
 * planning, running and shipping that Cypher. Each row first finds the nodes of earlier files it links to by their
 * id: a node found once is kept for the rest of the batch, a node an earlier table of this load created is taken by
 * its internal id when it still has that label and id ({@link CreatedNodes}), any other by the id constraint's index;
 * a row naming a node that is not there creates nothing, as the Cypher's {@code MATCH} does. A property whose value is
 * null is not set, as in a Cypher {@code CREATE}.
 */
final class InProcessRows {

	/** Nodes and relationships a batch created, and the nodes later tables may name (null when none may). */
	record Created(int nodes, int relationships, CreatedNodes.Batch named) {
	}

	private static final Label SYNTHETIC = Label.label("Synthetic");

	private static final Label COUNTRY = Label.label("Country");

	private static final Label ORGANIZATION = Label.label("Organization");

	private static final Label TOPIC = Label.label("Topic");

	private static final Label POST = Label.label("Post");

	private static final Label SOURCE = Label.label("Source");

	private static final Label PERSON = Label.label("Person");

	private static final Label TENURE = Label.label("Tenure");

	private static final Label EVIDENCE = Label.label("Evidence");

	private static final Label EVENT = Label.label("Event");

	private static final Label CONTACT = Label.label("Contact");

	private static final Label STANCE = Label.label("Stance");

	/** What Cypher stores for an empty list literal ({@code aliases: []}): an empty string array. */
	private static final String[] NONE = new String[0];

	private final Transaction tx;

	private final CreatedNodes created;

	/** The label of the nodes this batch creates if later tables name them, else null. */
	private final Label named;

	private final long[] namedHashes;

	private final long[] namedIds;

	private final Map<Label, Map<Object, Node>> found = new HashMap<>();

	private int nodes;

	private int relationships;

	private InProcessRows(Transaction tx, CreatedNodes created, Label named, int rows) {
		this.tx = tx;
		this.created = created;
		this.named = named;
		this.namedHashes = named == null ? null : new long[rows];
		this.namedIds = named == null ? null : new long[rows];
	}

	/**
	 * Writes the rows (each as {@link Table#values} gives it; an event's sides after its columns) in {@code tx}, finding
	 * the nodes of earlier tables among {@code created} first.
	 */
	static Created write(Transaction tx, Table table, List<List<Object>> rows, CreatedNodes created) {
		var batch = new InProcessRows(tx, created, named(table), rows.size());
		for (List<Object> row : rows) {
			batch.row(table, row);
		}
		CreatedNodes.Batch named = batch.named == null ? null
				: new CreatedNodes.Batch(batch.named, Arrays.copyOf(batch.namedHashes, batch.nodes),
						Arrays.copyOf(batch.namedIds, batch.nodes));
		return new Created(batch.nodes, batch.relationships, named);
	}

	/** The label of a table's nodes when a later table names them by id (tenures and stances are named by none). */
	private static Label named(Table table) {
		return switch (table) {
			case COUNTRIES -> COUNTRY;
			case ORGANIZATIONS -> ORGANIZATION;
			case TOPICS -> TOPIC;
			case POSTS -> POST;
			case SOURCES -> SOURCE;
			case PEOPLE -> PERSON;
			case EVIDENCE -> EVIDENCE;
			case EVENTS -> EVENT;
			default -> null;
		};
	}

	private void row(Table table, List<Object> r) {
		switch (table) {
			case COUNTRIES -> node(r.get(0), COUNTRY, "name", r.get(1), "aliases", NONE);
			case ORGANIZATIONS -> {
				Node c = find(COUNTRY, r.get(3));
				if (c != null) {
					link(node(r.get(0), ORGANIZATION, "name", r.get(1), "kind", r.get(2), "side", r.get(3), "aliases", NONE),
							"OF_COUNTRY", c);
				}
			}
			case TOPICS -> node(r.get(0), TOPIC, "name", r.get(1), "aliases", NONE);
			case POSTS -> {
				Node o = find(ORGANIZATION, r.get(3));
				if (o != null) {
					link(node(r.get(0), POST, "name", r.get(1), "side", r.get(2), "aliases", NONE), "IN", o);
				}
			}
			case SOURCES -> {
				Node o = find(ORGANIZATION, r.get(4));
				if (o != null) {
					link(node(r.get(0), SOURCE, "title", r.get(1), "published", r.get(2), "publishedPrecision", r.get(3),
							"kind", "article", "language", "en"), "PUBLISHED_BY", o);
				}
			}
			case PEOPLE -> {
				Node c = find(COUNTRY, r.get(2));
				if (c != null) {
					link(node(r.get(0), PERSON, "name", r.get(1), "side", r.get(2), "aliases", NONE), "REPRESENTS", c);
				}
			}
			case TENURES -> tenure(r);
			case EVIDENCE -> {
				Node s = find(SOURCE, r.get(1));
				if (s != null) {
					Object grade = r.get(3);
					link(node(r.get(0), EVIDENCE, "phrase", r.get(2), "sourceGrade", grade, "infoGrade", r.get(4),
							"anonymous", grade == null ? null : grade.equals("C")), "FROM", s);
				}
			}
			case EVENTS -> event(r);
			case PARTICIPATIONS -> {
				Node p = find(PERSON, r.get(0));
				Node e = find(EVENT, r.get(1));
				if (p != null && e != null) {
					var rel = p.createRelationshipTo(e, RelationshipType.withName("PARTICIPATED_IN"));
					set(rel, "role", r.get(2));
					set(rel, "post", r.get(3));
					set(rel, "side", r.get(4));
					relationships++;
				}
			}
			case STANCES -> stance(r);
			default -> throw new IllegalStateException("no Java API writer for " + table);
		}
	}

	private void tenure(List<Object> r) {
		Node post = find(POST, r.get(2));
		Node person = find(PERSON, r.get(1));
		Node source = find(SOURCE, r.get(5));
		if (post == null || person == null || source == null) {
			return;
		}
		Object end = r.get(4);
		Node t = node(r.get(0), TENURE, "start", r.get(3), "startPrecision", "day", "end", end,
				"endPrecision", end == null ? null : "day", "confirmed", true, "basis", "background");
		link(person, "HELD", t);
		link(t, "OF_POST", post);
		link(t, "CITES", source);
	}

	private void event(List<Object> r) {
		Node topic = find(TOPIC, r.get(8));
		Node evidence = find(EVIDENCE, r.get(9));
		if (topic == null || evidence == null) {
			return;
		}
		Node e = node(r.get(0), EVENT, "title", r.get(1), "cameo", r.get(2), "channel", r.get(3), "date", r.get(4),
				"datePrecision", r.get(5), "dateBasis", r.get(6), "status", r.get(7), "dateNote", "synthetic");
		link(e, "ABOUT", topic);
		link(e, "EVIDENCED_BY", evidence);
		if (r.size() > 10 && r.get(10) instanceof List<?> sides) {
			e.addLabel(CONTACT);
			e.setProperty("contactSides", sides.toArray(String[]::new));
		}
	}

	private void stance(List<Object> r) {
		Node person = find(PERSON, r.get(1));
		Node assessor = find(ORGANIZATION, r.get(5));
		Node topic = find(TOPIC, r.get(6));
		Node evidence = find(EVIDENCE, r.get(7));
		if (person == null || assessor == null || topic == null || evidence == null) {
			return;
		}
		Node s = node(r.get(0), STANCE, "label", r.get(2), "score", r.get(3), "validFrom", r.get(4),
				"validFromPrecision", "day", "note", "synthetic assessment", "personSide", person.getProperty("side", null),
				"compares", false);
		link(s, "OF", person);
		link(s, "ASSESSED_BY", assessor);
		link(s, "ON_ISSUE", topic);
		link(s, "EVIDENCED_BY", evidence);
	}

	/** The node of {@code label} with this id, or null: looked up once per batch. */
	private Node find(Label label, Object id) {
		if (id == null) {
			return null;
		}
		var ofLabel = found.computeIfAbsent(label, l -> new HashMap<>());
		Node node = ofLabel.get(id);
		if (node == null && !ofLabel.containsKey(id)) {
			node = created(label, id);
			if (node == null) {
				node = tx.findNode(label, "id", id);
			}
			ofLabel.put(id, node);
		}
		return node;
	}

	/** The node an earlier batch created with this label and id, if it still has them. */
	@SuppressWarnings("deprecation") // internal ids: valid while the node exists, which the check below makes sure of
	private Node created(Label label, Object id) {
		long candidate = created.candidate(label, id);
		if (CreatedNodes.none(candidate)) {
			return null;
		}
		try {
			Node node = tx.getNodeById(candidate);
			if (node.hasLabel(label) && id.equals(node.getProperty("id", null))) {
				created.countUse();
				return node;
			}
			return null;
		}
		catch (NotFoundException ex) {
			return null; // deleted since
		}
	}

	/** A new node of {@code label} and {@code :Synthetic} with its id and the other properties given as pairs. */
	@SuppressWarnings("deprecation") // see created()
	private Node node(Object id, Label label, Object... properties) {
		Node node = tx.createNode(label, SYNTHETIC);
		set(node, "id", id);
		for (int i = 0; i < properties.length; i += 2) {
			set(node, (String) properties[i], properties[i + 1]);
		}
		if (named != null) {
			namedHashes[nodes] = id instanceof String text ? CreatedNodes.hash(text) : 0;
			namedIds[nodes] = id instanceof String ? node.getId() : -1; // an id that is no text is not held
		}
		nodes++;
		return node;
	}

	private void link(Node from, String type, Node to) {
		from.createRelationshipTo(to, RelationshipType.withName(type));
		relationships++;
	}

	private static void set(org.neo4j.graphdb.Entity entity, String key, Object value) {
		if (value != null) {
			entity.setProperty(key, value);
		}
	}
}
