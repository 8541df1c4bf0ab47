package org.parley.shell;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.parley.errors.UsageException;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code help}: every command by group, or one command's usage, options and their defaults. */
@Component
class HelpCommands {

	private final CommandCatalog catalog;

	HelpCommands(CommandCatalog catalog) {
		this.catalog = catalog;
	}

	@Command(name = "help", group = "Built-in", description = "List the commands, or describe one: help seed load.",
			help = "usage: help [COMMAND]...")
	String help(@Arguments List<String> words) {
		if (words == null || words.isEmpty()) {
			return overview();
		}
		String name = String.join(" ", words);
		return catalog.find(name).map(HelpCommands::describe).orElseGet(() -> {
			var sub = catalog.withPrefix(name);
			if (sub.isEmpty()) {
				throw new UsageException("no command '" + name + "'; run 'help' for the list", "usage: help [COMMAND]...");
			}
			return sub.stream().map(s -> String.format("  %-16s %s", s.name(), s.description()))
				.collect(Collectors.joining("\n", "Commands under '" + name + "':\n", ""));
		});
	}

	private String overview() {
		Map<String, List<CommandSpec>> groups = new TreeMap<>();
		catalog.specs().values().forEach(s -> groups.computeIfAbsent(s.group(), g -> new java.util.ArrayList<>()).add(s));
		var text = new StringBuilder("Parley commands (help COMMAND for details; quit or exit leaves the console)\n");
		groups.forEach((group, specs) -> {
			text.append('\n').append(group).append('\n');
			specs.forEach(s -> text.append(String.format("  %-16s %s%n", s.name(), s.description())));
		});
		return text.toString().stripTrailing();
	}

	static String describe(CommandSpec spec) {
		var text = new StringBuilder(spec.usage()).append("\n\n").append(spec.description()).append('\n');
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
