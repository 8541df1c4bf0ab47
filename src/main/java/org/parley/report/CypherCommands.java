package org.parley.report;

import org.parley.cli.Accepts;
import org.parley.cli.CommonOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parley.dates.Days;
import org.parley.errors.UsageException;
import org.parley.files.OutputFiles;
import org.parley.graph.Graph;
import org.parley.cli.RepeatedOptions;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.parley.report.catalog.ParameterValues;
import org.parley.report.catalog.QueryRunner;
import org.parley.report.format.AlignedColumns;
import org.parley.report.format.CommandOutput;
import org.parley.report.format.TerminalWidth;
import org.parley.report.format.OutputFormat;
import org.parley.report.format.OutputTarget;
import org.parley.report.format.QueryResult;
import org.parley.report.parameters.ParameterType;
import org.parley.report.parameters.SessionParameters;

/** {@code cypher}: ad-hoc queries, read-only unless {@code --write}; {@code param set|list|clear}: session parameters. */
@Component
class CypherCommands {



	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** Line and block comments: a query of nothing else is empty (Neo4j would blame the EXPLAIN Parley adds). */
	private static final Pattern COMMENTS = Pattern.compile("(?s)//[^\\n]*|/\\*.*?\\*/");

	private final Graph graph;

	private final SessionParameters session;

	private final Clock clock = Days.CLOCK;

	CypherCommands(@Lazy Graph graph, SessionParameters session) {
		this.graph = graph;
		this.session = session;
	}

	@Command(name = "cypher", group = "Cypher",
			description = "Run an ad-hoc Cypher query and print its rows; read-only unless --write is given.",
			help = "Quote the query as one word. Values go to the driver as parameters: "
					+ "--param at=2019-07-30 is a date, --param n=5 an integer, --param 'id=\"007\"' text; "
					+ "force a type with --param at:date=2019-07-30. Session parameters ('param set') are passed too.",
			completionProvider = "reportCompletion")
	void cypher(@Argument(index = 0, description = "QUERY: the Cypher query, quoted as one word") String query,
			@Option(longName = "param", description = "A query parameter as NAME=VALUE or NAME:TYPE=VALUE; repeat for more. Default: only the session parameters.") String[] param,
			@Option(longName = "format", description = CommonOptions.FORMAT) @Accepts(Accepts.Value.FORMAT) String format,
			@Option(longName = "limit", description = CommonOptions.LIMIT) @Accepts(Accepts.Value.COUNT) Integer limit,
			@Option(longName = "out", description = CommonOptions.OUT) String out,
			@Option(longName = "force", description = CommonOptions.FORCE) Boolean force,
			@Option(longName = "write", description = "Allow the query to change the graph. Default: false, a query that writes is rejected and changes nothing.") Boolean write,
			CommandContext context) {
		OutputFormat outputFormat = OutputFormat.parse(format);
		if (out != null) {
			// refused before the query runs: a write must not be committed for output that cannot be written
			OutputFiles.checkTarget(out, Boolean.TRUE.equals(force));
		}
		if (query == null || COMMENTS.matcher(query).replaceAll("").replace(";", "").isBlank()) {
			throw new UsageException("the query is empty" + (query == null || query.isBlank() ? "" : " (only comments)"));
		}
		var given = ParameterValues.parse(RepeatedOptions.values(context, "param"), true, null);
		Map<String, Object> params = session.values();
		params.putAll(ParameterValues.adHoc(given, clock, null));
		String text = query.strip().replaceAll(";\\s*$", "");
		var purpose = new QueryRunner.Purpose("the query writes to the graph, and cypher is read-only: writes are "
				+ "rejected and nothing was changed (add --write to allow writes)",
				"give it with --param NAME=VALUE or 'param set NAME VALUE'", null, 0);
		var runner = new QueryRunner(graph);
		QueryResult result = CommandOutput.limited(Boolean.TRUE.equals(write) ? runner.write(text, params, purpose)
				: runner.read(text, params, purpose), limit);
		OutputTarget.write(result, outputFormat, out, Boolean.TRUE.equals(force), context.outputWriter());
	}

	@Command(name = { "param", "set" }, group = "Cypher",
			description = "Set a session parameter that later cypher queries (and reports declaring it) receive.",
			help = "The type follows the value's form (42 integer, 0.5 float, true, 2019-07-30 date, "
					+ "[a, b] list, anything else text) unless --type names one.\n"
					+ "--secret hides the value: 'param list' shows ****, and the console history keeps the line without it.")
	String set(@Argument(index = 0, description = "NAME: the parameter's name, used as $NAME") String name,
			@Argument(index = 1, description = "VALUE: its value") String value,
			@Option(longName = "type", description = "The value's type: string, integer, float, boolean, date, datetime, list or list<TYPE>. Default: from the value's form.") String type,
			@Option(longName = "secret", description = "Hide the value from 'param list' and the console history (a password, a token). Default: shown.") Boolean secret) {
		boolean hidden = Boolean.TRUE.equals(secret);
		if (!NAME.matcher(name).matches()) {
			throw new UsageException("'" + name + "' is not a parameter name (letters, digits and _)");
		}
		ParameterType declared = null;
		if (type != null) {
			try {
				declared = ParameterType.parse(type);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException("invalid value '" + type + "' for --type: " + ex.getMessage());
			}
		}
		Object converted;
		try {
			converted = ParameterValues.convert(name, declared, value, clock, null);
		}
		catch (UsageException ex) {
			if (!hidden) {
				throw ex;
			}
			// the message would repeat the secret
			throw new UsageException("invalid value for secret parameter '" + name + "': expected "
					+ (declared != null ? declared.expected() : "a value of a known form"));
		}
		var entry = session.set(name, value, converted, hidden);
		return "$" + name + " = " + entry.shown() + " (" + entry.typeName() + (hidden ? ", secret)" : ")");
	}

	@Command(name = { "param", "list" }, group = "Cypher", description = "List the session parameters.")
	String list() {
		List<SessionParameters.Entry> entries = session.list();
		if (entries.isEmpty()) {
			return "No session parameters; set one with 'param set NAME VALUE'.";
		}
		var rows = new ArrayList<List<String>>();
		entries.forEach(e -> rows.add(List.of("$" + e.name(), e.typeName(), e.shown())));
		return String.join("\n", AlignedColumns.render(List.of("name", "type", "value"), rows, new boolean[3], TerminalWidth.columns()));
	}

	@Command(name = { "param", "clear" }, group = "Cypher", description = "Remove one session parameter, or all of them.")
	String clear(@Argument(index = 0, description = "[NAME]: the parameter to remove. Default: all of them") String name) {
		int removed = session.clear(name == null || name.isBlank() ? null : name);
		if (name != null && !name.isBlank() && removed == 0) {
			return "No session parameter $" + name + ".";
		}
		return "Removed " + removed + " session parameter" + (removed == 1 ? "." : "s.");
	}
}
