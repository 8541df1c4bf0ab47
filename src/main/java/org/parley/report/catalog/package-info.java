/**
 * Shared. The saved Cypher reports: which exist ({@code ReportCatalog}, read by {@code CatalogReader}), one file
 * ({@code ReportFile}), binding {@code --param} values ({@code ParameterValues}), running them read-only
 * ({@code QueryRunner}, {@code PlainRead}) and the packaged reports the questions answer with ({@code PackagedReports}).
 */
@Shared
package org.parley.report.catalog;

import org.parley.layers.Shared;
