package org.parley.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.summary.Plan;
import org.parley.generate.SyntheticNetwork;
import org.parley.graph.PackagedFiles;
import org.parley.testing.GraphTestBase;
import org.parley.testing.GraphTestBase.DropsCachedPlans;
import org.parley.load.BulkLoader;

import static org.assertj.core.api.Assertions.assertThat;
import org.parley.report.catalog.ParameterValues;
import org.parley.report.catalog.PlainRead;
import org.parley.report.catalog.ReportFile;

/**
 * Every report shipped in {@code cypher/} is planned on the seed graph (EXPLAIN, with its defaults), must be a plain
 * read (Parley runs the packaged ones without that check) and must start from an index: no scan of every node, and
 * no scan of a whole label. The few reports whose question is about every node of a kind are listed in
 * {@link #SCANS} with the reason. The same holds with a generated network loaded next to
 * the seed, where the planner's statistics differ.
 */
@DropsCachedPlans
class ReportPlansIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	/** Report → the scans it may do, and why no index fits. */
	private static final Map<String, Set<String>> SCANS = Map.of(
			// counts the nodes of every label: reading every node is the question
			"labels", Set.of("AllNodesScan"),
			// the label is a parameter, and Cypher cannot choose a label index from a parameter
			"find", Set.of("AllNodesScan"),
			// lists every seed file applied, a handful of bookkeeping nodes
			"seed-files", Set.of("NodeByLabelScan"),
			// without a person, the mix of all contacts: every monthly tally of them, or every Contact event when ids,
			// a publication date or part of a month are asked for (each branch runs only then)
			"channels", Set.of("SubtractionNodeByLabelsScan", "NodeByLabelScan"));

	/** The last committed transaction when the statistics were last resampled and the cached plans dropped. */
	private static long sampledAt = -1;

	/** Operators that read every node, every node of a label, or every relationship (of a type). */
	private static final java.util.regex.Pattern SCAN = java.util.regex.Pattern
		.compile("AllNodesScan|\\w*NodeByLabels?Scan|\\w*AllRelationshipsScan|\\w*RelationshipTypeScan|\\w*NodeIndexScan");

	static Stream<Path> shippedReports() throws IOException {
		return ReportCatalogIT.shippedReports();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shippedReports")
	void startsFromAnIndexWhereOneFits(Path file) throws IOException {
		loadSeed();
		assertStartsFromAnIndex(file, true);
	}

	/**
	 * The jar's reports are exactly the ones checked here: Parley runs the packaged ones without checking them itself,
	 * and a report deleted or renamed in {@code cypher/} would stay in {@code target/classes} (and so in the jar) until
	 * a clean build.
	 */
	@Test
	void theBuildPackagesExactlyTheShippedReports() throws IOException {
		List<String> packaged = PackagedFiles.list(getClass().getClassLoader(), "cypher", false).stream()
			.map(PackagedFiles.Packaged::name)
			.filter(name -> name.endsWith(".cypher"))
			.sorted()
			.toList();
		try (Stream<Path> shipped = shippedReports()) {
			assertThat(packaged).as("the reports on the classpath (run `mvn clean` after deleting or renaming one)")
				.isEqualTo(shipped.map(file -> file.getFileName().toString()).toList());
		}
	}

	/** The planner decides on statistics: with a generated network 20 times the seed, the plans must not turn to scans. */
	@Test
	void startFromAnIndexOnAGeneratedNetworkToo() throws IOException {
		loadSeed();
		Path dir = Files.createTempDirectory("parley-plans-");
		SyntheticNetwork.write(400, 4_000, 3, 5, dir);
		new BulkLoader(graph(), 2_000, 2, false).load(dir);
		graph().autoCommit("CALL db.awaitIndexes(60)", Map.of());
		try (Stream<Path> reports = shippedReports()) {
			for (Path file : reports.toList()) {
				assertStartsFromAnIndex(file, false);
			}
		}
	}

	/**
	 * {@code plainRead}: also that the report is a plain read as {@link PlainRead} decides it. Parley runs the reports
	 * packaged in the jar without planning them with {@code EXPLAIN} first (see {@code QueryRunner.Purpose}): this is
	 * where that check is made instead, for every shipped report.
	 */
	private void assertStartsFromAnIndex(Path file, boolean plainRead) throws IOException {
		String name = file.getFileName().toString().replaceFirst("\\.cypher$", "");
		ReportFile report = ReportFile.parse(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		Map<String, Object> params = ParameterValues.resolve(report, Map.of(), Map.of(), Clock.systemDefaultZone());
		// statistics of the graph as it is now (not sampled while it was empty) and no plan cached on other statistics:
		// resampled once for each state of the graph (a write commits a transaction; EXPLAIN and resampling do not)
		long state = lastCommittedTransactionId();
		if (state != sampledAt) {
			graph().autoCommit("CALL db.prepareForReplanning(60)", Map.of());
			sampledAt = state;
		}
		var summary = graph().inRead(tx -> tx.run("EXPLAIN " + report.query(), params).consume());
		if (plainRead) {
			assertThat(PlainRead.refusal(summary)).as("%s is not a plain read", file).isEmpty();
		}
		Plan plan = summary.plan();
		List<String> operators = new ArrayList<>();
		collect(plan, operators);
		List<String> scans = operators.stream()
			.map(op -> op.replaceFirst("(?s)@.*$", ""))
			.filter(op -> SCAN.matcher(op).matches())
			.distinct()
			.toList();
		assertThat(scans).as("%s scans %s; plan: %s", file, scans, operators)
			.allSatisfy(scan -> assertThat(SCANS.getOrDefault(name, Set.of())).contains(scan));
	}

	/** Operator names, a scan with what it scans ({@code NodeIndexScan@neo4j RANGE INDEX e:Event(date) ...}). */
	private static void collect(Plan plan, List<String> operators) {
		String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
		operators.add(SCAN.matcher(plan.operatorType().replaceFirst("@.*$", "")).matches()
				? plan.operatorType() + " " + details : plan.operatorType());
		plan.children().forEach(child -> collect(child, operators));
	}
}
