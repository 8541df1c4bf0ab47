package org.parley.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write that broke one of the graph's uniqueness constraints (V0001: an id is unique for each label), said as what
 * to do instead of Neo4j's {@code Node(503) already exists with label `Country` and property `id` = 'US'}: the label,
 * property and value that exist, that nothing was changed, and how to reach the existing node; a synthetic id
 * ({@code syn-...}) points to {@code unload --yes}, which removes the synthetic network that holds it.
 */
final class ConstraintViolations {

	static final String CODE = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private static final Pattern EXISTS = Pattern.compile(
			"Node\\((\\d+)\\) already exists with label `([^`]+)` and propert(?:y|ies) `([^`]+)` = (.+?)\\s*$");

	private ConstraintViolations() {
	}

	/** The one-line message for a constraint failure, or {@code null} when the message is not one this knows. */
	static String explain(String neo4jMessage) {
		Matcher m = EXISTS.matcher(Graph.oneLine(neo4jMessage));
		if (!m.find()) {
			return null;
		}
		String label = m.group(2);
		String property = m.group(3);
		String value = m.group(4);
		String article = "AEIOU".indexOf(Character.toUpperCase(label.charAt(0))) >= 0 ? "an " : "a ";
		String text = article + label + " with " + property + " " + value + " already exists (node " + m.group(1)
				+ "), and each " + label + "'s " + property + " is unique: nothing was changed";
		if (value.startsWith("'syn-") || value.startsWith("\"syn-")) {
			return text + "; it belongs to a synthetic network already loaded: 'unload --yes' removes that network"
					+ " (the seed stays), then generate or load again";
		}
		return text + "; use another " + property + ", or change the existing node with MATCH (n:" + label + " {"
				+ property + ": " + value + "}) SET ...";
	}
}
