package org.parley.question;

import java.util.List;
import java.util.Objects;

import org.parley.report.format.QueryResult;

/**
 * The evidence report's rows as text for people: each piece with its source, publication date, place in the
 * article and Admiralty grade, then the exact phrase in full; a tenure's reference page by title and address.
 */
final class EvidenceList {

	private EvidenceList() {
	}

	/**
	 * @param byFact whether to head each fact's pieces with its id (for the evidence of many rows)
	 */
	static String render(QueryResult pieces, boolean markdown, boolean byFact) {
		int fact = pieces.column("fact");
		int source = pieces.column("source");
		int published = pieces.column("published");
		int location = pieces.column("location");
		int grade = pieces.column("grade");
		int phrase = pieces.column("phrase");
		var text = new StringBuilder();
		Object current = null;
		String indent = byFact ? "    " : "  ";
		for (List<Object> row : pieces.rows()) {
			if (byFact && !Objects.equals(row.get(fact), current)) {
				current = row.get(fact);
				text.append(markdown ? "- **" + current + "**\n" : "  " + current + "\n");
			}
			String where = row.get(grade) == null
					? row.get(source) + ": " + row.get(phrase) + " " + row.get(location)
					: row.get(source) + (row.get(published) == null ? "" : " (" + row.get(published) + ")") + ", "
							+ row.get(location) + ", " + row.get(grade) + ": “" + row.get(phrase) + "”";
			if (markdown) {
				text.append(byFact ? "  - " : "- ").append(where).append('\n');
			}
			else {
				text.append(WrappedText.wrap(where, indent, indent + "  "));
			}
		}
		return text.toString();
	}
}
