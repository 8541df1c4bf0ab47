package org.parley.report.format;

import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.parley.cypher.CypherLiterals;

/**
 * How result values look in each format. Values are what the driver's {@code Value.asObject()} returns: text,
 * numbers, booleans, {@code java.time} values, {@link IsoDuration}, {@link Point}, {@link Node},
 * {@link Relationship}, {@link Path}, lists and maps.
 * <ul>
 * <li>{@link #text}: one line for table, CSV and markdown cells. Dates and durations in ISO-8601, lists joined with
 * {@code ", "}, nodes as {@code (:Person {id: "xi-jinping", name: "Xi Jinping"})}.</li>
 * <li>{@link #json}: a tree of maps, lists, text, numbers and booleans for Jackson. Nodes become
 * {@code {elementId, labels, properties}}, relationships {@code {elementId, type, start, end, properties}}, paths
 * {@code {nodes, relationships}}; dates and durations ISO-8601 text.</li>
 * </ul>
 */
public final class CellText {

	private CellText() {
	}

	/** A cell's text: {@code null} is empty, text is itself, everything else as {@link #literal} without quotes at the top. */
	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(item -> item instanceof String s ? s : literal(item)).collect(Collectors.joining(", "));
		}
		return literal(value);
	}

	/** Cypher-like text of a value inside a structure: strings quoted, {@code null} spelt out. */
	public static String literal(Object value) {
		return CypherLiterals.literal(value, DISPLAY);
	}

	/** How {@link #literal} writes text (double-quoted), keys (as they are) and other values (as Cypher shows them). */
	private static final CypherLiterals.Style DISPLAY = new CypherLiterals.Style(
			s -> '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"', key -> key, false, CellText::other);

	private static String other(Object value) {
		if (value instanceof TemporalAccessor temporal) {
			return temporal(temporal);
		}
		if (value instanceof IsoDuration duration) {
			return duration(duration);
		}
		if (value instanceof Point point) {
			return "point({srid: " + point.srid() + ", x: " + point.x() + ", y: " + point.y()
					+ (Double.isNaN(point.z()) ? "" : ", z: " + point.z()) + "})";
		}
		if (value instanceof Node node) {
			return node(node);
		}
		if (value instanceof Relationship rel) {
			return "[:" + rel.type() + properties(rel.asMap(), false) + "]";
		}
		if (value instanceof Path path) {
			return path(path);
		}
		if (value instanceof byte[] bytes) {
			return Base64.getEncoder().encodeToString(bytes);
		}
		return String.valueOf(value);
	}

	/** A JSON-ready tree of the value. */
	public static Object json(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
				|| value instanceof Integer) {
			return value;
		}
		if (value instanceof Double d) {
			return d.isNaN() || d.isInfinite() ? d.toString() : d;
		}
		if (value instanceof Node node) {
			var map = new LinkedHashMap<String, Object>();
			map.put("elementId", node.elementId());
			map.put("labels", sortedLabels(node));
			map.put("properties", jsonProperties(node.asMap()));
			return map;
		}
		if (value instanceof Relationship rel) {
			var map = new LinkedHashMap<String, Object>();
			map.put("elementId", rel.elementId());
			map.put("type", rel.type());
			map.put("start", rel.startNodeElementId());
			map.put("end", rel.endNodeElementId());
			map.put("properties", jsonProperties(rel.asMap()));
			return map;
		}
		if (value instanceof Path path) {
			var map = new LinkedHashMap<String, Object>();
			var nodes = new ArrayList<Object>();
			path.nodes().forEach(n -> nodes.add(json(n)));
			var rels = new ArrayList<Object>();
			path.relationships().forEach(r -> rels.add(json(r)));
			map.put("nodes", nodes);
			map.put("relationships", rels);
			return map;
		}
		if (value instanceof Point point) {
			var map = new LinkedHashMap<String, Object>();
			map.put("srid", point.srid());
			map.put("x", point.x());
			map.put("y", point.y());
			if (!Double.isNaN(point.z())) {
				map.put("z", point.z());
			}
			return map;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(CellText::json).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
		}
		if (value instanceof Map<?, ?> map) {
			var out = new LinkedHashMap<String, Object>();
			map.forEach((k, v) -> out.put(String.valueOf(k), json(v)));
			return out;
		}
		return text(value);
	}

	/** ISO-8601 with seconds always present, so that values in one column line up and parse back. */
	public static String temporal(TemporalAccessor value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned.getZone() instanceof ZoneOffset ? zoned.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
					: zoned.format(DateTimeFormatter.ISO_ZONED_DATE_TIME);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		if (value instanceof OffsetTime time) {
			return time.format(DateTimeFormatter.ISO_OFFSET_TIME);
		}
		if (value instanceof java.time.LocalDateTime local) {
			return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		}
		if (value instanceof java.time.LocalTime local) {
			return local.format(DateTimeFormatter.ISO_LOCAL_TIME);
		}
		return value.toString();
	}

	/** ISO-8601 duration: {@code P1Y2M3DT4H5M6.5S}, {@code PT0S}. */
	public static String duration(IsoDuration duration) {
		var text = new StringBuilder("P");
		long years = duration.months() / 12;
		long months = duration.months() % 12;
		append(text, years, 'Y');
		append(text, months, 'M');
		append(text, duration.days(), 'D');
		long seconds = duration.seconds();
		int nanos = duration.nanoseconds();
		if (seconds != 0 || nanos != 0 || text.length() == 1) {
			text.append('T');
			long hours = seconds / 3600;
			long minutes = (seconds % 3600) / 60;
			long rest = seconds % 60;
			append(text, hours, 'H');
			append(text, minutes, 'M');
			if (rest != 0 || nanos != 0 || text.charAt(text.length() - 1) == 'T') {
				text.append(rest);
				if (nanos != 0) {
					text.append('.').append(String.format("%09d", Math.abs(nanos)).replaceAll("0+$", ""));
				}
				text.append('S');
			}
		}
		return text.toString();
	}

	private static void append(StringBuilder text, long amount, char unit) {
		if (amount != 0) {
			text.append(amount).append(unit);
		}
	}

	/** {@code (:Person {id: "xi-jinping", name: "Xi Jinping"})}: id and name when it has them, else every property. */
	private static String node(Node node) {
		String labels = sortedLabels(node).stream().map(l -> ":" + l).collect(Collectors.joining());
		return "(" + labels + properties(node.asMap(), true) + ")";
	}

	private static String properties(Map<String, Object> properties, boolean idAndName) {
		Map<String, Object> shown = new TreeMap<>(properties);
		if (idAndName && (properties.containsKey("id") || properties.containsKey("name"))) {
			shown = new LinkedHashMap<>();
			for (String key : List.of("id", "name")) {
				if (properties.containsKey(key)) {
					shown.put(key, properties.get(key));
				}
			}
		}
		if (shown.isEmpty()) {
			return "";
		}
		return shown.entrySet()
			.stream()
			.map(e -> e.getKey() + ": " + literal(e.getValue()))
			.collect(Collectors.joining(", ", " {", "}"));
	}

	/** {@code (:Person {id: "a"})-[:HELD]->(:Tenure {id: "t"})<-[:X]-(...)}, following each relationship's direction. */
	private static String path(Path path) {
		var text = new StringBuilder(node(path.start()));
		Iterator<Path.Segment> segments = path.iterator();
		while (segments.hasNext()) {
			Path.Segment segment = segments.next();
			Relationship rel = segment.relationship();
			boolean forward = rel.startNodeElementId().equals(segment.start().elementId());
			String middle = "[:" + rel.type() + properties(rel.asMap(), false) + "]";
			text.append(forward ? "-" + middle + "->" : "<-" + middle + "-").append(node(segment.end()));
		}
		return text.toString();
	}

	private static List<String> sortedLabels(Node node) {
		var labels = new ArrayList<String>();
		node.labels().forEach(labels::add);
		labels.sort(null);
		return labels;
	}

	private static Map<String, Object> jsonProperties(Map<String, Object> properties) {
		var out = new LinkedHashMap<String, Object>();
		new TreeMap<>(properties).forEach((k, v) -> out.put(k, json(v)));
		return out;
	}
}
