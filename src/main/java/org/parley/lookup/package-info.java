/**
 * Shared. Names to nodes: resolving what a person types to one person, post, event... ({@code Names}, {@code ResolvedName}),
 * with candidates when it is ambiguous. Used by the questions and by curation.
 */
@Shared
package org.parley.lookup;

import org.parley.layers.Shared;
