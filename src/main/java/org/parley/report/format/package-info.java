/**
 * Shared. How results look and where they go: {@code QueryResult}, the {@code --format} formats ({@code OutputFormat}
 * and one {@code ResultFormatter} each), {@code CommandOutput} (format and {@code --out} of a command) and {@code OutputTarget}
 * (console or file). Used by reports, questions and any command that prints a table.
 */
@Shared
package org.parley.report.format;

import org.parley.layers.Shared;
