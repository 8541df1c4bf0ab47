package org.parley;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.neo4j.driver.Driver;
import org.neo4j.ogm.session.SessionFactory;
import org.parley.layers.Shared;

/**
 * The layers of docs/architecture.md as ArchUnit rules, for a root package: {@code org.parley} for Parley itself,
 * a fixture package for the tests that show each rule fails on a violation.
 */
final class ArchitectureRules {

	/** Features by package; a group is one feature for these rules (generate writes what load reads, bench measures both). */
	static final List<List<String>> FEATURES = List.of(List.of("question"), List.of("report"), List.of("curate"),
			List.of("seed"), List.of("load", "generate", "bench"), List.of("backup"), List.of("picture"), List.of("browser"), List.of("ingest"));

	private final String root;

	ArchitectureRules(String root) {
		this.root = root;
	}

	/** The entry point (the root package), the command shell and the console-wide commands {@code status} and {@code serve}. */
	String[] entry() {
		return new String[] { root, root + ".shell..", root + ".status..", root + ".serve.." };
	}

	private String[] featurePackages(List<String> group) {
		return group.stream().map(f -> root + "." + f + "..").toArray(String[]::new);
	}

	private String[] allFeatures() {
		return FEATURES.stream().flatMap(g -> Stream.of(featurePackages(g))).toArray(String[]::new);
	}

	static DescribedPredicate<JavaClass> shared() {
		return DescribedPredicate.describe("in a package marked @Shared",
				c -> c.getPackage().isAnnotatedWith(Shared.class));
	}

	ArchRule noCycles() {
		return slices().matching(root + ".(**)").should().beFreeOfCycles()
			.because("a cycle makes two packages one: neither can be read, tested or moved alone");
	}

	ArchRule graphAtTheBottom() {
		return classes().that().resideInAPackage(root + ".graph..").should()
			.onlyDependOnClassesThat(not(resideInAPackage(root + "..")).or(resideInAnyPackage(root + ".graph..",
					root + ".errors..", root + ".layers..")))
			.because("graph (driver, embedded server, migrations, Graph) is the floor: it knows no feature, shared "
					+ "helper, shell or entry point, only the errors every layer raises");
	}

	ArchRule featuresMeetThroughShared() {
		List<ArchRule> rules = new ArrayList<>();
		for (List<String> group : FEATURES) {
			String[] others = FEATURES.stream().filter(g -> g != group).flatMap(g -> Stream.of(featurePackages(g)))
				.toArray(String[]::new);
			rules.add(noClasses().that().resideInAnyPackage(featurePackages(group)).should()
				.dependOnClassesThat(resideInAnyPackage(others).and(not(shared()))).allowEmptyShould(true));
		}
		return CompositeArchRule.of(rules)
			.because("features meet only through shared packages (marked @Shared in package-info.java), so a feature "
					+ "can change without breaking another");
	}

	ArchRule sharedBelowFeatures() {
		String[] above = Stream.concat(Stream.of(allFeatures()), Stream.of(entry())).toArray(String[]::new);
		return noClasses().that(shared()).should().dependOnClassesThat(resideInAnyPackage(above).and(not(shared())))
			.because("a shared package is below every feature: using one would tie every feature to it");
	}

	ArchRule entryOnTop() {
		return noClasses().that().resideOutsideOfPackages(entry()).should().dependOnClassesThat()
			.resideInAnyPackage(entry())
			.because("the entry point and the shell sit on top: nothing below may reach up to them");
	}

	ArchRule springShellOnlyInCommands() {
		String[] commandSide = Stream.concat(Stream.of(entry()), Stream.of(root + ".cli..")).toArray(String[]::new);
		DescribedPredicate<JavaClass> commandClass = DescribedPredicate.describe(
				"a *Commands or *Completion class, the shell, the entry point or " + root + ".cli", c -> {
					JavaClass top = c;
					while (top.getEnclosingClass().isPresent()) {
						top = top.getEnclosingClass().get();
					}
					String name = top.getSimpleName();
					return name.endsWith("Commands") || name.endsWith("Completion") || resideInAnyPackage(commandSide).test(c);
				});
		return noClasses().that(not(commandClass)).should().dependOnClassesThat()
			.resideInAPackage("org.springframework.shell..")
			.because("Spring Shell is how commands are declared and completed; the work behind a command does not "
					+ "know it runs in a shell");
	}

	ArchRule sessionsOnlyInGraph() {
		return noClasses().that().resideOutsideOfPackage(root + ".graph..").should()
			.callMethodWhere(DescribedPredicate.describe("Driver.session(..)", (JavaMethodCall call) -> call.getName()
				.equals("session") && call.getTargetOwner().isAssignableTo(Driver.class)))
			.orShould()
			.callConstructorWhere(DescribedPredicate.describe("new SessionFactory(..)",
					(JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(SessionFactory.class)))
			.because("every session goes through Graph, which gives it the database, the shared bookmark manager and "
					+ "the query timeout (Graph.ogmSessionFactory for Neo4j-OGM)");
	}

	List<ArchRule> all() {
		return List.of(noCycles(), graphAtTheBottom(), featuresMeetThroughShared(), sharedBelowFeatures(), entryOnTop(),
				springShellOnlyInCommands(), sessionsOnlyInGraph());
	}
}
