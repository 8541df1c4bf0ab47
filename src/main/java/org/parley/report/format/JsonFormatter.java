package org.parley.report.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A JSON array with one object per row, keys in column order, values as {@link CellText#json}. */
public final class JsonFormatter implements ResultFormatter {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Override
	public String format(QueryResult result) {
		var rows = new ArrayList<LinkedHashMap<String, Object>>();
		for (List<Object> row : result.rows()) {
			var object = new LinkedHashMap<String, Object>();
			for (int i = 0; i < result.columns().size(); i++) {
				object.put(result.columns().get(i), CellText.json(row.get(i)));
			}
			rows.add(object);
		}
		try {
			return MAPPER.writeValueAsString(rows) + "\n";
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot write JSON: " + ex.getMessage(), ex);
		}
	}
}
