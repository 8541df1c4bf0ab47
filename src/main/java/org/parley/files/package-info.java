/**
 * Shared. Output files written all or nothing ({@code OutputFiles}), text files read with file:line errors ({@code TextFiles}).
 */
@Shared
package org.parley.files;

import org.parley.layers.Shared;
