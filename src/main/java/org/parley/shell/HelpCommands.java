package org.parley.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.parley.errors.UsageException;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * {@code help}: every command by group (the console's own commands and the exit codes included), or one command's
 * usage, notes, arguments and options; {@code version}; {@code completion bash|zsh}. All three are answered before
 * anything starts in one-shot use ({@link Preflight}); these beans answer them in the console.
 */
@Component
class HelpCommands {

	/** The console's own commands, which have no Parley spec. */
	static final String BUILT_IN = String.join("\n",
			"  clear            Clear the screen.",
			"  history          Show the commands typed in the console (kept in $PARLEY_HOME).",
			"  quit, exit       Leave the console (Ctrl-D too).");

	static final String EXIT_CODES = String.join("\n", "Exit codes",
			"  0  success",
			"  1  user or data error: unknown name, bad value, a broken seed script, a query error",
			"  2  usage error: unknown command or option, missing or malformed argument, a setting that cannot work",
			"  3  database unreachable: no answer, refused credentials, a store held by another process");

	private final CommandCatalog catalog;

	HelpCommands(CommandCatalog catalog) {
		this.catalog = catalog;
	}

	@Command(name = "help", group = "Built-in", description = "List the commands, or describe one: help seed load (or seed load --help).")
	String help(@Arguments List<String> words) {
		return text(catalog, words);
	}

	@Command(name = "version", group = "Built-in", description = "Parley's version, and the Neo4j and Java it runs on (also --version).")
	String version() {
		return Versions.text();
	}

	@Command(name = "completion", group = "Built-in",
			description = "Print a completion script of the one-shot command line for bash or zsh.",
			help = "Install for bash: parley completion bash > ~/.local/share/bash-completion/completions/parley\n"
					+ "Install for zsh: parley completion zsh > ~/.zfunc/_parley (with fpath+=~/.zfunc before compinit in ~/.zshrc)\n"
					+ "The script completes 'parley' (put a 'parley' script on PATH that runs java -jar .../parley.jar \"$@\").")
	String completion(@Argument(index = 0, description = "SHELL: bash or zsh") String shell) {
		return CompletionScript.of(catalog, shell);
	}

	/** What {@code help WORDS...} prints. */
	static String text(CommandCatalog catalog, List<String> words) {
		if (words == null || words.isEmpty()) {
			return overview(catalog);
		}
		String name = String.join(" ", words);
		if (ParleyCommandParser.BUILT_IN.contains(name) || name.equals("quit") || name.equals("exit")) {
			return BUILT_IN.lines().filter(l -> l.strip().startsWith(name)).findFirst().orElseThrow().strip();
		}
		return catalog.find(name).map(HelpCommands::describe).orElseGet(() -> {
			var sub = catalog.withPrefix(name);
			if (sub.isEmpty()) {
				throw new UsageException("no command '" + name + "'; run 'help' for the list", null);
			}
			return sub.stream().map(s -> String.format("  %-16s %s", s.name(), s.description()))
				.collect(Collectors.joining("\n", "Commands under '" + name + "':\n", ""));
		});
	}

	private static String overview(CommandCatalog catalog) {
		Map<String, List<CommandSpec>> groups = new TreeMap<>();
		catalog.specs().values().forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
		var text = new StringBuilder("Parley commands (help COMMAND or COMMAND --help for details; quit or exit leaves the console)\n");
		groups.forEach((group, specs) -> {
			text.append('\n').append(group).append('\n');
			specs.forEach(s -> text.append(String.format("  %-16s %s%n", s.name(), s.description())));
			if (group.equals("Built-in")) {
				text.append(BUILT_IN).append('\n');
			}
		});
		text.append('\n').append(EXIT_CODES);
		return text.toString().stripTrailing();
	}

	static String describe(CommandSpec spec) {
		var text = new StringBuilder(spec.usage()).append("\n\n").append(spec.description()).append('\n');
		if (spec.help() != null && !spec.help().isBlank()) {
			text.append(spec.help().strip()).append('\n');
		}
		if (!spec.arguments().isEmpty()) {
			text.append("\nArguments:\n");
			spec.arguments().forEach(a -> text.append(String.format("  %-22s %s%n", a.metavar(), a.description())));
		}
		if (!spec.options().isEmpty()) {
			text.append("\nOptions:\n");
			spec.options().forEach(o -> text.append(String.format("  %-22s %s%n",
					"--" + o.longName() + (o.flag() ? "" : " " + o.metavar()), o.description())));
		}
		return text.toString().stripTrailing();
	}
}
