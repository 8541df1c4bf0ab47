/**
 * Shared. The owner-only channel through which a one-shot command runs inside the console or {@code serve} that
 * already holds the home ({@code $PARLEY_HOME/parley.sock}, a Unix-domain socket). Plain JDK only: the client side
 * runs in the jar's launcher before Spring, Neo4j or the driver load.
 */
@Shared
package org.parley.attach;

import org.parley.layers.Shared;
