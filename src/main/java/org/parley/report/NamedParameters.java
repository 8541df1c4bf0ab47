package org.parley.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.errors.ParleyException;
import org.parley.lookup.Kind;
import org.parley.lookup.Names;
import org.parley.report.catalog.ReportFile;
import org.parley.report.parameters.DeclaredParameter;

/**
 * A report's parameters that name something ({@code // param: post post}, {@code person}, {@code topic},
 * {@code event}, {@code side}, or a list of them): the names given are resolved to ids through {@link Names}, as the
 * questions resolve theirs, so {@code --param "post=Treasury Secretary"} finds the post and an unknown name or id says
 * so, with the nearest names, instead of running the query to 0 rows. Defaults are ids already and stay as written.
 */
final class NamedParameters {

	private NamedParameters() {
	}

	/**
	 * @param values the converted values of the run
	 * @param given  the names of the parameters the user gave (by {@code --param} or {@code param set})
	 * @throws ParleyException naming the parameter and the report, with the look-up's own message
	 */
	static Map<String, Object> resolve(ReportFile report, Map<String, Object> values, List<String> given, Names names) {
		var resolved = new LinkedHashMap<>(values);
		for (DeclaredParameter parameter : report.parameters()) {
			Kind kind = parameter.type().element().names();
			Object value = values.get(parameter.name());
			if (kind == null || value == null || !given.contains(parameter.name())) {
				continue;
			}
			try {
				resolved.put(parameter.name(), value instanceof List<?> items
						? items.stream().map(item -> names.resolve(String.valueOf(item), kind).id()).toList()
						: names.resolve(String.valueOf(value), kind).id());
			}
			catch (ParleyException ex) {
				throw new ParleyException("parameter '" + parameter.name() + "' of report '" + report.name() + "': "
						+ ex.getMessage(), ex);
			}
		}
		return resolved;
	}
}
