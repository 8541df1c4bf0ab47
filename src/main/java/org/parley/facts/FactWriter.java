package org.parley.facts;

/** Records a batch of facts in one write transaction, all of it or nothing (implemented by the curation path). */
public interface FactWriter {

	/**
	 * @return one line per thing written, in the order written; empty when everything was already there
	 * @throws org.parley.errors.ParleyException when the batch is invalid for this graph; nothing is written then
	 */
	java.util.List<String> write(FactBatch batch);
}
