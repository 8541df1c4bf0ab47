/**
 * Shared. Report parameters: a declared parameter ({@code DeclaredParameter}), its type ({@code ParameterType}, a
 * {@code ScalarType} or a list of one) and bounds ({@code Range}), and the session's {@code param set} values
 * ({@code SessionParameters}).
 */
@Shared
package org.parley.report.parameters;

import org.parley.layers.Shared;
