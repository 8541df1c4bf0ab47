package org.parley.report;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.files.OutputFiles;
import org.parley.dates.Days;
import org.parley.errors.UsageException;
import org.parley.graph.Graph;
import org.parley.lookup.Names;
import org.parley.cli.RepeatedOptions;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.parley.report.catalog.CatalogReader;
import org.parley.report.catalog.ParameterValues;
import org.parley.report.catalog.QueryRunner;
import org.parley.report.catalog.ReportCatalog;
import org.parley.report.catalog.ReportFile;
import org.parley.report.format.AlignedColumns;
import org.parley.report.format.TerminalWidth;
import org.parley.report.format.HtmlFormatter;
import org.parley.report.format.CommandOutput;
import org.parley.report.format.OutputFormat;
import org.parley.report.format.OutputTarget;
import org.parley.report.format.QueryResult;
import org.parley.report.parameters.DeclaredParameter;
import org.parley.report.parameters.SessionParameters;

/** {@code report list}, {@code report show} and {@code report run}: the saved Cypher reports. */
@Component
class ReportCommands {


	private final Graph graph;

	private final CatalogReader library;

	private final SessionParameters session;

	private final Clock clock = Days.CLOCK;

	private final Names names;

	ReportCommands(@Lazy Graph graph, CatalogReader library, SessionParameters session, Names names) {
		this.graph = graph;
		this.library = library;
		this.session = session;
		this.names = names;
	}

	@Command(name = { "report", "list" }, group = "Reports",
			description = "List the saved reports: name, title, parameters and where each comes from.",
			help = "Reports are read from the jar, then cypher/ in the working "
					+ "directory, then $PARLEY_HOME/reports (or --reports DIR); a later one overrides an earlier one.")
	String list(@Option(longName = "reports", description = CommonOptions.REPORTS) String reports) {
		ReportCatalog catalog = library.catalog(reports);
		var rows = new ArrayList<List<String>>();
		var problems = new StringBuilder();
		for (ReportCatalog.Entry entry : catalog.entries()) {
			String source = entry.source().label() + overrides(entry);
			if (entry.broken()) {
				rows.add(List.of(entry.name(), "(broken, see below)", "", source));
				problems.append(entry.name()).append(": ").append(entry.error()).append('\n');
				// once on stderr too, so a script that reads the listing learns of it
				System.err.println("parley: warning: report '" + entry.name() + "' cannot run: " + entry.error());
			}
			else {
				ReportFile report = entry.report();
				rows.add(List.of(entry.name(), report.title(),
						report.parameters().stream().map(DeclaredParameter::name).collect(Collectors.joining(", ")), source));
			}
		}
		var text = new StringBuilder();
		if (!rows.isEmpty()) {
			AlignedColumns.render(List.of("name", "title", "parameters", "source"), rows, new boolean[4], TerminalWidth.columns())
				.forEach(line -> text.append(line).append('\n'));
			text.append('\n');
		}
		text.append(problems.isEmpty() ? "" : problems + "\n");
		text.append(rows.size()).append(rows.size() == 1 ? " report" : " reports")
			.append("; a later source overrides an earlier one of the same name:\n");
		for (ReportCatalog.Source source : ReportCatalog.standardSources(library.userDirectory(reports))) {
			text.append(String.format("  %-9s %s%n", source.label(), source.where()));
		}
		return text.toString().stripTrailing();
	}

	private static String overrides(ReportCatalog.Entry entry) {
		return entry.overrides().isEmpty() ? ""
				: " (overrides " + entry.overrides().stream().map(ReportCatalog.Source::label).collect(Collectors.joining(", ")) + ")";
	}

	@Command(name = { "report", "show" }, group = "Reports",
			description = "Show a report: its header, parameters and query.", completionProvider = "reportCompletion")
	String show(@Argument(index = 0, description = "NAME: the report's name, as 'report list' shows it") String name,
			@Option(longName = "reports", description = CommonOptions.REPORTS) String reports) {
		ReportCatalog catalog = library.catalog(reports);
		ReportFile report = catalog.report(name);
		ReportCatalog.Entry entry = catalog.find(name).orElseThrow();
		var text = new StringBuilder();
		text.append(report.name()).append(": ").append(report.title()).append('\n');
		line(text, "File", report.origin() + overrides(entry));
		if (!report.description().isEmpty()) {
			line(text, "Description", report.description());
		}
		if (report.parameters().isEmpty()) {
			line(text, "Parameters", "none");
		}
		else {
			line(text, "Parameters", "");
			for (DeclaredParameter parameter : report.parameters()) {
				text.append("  ").append(parameter.summary())
					.append(parameter.description().isEmpty() ? "" : "  -- " + parameter.description()).append('\n');
			}
		}
		line(text, "Usage", report.usage().substring("usage: ".length()));
		if (report.example() != null) {
			line(text, "Example", report.example());
		}
		text.append('\n').append(report.query());
		return text.toString();
	}

	@Command(name = { "report", "run" }, group = "Reports",
			description = "Run a saved report, read-only, and print its rows.",
			help = "Example: report run labels --format csv --out labels.csv",
			completionProvider = "reportCompletion")
	void run(@Argument(index = 0, description = "NAME: the report's name, as 'report list' shows it") String name,
			@Option(longName = "param", description = "A report parameter as NAME=VALUE; repeat for more. Default: each parameter's declared default.") String[] param,
			@Option(longName = "format", description = CommonOptions.FORMAT_WITH_CHART) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			@Option(longName = "reports", description = CommonOptions.REPORTS) String reports,
			CommandContext context) {
		OutputFormat outputFormat = OutputFormat.parse(format);
		if (out != null) {
			OutputFiles.checkTarget(out, Boolean.TRUE.equals(force));
		}
		var entry = library.catalog(reports).runnable(name);
		ReportFile report = entry.report();
		var given = ParameterValues.parse(RepeatedOptions.values(context, "param"), false, report.usage());
		Map<String, Object> params;
		try {
			params = ParameterValues.resolve(report, given, session.raw(), clock);
		}
		catch (UsageException ex) {
			throw session.hidden(ex);
		}
		var named = new ArrayList<String>(given.keySet());
		named.addAll(session.raw().keySet());
		params = NamedParameters.resolve(report, params, named, names);
		// the file in parley.jar, not an analyst's: the build checked that it only reads
		var purpose = QueryRunner.Purpose.report(name, report, entry.source().isPackaged());
		QueryResult result = CommandOutput.limited(new QueryRunner(graph).read(report.query(), params, purpose), limit);
		if (outputFormat == OutputFormat.HTML) {
			String page = HtmlFormatter.page(report.title(), report.description().isEmpty() ? null : report.description(),
					result, report.chart());
			OutputTarget.write(page, result.rows().size(), outputFormat, out, Boolean.TRUE.equals(force), context.outputWriter());
			return;
		}
		OutputTarget.write(result, outputFormat, out, Boolean.TRUE.equals(force), context.outputWriter());
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(String.format("%-13s%s", label + ":", value).stripTrailing()).append('\n');
	}
}
