package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on Parley's classes; and each rule shown to fail on a planted
 * violation (the classes under {@code org.parley.architecture.fixture}, laid out as Parley is).
 */
class ArchitectureTests {

	private static final JavaClasses PARLEY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(location -> !location.contains("/org/parley/architecture/"))
		.importPackages("org.parley");

	private static final String FIXTURE = "org.parley.architecture.fixture";

	private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(FIXTURE);

	private static final ArchitectureRules RULES = new ArchitectureRules("org.parley");

	private static final ArchitectureRules FIXTURE_RULES = new ArchitectureRules(FIXTURE);

	@Test
	void packagesFormNoCycles() {
		RULES.noCycles().check(PARLEY);
	}

	@Test
	void graphIsTheFloor() {
		RULES.graphAtTheBottom().check(PARLEY);
	}

	@Test
	void featuresMeetOnlyThroughSharedPackages() {
		RULES.featuresMeetThroughShared().check(PARLEY);
	}

	@Test
	void sharedPackagesUseNoFeature() {
		RULES.sharedBelowFeatures().check(PARLEY);
	}

	@Test
	void nothingReachesUpToTheEntryPointOrShell() {
		RULES.entryOnTop().check(PARLEY);
	}

	@Test
	void springShellOnlyInCommandClasses() {
		RULES.springShellOnlyInCommands().check(PARLEY);
	}

	@Test
	void sessionsAreOpenedOnlyInGraph() {
		RULES.sessionsOnlyInGraph().check(PARLEY);
	}

	@Test
	void sharedPackagesAreDeclared() {
		assertThat(PARLEY.getPackage("org.parley.cli").isAnnotatedWith(org.parley.layers.Shared.class)).isTrue();
		for (String shared : new String[] { "cli", "cypher", "dates", "errors", "files", "lookup", "report.format",
				"report.catalog", "report.parameters" }) {
			assertThat(PARLEY.getPackage("org.parley." + shared).isAnnotatedWith(org.parley.layers.Shared.class))
				.as(shared).isTrue();
		}
		assertThat(PARLEY.getPackage("org.parley.question").isAnnotatedWith(org.parley.layers.Shared.class)).isFalse();
	}

	@Test
	void everyRuleFailsOnItsPlantedViolation() {
		assertFails(FIXTURE_RULES.noCycles(), "cli.Suggestions", "lookup.Finder");
		assertFails(FIXTURE_RULES.graphAtTheBottom(), "graph.ReachesUp");
		assertFails(FIXTURE_RULES.featuresMeetThroughShared(), "question.UsesSeed");
		assertFails(FIXTURE_RULES.sharedBelowFeatures(), "cli.UsesFeature");
		assertFails(FIXTURE_RULES.entryOnTop(), "report.Misplaced");
		assertFails(FIXTURE_RULES.springShellOnlyInCommands(), "report.Misplaced");
		assertFails(FIXTURE_RULES.sessionsOnlyInGraph(), "report.Misplaced");
	}

	private static void assertFails(ArchRule rule, String... culprits) {
		EvaluationResult result = rule.evaluate(PLANTED);
		assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
		String report = String.join("\n", result.getFailureReport().getDetails());
		for (String culprit : culprits) {
			assertThat(report).as(rule.getDescription()).contains(FIXTURE + "." + culprit);
		}
	}
}
