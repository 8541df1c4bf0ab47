/**
 * Shared. What a feature hands to the curation path to record a batch of facts in one transaction (the
 * {@link org.parley.facts.FactWriter} contract), so that a feature such as {@code ingest} writes with the same
 * provenance, {@code Edit} records, {@code Contact} rule and validation as the curation commands without importing
 * {@code curate}: {@code curate} implements the contract, Spring hands the implementation over.
 */
@Shared
package org.parley.facts;

import org.parley.layers.Shared;
