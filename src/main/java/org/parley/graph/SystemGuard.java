package org.parley.graph;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Refuses every change to the {@code system} database (users, passwords, databases) once Parley has made its own at
 * start: a Bolt client, with or without a password, cannot plant a user or change the password unless the owner set
 * {@code PARLEY_BOLT_ADMIN=true}. The client gets {@code Neo.ClientError.Security.Forbidden} and this message.
 */
final class SystemGuard extends TransactionEventListenerAdapter<Void> {

	static final String REFUSAL = "Parley refuses changes to users, passwords and databases over Bolt;"
			+ " the owner can allow them with PARLEY_BOLT_ADMIN=true";

	@Override
	public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		if (data.createdNodes().iterator().hasNext() || data.deletedNodes().iterator().hasNext()
				|| data.assignedNodeProperties().iterator().hasNext() || data.removedNodeProperties().iterator().hasNext()
				|| data.assignedLabels().iterator().hasNext() || data.removedLabels().iterator().hasNext()
				|| data.createdRelationships().iterator().hasNext() || data.deletedRelationships().iterator().hasNext()
				|| data.assignedRelationshipProperties().iterator().hasNext()
				|| data.removedRelationshipProperties().iterator().hasNext()) {
			throw new Refused();
		}
		return null;
	}

	static final class Refused extends RuntimeException implements Status.HasStatus {

		Refused() {
			super(REFUSAL);
		}

		@Override
		public Status status() {
			return Status.Security.Forbidden;
		}
	}
}
