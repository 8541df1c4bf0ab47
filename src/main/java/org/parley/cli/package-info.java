/**
 * Shared. What the commands share: repeated options ({@code --param a=1 --param b=2}), the completion guard, and "did
 * you mean" suggestions by edit distance ({@code Suggestions}, on commons-text). Spring Shell types are allowed here.
 */
@Shared
package org.parley.cli;

import org.parley.layers.Shared;
