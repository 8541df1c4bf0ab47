package org.parley.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.cli.GuardedCompletion;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.stereotype.Component;
import org.parley.report.catalog.CatalogReader;
import org.parley.report.format.OutputFormat;
import org.parley.report.parameters.SessionParameters;

/**
 * Tab completion for {@code report show|run} and {@code cypher}: report names, the chosen report's parameter names
 * after {@code --param}, session parameter names after {@code cypher ... --param}, and the formats after
 * {@code --format}. The context's words are those after the command's name.
 */
@Component("reportCompletion")
class ReportCompletion extends GuardedCompletion {

	private final CatalogReader library;

	private final SessionParameters session;

	ReportCompletion(CatalogReader library, SessionParameters session) {
		this.library = library;
		this.session = session;
	}

	@Override
	protected List<CompletionProposal> complete(Cursor cursor) {
		CompletionContext context = cursor.context();
		if (cursor.option() != null && cursor.option().longName().equals("format")) {
			return Arrays.stream(OutputFormat.values()).map(f -> new CompletionProposal(f.keyword())).toList();
		}
		if (cursor.option() != null && cursor.option().longName().equals("param")) {
			return parameters(cursor.command(), context, cursor.word());
		}
		if (cursor.option() == null && !cursor.word().startsWith("-") && !cursor.command().equals("cypher")
				&& positionalIndex(context) == 0) {
			return library.catalog(optionValue(context, "reports"))
				.entries()
				.stream()
				.map(e -> new CompletionProposal(e.name())
					.description(e.broken() ? "cannot be read" : e.report().title()))
				.toList();
		}
		return List.of();
	}

	/** {@code NAME=} for each parameter not given yet; the value follows without a space. */
	private List<CompletionProposal> parameters(String command, CompletionContext context, String current) {
		Set<String> given = context.getWords()
			.stream()
			.filter(w -> w.contains("="))
			.map(w -> w.substring(0, w.indexOf('=')))
			.collect(Collectors.toSet());
		var names = new ArrayList<String>();
		if (command.equals("report run")) {
			String report = positional(context, 0);
			if (report == null) {
				return List.of();
			}
			library.catalog(optionValue(context, "reports")).report(report).parameters()
				.forEach(p -> names.add(p.name()));
		}
		else if (command.equals("cypher")) {
			session.list().forEach(e -> names.add(e.name()));
		}
		return names.stream()
			.filter(n -> !given.contains(n) || current.startsWith(n + "="))
			.map(n -> new CompletionProposal(n + "=").complete(false))
			.toList();
	}

	/** Which positional argument the cursor is on: words before it that are neither options nor their values. */
	private static int positionalIndex(CompletionContext context) {
		return positionals(context, context.getWordIndex()).size();
	}

	private static String positional(CompletionContext context, int index) {
		List<String> words = positionals(context, context.getWords().size());
		return index < words.size() ? words.get(index) : null;
	}

	private static List<String> positionals(CompletionContext context, int before) {
		var found = new ArrayList<String>();
		List<String> words = context.getWords();
		for (int i = 0; i < Math.min(before, words.size()); i++) {
			String word = words.get(i);
			if (word.startsWith("--")) {
				if (!word.contains("=") && takesValue(context, word.substring(2))) {
					i++;
				}
			}
			else if (!word.isEmpty() && i != context.getWordIndex()) {
				found.add(word);
			}
		}
		return found;
	}

	private static boolean takesValue(CompletionContext context, String longName) {
		return context.getCommand().getOptions().stream()
			.filter(o -> longName.equals(o.longName()))
			.noneMatch(o -> o.type() == Boolean.class || o.type() == boolean.class);
	}

	private static String optionValue(CompletionContext context, String longName) {
		List<String> words = context.getWords();
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals("--" + longName) && i + 1 < words.size()) {
				return words.get(i + 1);
			}
			if (words.get(i).startsWith("--" + longName + "=")) {
				return words.get(i).substring(longName.length() + 3);
			}
		}
		return null;
	}
}
