package org.parley.report.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.dates.Days;
import org.parley.errors.UsageException;
import org.parley.graph.Graph;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.parley.report.format.CommandOutput;
import org.parley.report.format.QueryResult;
import org.parley.report.parameters.ScalarType;

/**
 * The saved reports as the answers of other commands: a command that answers a question runs the report packaged
 * in the jar ({@code cypher/NAME.cypher}) with typed values, read-only and checked as {@code report run} checks it,
 * and prints the result with {@link CommandOutput}. The packaged file is used even when the analyst's own
 * directory overrides it, so a command's answer does not change shape under it; {@code report run} uses the
 * override.
 */
@Component
public class PackagedReports {

	private final Graph graph;

	private final Clock clock = Days.CLOCK;

	public PackagedReports(@Lazy Graph graph) {
		this.graph = graph;
	}

	/**
	 * Runs a packaged report; parameters not given take their declared defaults.
	 * @param values driver values by parameter name ({@code String}, {@code LocalDate}, {@code List}, or
	 *               {@code null} for a parameter whose default is {@code null})
	 * @throws IllegalArgumentException for a parameter the report does not declare (a programming error)
	 */
	public QueryResult run(String name, Map<String, ?> values) {
		ReportFile report = packaged(name);
		Map<String, Object> params = ParameterValues.resolve(report, Map.of(), Map.of(), clock);
		values.forEach((key, value) -> {
			if (report.parameter(key).isEmpty()) {
				throw new IllegalArgumentException("report '" + name + "' has no parameter '" + key + "'");
			}
			params.put(key, value);
		});
		var purpose = QueryRunner.Purpose.report(name, report, true);
		return new QueryRunner(graph).read(report.query(), params, purpose);
	}

	/** The packaged reports, parsed once: they cannot change while Parley runs. */
	private static final Map<String, ReportFile> PACKAGED = new ConcurrentHashMap<>();

	static ReportFile packaged(String name) {
		return PACKAGED.computeIfAbsent(name, PackagedReports::parsePackaged);
	}

	private static ReportFile parsePackaged(String name) {
		String origin = "classpath:cypher/" + name + ".cypher";
		try (InputStream in = PackagedReports.class.getClassLoader().getResourceAsStream("cypher/" + name + ".cypher")) {
			if (in == null) {
				throw new IllegalStateException("no packaged report cypher/" + name + ".cypher");
			}
			return ReportFile.parse(name, origin, org.parley.files.TextFiles.decode(in.readAllBytes(), origin));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a date option as report parameters are read: {@code YYYY-MM-DD} or {@code today}.
	 * @return {@code null} when the option was not given
	 * @throws UsageException naming the option, the value and the expected form
	 */
	public LocalDate date(String option, String value) {
		if (value == null) {
			return null;
		}
		try {
			return (LocalDate) ScalarType.DATE.convert(value, clock);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("invalid value '" + value + "' for --" + option + ": expected " + ex.getMessage());
		}
	}

	/** Today in UTC, by the clock reports use for {@code today} (see {@link Days}). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}
}
