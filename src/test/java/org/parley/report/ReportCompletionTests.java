package org.parley.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.graph.ParleySettings;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import static org.assertj.core.api.Assertions.assertThat;
import org.parley.report.catalog.CatalogReader;
import org.parley.report.catalog.ReportSettings;
import org.parley.report.parameters.SessionParameters;
import static org.parley.testing.StubCommands.command;

/** Completion proposals for report names, their parameters and formats (the words after the command's name). */
class ReportCompletionTests {

	@TempDir
	Path home;

	private ReportCompletion completion;

	private SessionParameters session;

	private static final CommandOption PARAM = option("param", String[].class);

	private static final CommandOption FORMAT = option("format", String.class);

	private static final Command RUN = command("report run", PARAM, FORMAT, option("out", String.class),
			option("reports", String.class));

	private static final Command CYPHER = command("cypher", PARAM, FORMAT, option("write", Boolean.class));

	@BeforeEach
	void library() throws IOException {
		Path reports = Files.createDirectories(home.resolve("reports"));
		Files.writeString(reports.resolve("who-held.cypher"), """
				// title: Who held a post on a date
				// param: post string
				// param: at date = today
				RETURN $post, $at
				""");
		var settings = new ParleySettings(home, "127.0.0.1", 0, "64m",
				new ParleySettings.External(null, "neo4j", null, null), Duration.ofSeconds(30), null, null);
		session = new SessionParameters();
		completion = new ReportCompletion(new CatalogReader(settings, new ReportSettings(null)), session);
	}

	private List<CompletionProposal> complete(Command command, CommandOption option, int index, String... words) {
		return completion.apply(new CompletionContext(List.of(words), index, words[index].length(), command, option));
	}

	@Test
	void theFirstArgumentCompletesToReportNamesWithTheirTitles() {
		List<CompletionProposal> proposals = complete(RUN, null, 0, "");
		assertThat(proposals).extracting(CompletionProposal::value).contains("who-held", "labels", "find", "seed-files");
		assertThat(proposals).filteredOn(p -> p.value().equals("who-held")).singleElement()
			.extracting(CompletionProposal::description).isEqualTo("Who held a post on a date");
		assertThat(complete(RUN, null, 2, "--format", "csv", "")).extracting(CompletionProposal::value)
			.contains("who-held");
		assertThat(complete(RUN, null, 1, "who-held", "")).isEmpty();
	}

	@Test
	void paramCompletesToTheReportsParametersNotYetGiven() {
		assertThat(complete(RUN, PARAM, 2, "who-held", "--param", "")).extracting(CompletionProposal::value)
			.containsExactly("post=", "at=");
		assertThat(complete(RUN, PARAM, 2, "who-held", "--param", "")).allMatch(p -> !p.complete());
		assertThat(complete(RUN, PARAM, 4, "who-held", "--param", "post=USTR", "--param", ""))
			.extracting(CompletionProposal::value).containsExactly("at=");
		assertThat(complete(RUN, PARAM, 1, "--param", "")).isEmpty();
		assertThat(complete(RUN, PARAM, 2, "nothing-like-it", "--param", "")).isEmpty();
	}

	@Test
	void formatsAndSessionParametersComplete() {
		assertThat(complete(RUN, FORMAT, 2, "who-held", "--format", "")).extracting(CompletionProposal::value)
			.containsExactly("table", "csv", "json", "markdown", "html");
		session.set("at", "2019-07-30", LocalDate.of(2019, 7, 30), false);
		assertThat(complete(CYPHER, PARAM, 2, "MATCH (n) RETURN $at", "--param", "")).extracting(CompletionProposal::value)
			.containsExactly("at=");
		assertThat(complete(CYPHER, null, 0, "")).isEmpty();
	}

	private static CommandOption option(String longName, Class<?> type) {
		return CommandOption.with().longName(longName).type(type).build();
	}
}
