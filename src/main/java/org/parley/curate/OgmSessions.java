package org.parley.curate;

import java.util.function.Function;

import org.neo4j.ogm.session.Session;
import org.neo4j.ogm.session.SessionFactory;
import org.neo4j.ogm.transaction.Transaction;
import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;
import org.parley.curate.model.Node;
import org.parley.graph.Graph;
import org.parley.graph.StartupTrace;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The Neo4j-OGM side of Parley: one {@link SessionFactory} from {@link Graph#ogmSessionFactory} (same driver,
 * database and bookmark manager as every other session), built
 * on the first curation command only (scanning and mapping the model costs start-up time that questions and
 * {@code status} should not pay), and one transaction per command.
 */
@Component
public class OgmSessions {

	/** The package OGM scans for the domain model. */
	static final String MODEL = Node.class.getPackageName();

	private final Graph graph;

	private volatile SessionFactory factory;

	OgmSessions(@Lazy Graph graph) {
		this.graph = graph;
	}

	/** The factory, built on first use. */
	public SessionFactory factory() {
		SessionFactory built = factory;
		if (built == null) {
			synchronized (this) {
				built = factory;
				if (built == null) {
					StartupTrace.mark("OGM session factory: scanning " + MODEL);
					built = graph.ogmSessionFactory(MODEL);
					StartupTrace.mark("OGM session factory ready");
					factory = built;
				}
			}
		}
		return built;
	}

	/**
	 * Runs work in one read-write transaction: it commits when the work returns, and nothing is written when it throws.
	 * Failures of OGM or the database become one-line {@link ParleyException}s.
	 */
	public <T> T inTransaction(Function<Session, T> work) {
		Session session = factory().openSession();
		try (Transaction tx = session.beginTransaction(Transaction.Type.READ_WRITE)) {
			T result = work.apply(session);
			tx.commit();
			return result;
		}
		catch (ParleyException | UsageException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// OGM wraps the driver's failure (a timeout, a constraint, an unreachable server) in its own exceptions
			for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
				if (cause instanceof RuntimeException failure) {
					RuntimeException translated = Graph.translate(failure, graph.timeout());
					if (translated != failure) {
						throw translated;
					}
				}
			}
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			throw new ParleyException(Graph.oneLine(root.getMessage()), ex);
		}
	}
}
