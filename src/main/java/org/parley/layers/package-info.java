/**
 * Shared. The layer marks themselves: {@link org.parley.layers.Shared}, read by {@code ArchitectureTests}.
 */
@Shared
package org.parley.layers;

import org.parley.layers.Shared;
