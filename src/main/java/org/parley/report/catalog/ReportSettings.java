package org.parley.report.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.graph.ParleySettings;
import org.parley.graph.SettingsCheck;
import org.springframework.core.env.Environment;

/**
 * The saved reports' setting, bound like every setting from {@code parley.*} properties or {@code PARLEY_*} variables.
 *
 * @param reportsDir the analyst's own saved reports ({@code PARLEY_REPORTS_DIR}); empty means {@code reports} in
 *                   Parley's home
 */
public record ReportSettings(Path reportsDir) {

	/**
	 * The reports' settings of this run.
	 * @throws org.parley.errors.UsageException naming the setting that cannot be used
	 */
	public static ReportSettings bind(Environment environment) {
		var settings = SettingsCheck.bind(environment, ReportSettings.class,
				property -> "parley.reports-dir".equals(property) ? "a directory path" : null);
		Path dir = settings.reportsDir();
		if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
			throw SettingsCheck.invalid("parley.reports-dir", dir, "a directory (this is a file)");
		}
		return settings;
	}

	/** Where the analyst's own reports live: {@code parley.reports-dir}, else {@code reports} in the home. */
	public Path directory(ParleySettings graph) {
		return reportsDir != null ? reportsDir : graph.home().resolve("reports");
	}
}
