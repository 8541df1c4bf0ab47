package org.parley.shell;

import org.jline.reader.History;
import org.jline.reader.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.parley.graph.ParleySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.PromptProvider;

/** The console's prompt, its completion, and its history kept in Parley's home. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

	@Bean
	PromptProvider parleyPrompt() {
		return () -> new AttributedString("parley> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
	}

	/** Completes positional arguments too (report names, their parameters): see {@link ParleyCompleter}. */
	@Bean
	CommandCompleter commandCompleter(CommandRegistry registry) {
		return new ParleyCompleter(registry);
	}

	/**
	 * The line reader's parser in place of Spring Shell's (which is not conditional, hence primary): completions of
	 * names with spaces are quoted ({@link ConsoleLineParser}).
	 */
	@Bean
	@Primary
	Parser consoleLineParser() {
		return new ConsoleLineParser();
	}

	/** The history without the values of secret session parameters ({@code param set NAME VALUE --secret}). */
	@Bean
	History history() {
		return new SecretHistory();
	}

	@Bean
	UserConfigPathProvider parleyHome(ParleySettings settings) {
		return settings::home;
	}
}
