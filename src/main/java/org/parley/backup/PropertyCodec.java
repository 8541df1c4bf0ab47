package org.parley.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;

/**
 * Neo4j property values to JSON and back without loss: strings, booleans, integers, floats and lists of them are
 * plain JSON; temporal, spatial and byte values are one-key objects such as {@code {"$date": "2019-07-30"}}.
 */
final class PropertyCodec {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private PropertyCodec() {
	}

	static ObjectNode encode(Map<String, Value> properties) {
		ObjectNode node = JSON.objectNode();
		properties.forEach((key, value) -> node.set(key, encode(value)));
		return node;
	}

	static JsonNode encode(Value value) {
		var type = value.type();
		if (type.equals(TYPES.STRING())) {
			return JSON.textNode(value.asString());
		}
		if (type.equals(TYPES.BOOLEAN())) {
			return JSON.booleanNode(value.asBoolean());
		}
		if (type.equals(TYPES.INTEGER())) {
			return JSON.numberNode(value.asLong());
		}
		if (type.equals(TYPES.FLOAT())) {
			double d = value.asDouble();
			return Double.isFinite(d) ? JSON.numberNode(d) : tagged("float", Double.toString(d));
		}
		if (type.equals(TYPES.LIST())) {
			ArrayNode array = JSON.arrayNode();
			value.values().forEach(v -> array.add(encode(v)));
			return array;
		}
		if (type.equals(TYPES.DATE())) {
			return tagged("date", value.asLocalDate().toString());
		}
		if (type.equals(TYPES.DATE_TIME())) {
			return tagged("datetime", value.asZonedDateTime().toString());
		}
		if (type.equals(TYPES.LOCAL_DATE_TIME())) {
			return tagged("localdatetime", value.asLocalDateTime().toString());
		}
		if (type.equals(TYPES.TIME())) {
			return tagged("time", value.asOffsetTime().toString());
		}
		if (type.equals(TYPES.LOCAL_TIME())) {
			return tagged("localtime", value.asLocalTime().toString());
		}
		if (type.equals(TYPES.DURATION())) {
			IsoDuration d = value.asIsoDuration();
			ArrayNode parts = JSON.arrayNode().add(d.months()).add(d.days()).add(d.seconds()).add(d.nanoseconds());
			return JSON.objectNode().set("$duration", parts);
		}
		if (type.equals(TYPES.POINT())) {
			Point p = value.asPoint();
			ArrayNode parts = JSON.arrayNode().add(p.srid()).add(p.x()).add(p.y());
			if (!Double.isNaN(p.z())) {
				parts.add(p.z());
			}
			return JSON.objectNode().set("$point", parts);
		}
		if (type.equals(TYPES.BYTES())) {
			return tagged("bytes", Base64.getEncoder().encodeToString(value.asByteArray()));
		}
		throw new IllegalArgumentException("cannot back up a property of type " + type.name());
	}

	private static ObjectNode tagged(String tag, String text) {
		return JSON.objectNode().put("$" + tag, text);
	}

	static Map<String, Object> decode(JsonNode properties) {
		if (!properties.isObject()) {
			throw new IllegalArgumentException("properties must be an object");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
			var entry = it.next();
			map.put(entry.getKey(), decodeValue(entry.getValue()));
		}
		return map;
	}

	static Object decodeValue(JsonNode json) {
		if (json.isTextual()) {
			return json.textValue();
		}
		if (json.isBoolean()) {
			return json.booleanValue();
		}
		if (json.isIntegralNumber()) {
			return json.longValue();
		}
		if (json.isFloatingPointNumber()) {
			return json.doubleValue();
		}
		if (json.isArray()) {
			List<Object> list = new ArrayList<>();
			json.forEach(item -> list.add(decodeValue(item)));
			return list;
		}
		if (json.isObject() && json.size() == 1) {
			var entry = json.fields().next();
			JsonNode v = entry.getValue();
			return switch (entry.getKey()) {
				case "$date" -> LocalDate.parse(v.asText());
				case "$datetime" -> ZonedDateTime.parse(v.asText());
				case "$localdatetime" -> LocalDateTime.parse(v.asText());
				case "$time" -> OffsetTime.parse(v.asText());
				case "$localtime" -> LocalTime.parse(v.asText());
				case "$float" -> Double.parseDouble(v.asText());
				case "$bytes" -> Base64.getDecoder().decode(v.asText());
				case "$duration" -> Values.isoDuration(v.get(0).asLong(), v.get(1).asLong(), v.get(2).asLong(), v.get(3).asInt());
				case "$point" -> v.size() == 4
						? Values.point(v.get(0).asInt(), v.get(1).asDouble(), v.get(2).asDouble(), v.get(3).asDouble())
						: Values.point(v.get(0).asInt(), v.get(1).asDouble(), v.get(2).asDouble());
				default -> throw new IllegalArgumentException("unknown value tag " + entry.getKey());
			};
		}
		throw new IllegalArgumentException("unsupported value " + json);
	}
}
