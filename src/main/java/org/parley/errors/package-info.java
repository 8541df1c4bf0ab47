/**
 * Shared. The errors every layer raises: {@code ParleyException} (exit 1, one line) and {@code UsageException} (exit 2).
 * The lowest package: {@code graph} uses it too, and it uses nothing of Parley.
 */
@Shared
package org.parley.errors;

import org.parley.layers.Shared;
