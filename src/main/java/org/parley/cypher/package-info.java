/**
 * Shared. Cypher as text: splitting a script into statements ({@code CypherScript}), used by the seed and the saved reports.
 */
@Shared
package org.parley.cypher;

import org.parley.layers.Shared;
