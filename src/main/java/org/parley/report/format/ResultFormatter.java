package org.parley.report.format;

/** Renders a query result as text in one of the {@link OutputFormat output formats}. */
public interface ResultFormatter {

	/** The whole output, ending with a line break unless it is empty. */
	String format(QueryResult result);
}
