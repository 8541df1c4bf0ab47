package org.parley;

import org.parley.browser.BrowserSettings;
import org.parley.graph.ParleySettings;
import org.parley.graph.SettingsCheck;
import org.parley.report.catalog.ReportSettings;
import org.parley.seed.SeedSettings;
import org.springframework.core.env.Environment;

/**
 * Every setting of a run, each part bound and checked by the package that reads it, all before anything starts:
 * the database's ({@code graph}), the seed's, Neo4j Browser's and the saved reports'.
 */
record RunSettings(ParleySettings graph, SeedSettings seed, BrowserSettings browser, ReportSettings reports) {

	/**
	 * @param restore whether the run restores a backup: a store about to be restored must not seed itself first
	 * @throws org.parley.errors.UsageException naming the first setting that cannot be used
	 */
	static RunSettings bind(Environment environment, boolean restore) {
		ParleySettings graph = SettingsCheck.bind(environment);
		SeedSettings seed = SeedSettings.bind(environment);
		return new RunSettings(graph, restore ? seed.withoutAutoSeed() : seed, BrowserSettings.bind(environment, graph),
				ReportSettings.bind(environment));
	}
}
