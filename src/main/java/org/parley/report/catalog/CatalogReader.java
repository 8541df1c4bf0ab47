package org.parley.report.catalog;

import java.nio.file.Path;

import org.parley.files.WorkingDirectory;
import org.parley.graph.ParleySettings;
import org.springframework.stereotype.Component;

/** Reads the {@link ReportCatalog} with the directories the settings and a command's {@code --reports} name. */
@Component
public class CatalogReader {

	private final ParleySettings settings;

	private final ReportSettings reports;

	public CatalogReader(ParleySettings settings, ReportSettings reports) {
		this.settings = settings;
		this.reports = reports;
	}

	/** @param reports the {@code --reports DIR} option, or {@code null} for {@code parley.reports-dir} / {@code $PARLEY_HOME/reports} */
	public ReportCatalog catalog(String reports) {
		return ReportCatalog.load(CatalogReader.class.getClassLoader(),
				ReportCatalog.standardSources(userDirectory(reports)), explicit(reports));
	}

	/** The analyst's own reports directory: {@code --reports}, else {@code parley.reports-dir}, else {@code $PARLEY_HOME/reports}. */
	public Path userDirectory(String reports) {
		Path explicit = explicit(reports);
		return explicit != null ? explicit : this.reports.directory(settings);
	}

	/** A directory the user named, which must exist; {@code null} for the default one, which may not. */
	private Path explicit(String reports) {
		return reports != null && !reports.isBlank() ? WorkingDirectory.resolve(reports) : this.reports.reportsDir();
	}
}
