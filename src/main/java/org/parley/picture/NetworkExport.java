package org.parley.picture;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.parley.render.Palette;

/**
 * The participation network as a file for Gephi, yEd or Graphviz, written by JGraphT's exporters: people and
 * organisations, events, and an edge from each participant to each event they took part in. Nodes carry kind,
 * label, side (participants), channel, date, precision, status and number of evidence records (events); edges carry
 * the role, the post held and the side taken.
 */
final class NetworkExport {

	/** The file formats, with the extensions their files may have. */
	enum Format {

		GRAPHML(List.of("graphml", "xml")), GEXF(List.of("gexf")), DOT(List.of("dot", "gv"));

		final List<String> extensions;

		Format(List<String> extensions) {
			this.extensions = extensions;
		}

		String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}

		boolean fits(String file) {
			String name = file.toLowerCase(Locale.ROOT);
			return extensions.stream().anyMatch(e -> name.endsWith("." + e));
		}

		String extensionList() {
			return String.join(" or ", extensions.stream().map(e -> "." + e).toList());
		}
	}

	/** A participant or an event; one instance per id. */
	record Node(int index, String id, Map<String, String> attributes) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Node node && node.id.equals(id);
		}

		@Override
		public int hashCode() {
			return id.hashCode();
		}
	}

	/** One participation; {@code index} makes each distinct. */
	record Part(int index, Map<String, String> attributes) {
	}

	static final List<String> NODE_ATTRIBUTES = List.of("kind", "side", "channel", "date", "precision", "status", "evidence");

	static final List<String> EDGE_ATTRIBUTES = List.of("role", "post", "as_side");

	private final Graph<Node, Part> graph = new DirectedPseudograph<>(null, null, false);

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	/** Adds one participation row of {@code export-participations.cypher}. */
	void add(org.neo4j.driver.Record row) {
		Node who = node(row.get("who").asString(), attributes("label", row.get("name").asString(), "kind",
				row.get("kind").asString(), "side", row.get("side").asString(null)));
		Node event = node(row.get("event").asString(), attributes("label", row.get("title").asString(), "kind", "event",
				"channel", row.get("channel").asString(null), "date", row.get("date").asString(null), "precision",
				row.get("precision").asString(null), "status", row.get("status").asString(null), "evidence",
				String.valueOf(row.get("evidence").asLong())));
		graph.addEdge(who, event, new Part(graph.edgeSet().size(), attributes("role", row.get("role").asString(null),
				"post", row.get("post").asString(null), "as_side", row.get("asSide").asString(null))));
	}

	int nodeCount() {
		return graph.vertexSet().size();
	}

	int edgeCount() {
		return graph.edgeSet().size();
	}

	private Node node(String id, Map<String, String> attributes) {
		return nodes.computeIfAbsent(id, key -> {
			var node = new Node(nodes.size(), key, attributes);
			graph.addVertex(node);
			return node;
		});
	}

	private static Map<String, String> attributes(String... pairs) {
		var map = new LinkedHashMap<String, String>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				map.put(pairs[i], pairs[i + 1]);
			}
		}
		return map;
	}

	String write(Format format, String description) {
		GraphExporter<Node, Part> exporter = switch (format) {
			case GRAPHML -> graphml();
			case GEXF -> gexf(description);
			case DOT -> dot();
		};
		var text = new StringWriter();
		exporter.exportGraph(graph, text);
		return text.toString();
	}

	private static GraphMLExporter<Node, Part> graphml() {
		var exporter = new GraphMLExporter<Node, Part>(Node::id);
		exporter.setEdgeIdProvider(part -> "p" + part.index());
		exporter.setExportVertexLabels(true);
		exporter.setVertexLabelAttributeName("label");
		NODE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE,
				name.equals("evidence") ? AttributeType.INT : AttributeType.STRING));
		EDGE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE,
				AttributeType.STRING));
		exporter.setVertexAttributeProvider(NetworkExport::vertexAttributes);
		exporter.setEdgeAttributeProvider(part -> edgeAttributes(part, ""));
		return exporter;
	}

	private static GEXFExporter<Node, Part> gexf(String description) {
		var exporter = new GEXFExporter<Node, Part>(Node::id, part -> "p" + part.index());
		exporter.setCreator("Parley");
		exporter.setDescription(description);
		NODE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE,
				name.equals("evidence") ? GEXFAttributeType.INTEGER : GEXFAttributeType.STRING));
		EDGE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE,
				GEXFAttributeType.STRING));
		exporter.setVertexAttributeProvider(NetworkExport::vertexAttributes);
		exporter.setEdgeAttributeProvider(part -> edgeAttributes(part, ""));
		return exporter;
	}

	private static DOTExporter<Node, Part> dot() {
		var exporter = new DOTExporter<Node, Part>(node -> "n" + node.index());
		exporter.setGraphIdProvider(() -> "parley");
		exporter.setVertexAttributeProvider(node -> {
			Map<String, Attribute> attributes = vertexAttributes(node);
			attributes.put("parley_id", DefaultAttribute.createAttribute(node.id()));
			boolean event = "event".equals(node.attributes().get("kind"));
			attributes.put("shape", DefaultAttribute.createAttribute(event ? "box" : "ellipse"));
			attributes.put("style", DefaultAttribute.createAttribute("filled"));
			attributes.put("fillcolor", DefaultAttribute.createAttribute(Palette.hex(event
					? Palette.channel(node.attributes().get("channel")) : Palette.side(node.attributes().get("side")))));
			return attributes;
		});
		exporter.setEdgeAttributeProvider(part -> {
			Map<String, Attribute> attributes = edgeAttributes(part, "");
			attributes.put("label", DefaultAttribute.createAttribute(part.attributes().getOrDefault("role", "")));
			return attributes;
		});
		return exporter;
	}

	private static Map<String, Attribute> vertexAttributes(Node node) {
		var map = new LinkedHashMap<String, Attribute>();
		node.attributes().forEach((key, value) -> map.put(key, key.equals("evidence")
				? DefaultAttribute.createAttribute(Integer.valueOf(value)) : DefaultAttribute.createAttribute(value)));
		return map;
	}

	private static Map<String, Attribute> edgeAttributes(Part part, String prefix) {
		var map = new LinkedHashMap<String, Attribute>();
		part.attributes().forEach((key, value) -> map.put(prefix + key, DefaultAttribute.createAttribute(value)));
		return map;
	}
}
