package org.parley.report.catalog;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.errors.ParleyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportCatalogTests {

	@TempDir
	Path tmp;

	private Path jar;

	private Path work;

	private Path user;

	@BeforeEach
	void sources() throws IOException {
		jar = Files.createDirectories(tmp.resolve("jar/cypher"));
		work = Files.createDirectories(tmp.resolve("work"));
		user = Files.createDirectories(tmp.resolve("user"));
	}

	private static void report(Path dir, String name, String title) throws IOException {
		Files.writeString(dir.resolve(name + ".cypher"), "// title: " + title + "\nRETURN 1 AS one\n");
	}

	private ReportCatalog load() throws IOException {
		var loader = new URLClassLoader(new URL[] { tmp.resolve("jar").toUri().toURL() }, null);
		return ReportCatalog.load(loader, List.of(ReportCatalog.Source.packaged(), ReportCatalog.Source.directory("work", work),
				ReportCatalog.Source.directory("user", user)), null);
	}

	@Test
	void aLaterSourceOverridesAnEarlierOneOfTheSameNameAndSaysSo() throws IOException {
		report(jar, "only-packaged", "Packaged");
		report(jar, "both", "Packaged both");
		report(work, "both", "Working both");
		report(work, "work-and-user", "Working");
		report(user, "work-and-user", "User");
		report(jar, "all", "Packaged all");
		report(work, "all", "Working all");
		report(user, "all", "User all");
		report(jar, "same", "Same");
		report(work, "same", "Same");
		ReportCatalog catalog = load();

		assertThat(catalog.entries()).extracting(ReportCatalog.Entry::name)
			.containsExactly("all", "both", "only-packaged", "same", "work-and-user");
		assertThat(catalog.report("only-packaged").title()).isEqualTo("Packaged");
		assertThat(catalog.report("only-packaged").origin()).isEqualTo("classpath:cypher/only-packaged.cypher");
		assertThat(catalog.report("both").title()).isEqualTo("Working both");
		assertThat(catalog.report("work-and-user").title()).isEqualTo("User");
		assertThat(catalog.report("all").title()).isEqualTo("User all");
		assertThat(catalog.report("all").origin()).isEqualTo(user.resolve("all.cypher").toString());

		assertThat(catalog.find("only-packaged").orElseThrow().source().label()).isEqualTo("packaged");
		assertThat(catalog.find("only-packaged").orElseThrow().overrides()).isEmpty();
		assertThat(catalog.find("both").orElseThrow().source().directory()).isEqualTo(work);
		assertThat(catalog.find("both").orElseThrow().overrides()).extracting(ReportCatalog.Source::label)
			.containsExactly("packaged");
		assertThat(catalog.find("all").orElseThrow().overrides()).extracting(ReportCatalog.Source::directory)
			.containsExactly(null, work);
		assertThat(catalog.find("same").orElseThrow().overrides()).as("an identical copy overrides nothing").isEmpty();
	}

	@Test
	void aBrokenFileIsListedAndRunningItNamesFileAndLine() throws IOException {
		report(jar, "fine", "Fine");
		Files.writeString(user.resolve("fine.cypher"), "// title: Fine\n// param: at dat\nRETURN $at\n");
		ReportCatalog catalog = load();
		ReportCatalog.Entry entry = catalog.find("fine").orElseThrow();
		assertThat(entry.broken()).isTrue();
		assertThat(entry.error()).isEqualTo(user.resolve("fine.cypher") + ":2: parameter 'at' has an unknown type 'dat' "
				+ "(expected string, integer, float, boolean, date, datetime, person, post, topic, event, side, list, or list<TYPE>)");
		assertThatThrownBy(() -> catalog.report("fine")).isInstanceOf(ParleyException.class).hasMessage(entry.error());
	}

	@Test
	void anUnknownNameSuggestsTheClosestOne() throws IOException {
		report(jar, "who-held", "W");
		report(work, "labels", "L");
		assertThatThrownBy(() -> load().report("who-hled")).isInstanceOf(ParleyException.class)
			.hasMessage("no report named 'who-hled' (did you mean 'who-held'?); run 'report list' to see the 2 reports");
		assertThatThrownBy(() -> load().report("zzz")).hasMessage("no report named 'zzz'; run 'report list' to see the 2 reports");
	}

	@Test
	void aNamedReportsDirectoryMustExistTheDefaultOneNeedNot() {
		Path missing = tmp.resolve("missing");
		assertThat(ReportCatalog.load(getClass().getClassLoader(), List.of(ReportCatalog.Source.directory("missing", missing)), null)
			.entries()).isEmpty();
		assertThatThrownBy(() -> ReportCatalog.load(getClass().getClassLoader(),
				List.of(ReportCatalog.Source.directory("missing", missing)), missing))
			.isInstanceOf(ParleyException.class)
			.hasMessage("reports directory " + missing + " does not exist");
	}

	@Test
	void theProjectsReportsArePackaged() {
		ReportCatalog catalog = ReportCatalog.load(getClass().getClassLoader(), List.of(ReportCatalog.Source.packaged()), null);
		assertThat(catalog.entries()).extracting(ReportCatalog.Entry::name).contains("find", "labels", "seed-files");
		assertThat(catalog.entries()).noneMatch(ReportCatalog.Entry::broken);
	}
}
