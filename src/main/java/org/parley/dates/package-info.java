/**
 * Shared. Dates as people type them ({@code Days}: {@code 2019-05-10}, {@code 2019-05}, {@code today}) for every option that takes one.
 */
@Shared
package org.parley.dates;

import org.parley.layers.Shared;
