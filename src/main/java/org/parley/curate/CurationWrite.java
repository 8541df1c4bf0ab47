package org.parley.curate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.ogm.session.Session;
import org.parley.dates.Days;
import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;
import org.parley.curate.model.Evidence;
import org.parley.curate.model.Node;
import org.parley.curate.model.Source;

/**
 * What every curation command shares inside its one transaction: who records and when, readable ids that do not
 * collide, the source behind the write and the evidence that ties the fact to it.
 */
final class CurationWrite {

	private final Session session;

	private final String by;

	private final ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);

	private final Set<String> allocated = new HashSet<>();

	CurationWrite(Session session, String by) {
		this.session = session;
		this.by = recorder(by);
	}

	/** The analyst recording: {@code --by}, else the operating system's user; invisible characters are refused. */
	static String recorder(String by) {
		if (by == null || NameCheck.trimmed(by).isEmpty()) {
			return System.getProperty("user.name", "unknown");
		}
		NameCheck.invisible("--by", by);
		return NameCheck.trimmed(by);
	}

	Session session() {
		return session;
	}

	String by() {
		return by;
	}

	ZonedDateTime at() {
		return at;
	}

	private static final String LOCK_PERSON = "MATCH (n:Person {id: $id}) SET n.parleyLock = true REMOVE n.parleyLock";

	/**
	 * Takes the person's write lock for the rest of the transaction, before anything about them is read: two
	 * commands on one person (two analysts attached to one {@code serve}) then run one after the other, so neither
	 * checks aliases or tenures the other is changing, nor loses the other's alias in a read-modify-write.
	 */
	void lockPerson(String id) {
		session.query(LOCK_PERSON, Map.of("id", id));
	}

	/** Marks a new node as recorded now by the analyst, and saves it. */
	<T extends Node> T record(T node) {
		node.recorded(at, by);
		session.save(node, 2);
		return node;
	}

	private static final String TAKEN = """
			CALL () {
			  MATCH (n:Person) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Post) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Organization) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Tenure) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Event) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Stance) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Measure) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Source) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Evidence) WHERE n.id STARTS WITH $base RETURN n.id AS id
			  UNION MATCH (n:Edit) WHERE n.id STARTS WITH $base RETURN n.id AS id
			}
			RETURN id
			""";

	/** {@code base}, or {@code base-2}, {@code base-3}, ... when taken: ids stay readable and unique. */
	String newId(String base) {
		Set<String> taken = new HashSet<>();
		session.query(TAKEN, Map.of("base", base)).queryResults().forEach(row -> taken.add((String) row.get("id")));
		taken.addAll(allocated);
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		allocated.add(id);
		return id;
	}

	/** Links the fact to its source through a new piece of evidence recording the command. */
	Evidence evidence(Node fact, Source source, String action) {
		var evidence = new Evidence(newId("evidence-" + fact.getId()), source, action, source.getTitle(),
				"(recorded by " + by + " at " + at.toOffsetDateTime() + " with " + action + ")");
		evidence.recorded(at, by);
		fact.getEvidence().add(evidence);
		return evidence;
	}

	/** Lower-case words joined by dashes, accents dropped: {@code Jane Doë} is {@code jane-doe}. */
	static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "x" : slug;
	}

	/** A date by the one rule of {@link Days} (YYYY-MM-DD, years 1000 to 9999), or a usage error naming the option. */
	static LocalDate date(String option, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Days.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("invalid value '" + value + "' for --" + option + ": expected " + ex.getMessage());
		}
	}

	/** One of the documented values, or an error listing them. */
	static String oneOf(String option, String value, List<String> valid) {
		String normal = value.strip().toLowerCase(Locale.ROOT);
		if (!valid.contains(normal)) {
			throw new UsageException("invalid value '" + value + "' for --" + option + ": expected one of "
					+ String.join(", ", valid));
		}
		return normal;
	}

	static ParleyException error(String message) {
		return new ParleyException(message);
	}
}
