package org.parley.question;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.parley.report.format.QueryResult;
import org.parley.report.format.CommandOutput;
import org.parley.report.catalog.PackagedReports;
import org.springframework.stereotype.Component;

/**
 * What the question commands share: running their saved reports, adding the evidence behind each row, and printing
 * an answer (or a line that says why there is none) in the format asked for.
 */
@Component
class ReportAnswers {

	/** The column question reports end with: the id (or ids) of the facts a row rests on. */
	static final String FACT = "fact";

	private final PackagedReports reports;

	ReportAnswers(PackagedReports reports) {
		this.reports = reports;
	}

	QueryResult run(String report, Map<String, ?> params) {
		return reports.run(report, params);
	}

	/** Parameters in the order given; values may be {@code null} (a map literal cannot hold those). */
	static Map<String, Object> params(Object... namesAndValues) {
		var params = new LinkedHashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	/** A date option ({@code YYYY-MM-DD} or {@code today}); {@code null} when not given. */
	LocalDate date(String option, String value) {
		return reports.date(option, value);
	}

	/** Checks that a --from/--to range is not reversed. */
	static void range(LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new org.parley.errors.UsageException("--from " + from + " is after --to " + to + "; give the earlier day first");
		}
	}

	LocalDate today() {
		return reports.today();
	}

	/**
	 * Prints an answer. Without {@code --evidence} the fact column is dropped. With it, csv and json repeat each row
	 * for every piece of evidence behind its facts (fact, source, location, phrase); table and markdown list the
	 * evidence below the answer, grouped by fact.
	 * With {@code --limit}, only the first rows are printed (stderr says how many there were).
	 * @param empty the line printed instead of an empty table, for people; csv and json print the empty data
	 */
	void print(QueryResult answer, Options options, String empty, PrintWriter out) {
		CommandOutput output = options.output();
		QueryResult result = output.limited(answer);
		if (!output.forPeople()) {
			output.write(options.evidence() ? withEvidence(result, options.asOf()) : result.without(FACT), out);
			return;
		}
		if (result.rows().isEmpty() && empty != null) {
			output.write(empty + "\n", 0, out);
			return;
		}
		output.write(output.render(result.without(FACT)) + evidenceSection(result, options), result.rows().size(), out);
	}

	/** For people: the evidence behind the rows' facts as a list by fact, or nothing without {@code --evidence}. */
	String evidenceSection(QueryResult result, Options options) {
		if (!options.evidence()) {
			return "";
		}
		QueryResult pieces = evidence(result, options.asOf());
		String heading = options.output().markdown() ? "\n### Evidence\n\n" : "\nEvidence:\n";
		if (pieces.rows().isEmpty()) {
			return heading + "  none recorded" + asOfNote(options.asOf()) + "\n";
		}
		return heading + EvidenceList.render(pieces, options.output().markdown(), true);
	}

	/** The evidence report's rows for every fact the result's rows rest on. */
	QueryResult evidence(QueryResult result, LocalDate asOf) {
		int factColumn = result.column(FACT);
		var ids = new LinkedHashSet<String>();
		if (factColumn >= 0) {
			result.rows().forEach(row -> ids.addAll(facts(row.get(factColumn))));
		}
		return reports.run("evidence", params("facts", List.copyOf(ids), "asOf", asOf));
	}

	/** The rows of a question report, each repeated for every piece of evidence behind the facts it rests on. */
	QueryResult withEvidence(QueryResult result, LocalDate asOf) {
		int factColumn = result.column(FACT);
		if (factColumn < 0) {
			return result;
		}
		QueryResult found = evidence(result, asOf);
		Map<String, List<List<Object>>> evidence = new LinkedHashMap<>();
		int fact = found.column("fact");
		int source = found.column("source");
		int location = found.column("location");
		int phrase = found.column("phrase");
		for (List<Object> row : found.rows()) {
			evidence.computeIfAbsent((String) row.get(fact), id -> new ArrayList<>())
				.add(List.of(row.get(fact), row.get(source), text(row.get(location)), text(row.get(phrase))));
		}
		var columns = new ArrayList<String>(result.without(FACT).columns());
		columns.addAll(List.of(FACT, "source", "location", "phrase"));
		var rows = new ArrayList<List<Object>>();
		for (List<Object> row : result.rows()) {
			var base = new ArrayList<Object>(row);
			base.remove(factColumn);
			boolean any = false;
			for (String id : facts(row.get(factColumn))) {
				for (List<Object> piece : evidence.getOrDefault(id, List.of())) {
					var expanded = new ArrayList<Object>(base);
					expanded.addAll(piece);
					rows.add(expanded);
					any = true;
				}
			}
			if (!any) {
				var bare = new ArrayList<Object>(base);
				bare.add(String.join(", ", facts(row.get(factColumn))));
				bare.add(null);
				bare.add(null);
				bare.add(null);
				rows.add(bare);
			}
		}
		return QueryResult.of(columns, rows, result.millis());
	}

	private static List<String> facts(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(String.valueOf(value));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/**
	 * The options most questions take.
	 * @param evidence whether to add the evidence behind each row
	 * @param asOf     answer only from sources published by this date; {@code null} for all
	 */
	record Options(CommandOutput output, boolean evidence, LocalDate asOf) {
	}

	/** {@code " in sources published by 2019-01-01"}, or nothing without {@code --as-of}. */
	static String asOfNote(LocalDate asOf) {
		return asOf == null ? "" : " in sources published by " + asOf;
	}
}
