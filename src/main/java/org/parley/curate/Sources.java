package org.parley.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.errors.ParleyException;
import org.parley.curate.model.Organization;
import org.parley.curate.model.Source;

/** {@code --source}: the id of a recorded source, or the title of one (created on first use). */
final class Sources {

	private Sources() {
	}

	private static final String BY_TITLE = """
			MATCH (s:Source) WHERE toLower(s.title) = toLower($title)
			RETURN s.id AS id ORDER BY id
			""";

	/** A lower-case word with no spaces is taken for an id; anything else is a title. */
	static boolean looksLikeId(String text) {
		return text.matches("[a-z0-9][a-z0-9._-]*");
	}

	static Source resolve(CurationWrite curation, String text) {
		String given = text.strip();
		if (given.isEmpty()) {
			throw new ParleyException("every write needs a source: give --source with a source id or a title");
		}
		Source byId = curation.session().load(Source.class, given, 1);
		if (byId != null) {
			return byId;
		}
		List<String> ids = new ArrayList<>();
		curation.session().query(BY_TITLE, Map.of("title", given)).queryResults().forEach(row -> ids.add((String) row.get("id")));
		if (ids.size() == 1) {
			return curation.session().load(Source.class, ids.get(0), 1);
		}
		if (ids.size() > 1) {
			throw new ParleyException("source title '" + given + "' is ambiguous: " + String.join(", ", ids)
					+ "; give the source's id");
		}
		if (looksLikeId(given)) {
			throw new ParleyException("no source with id '" + given + "'; give an existing source id, or a title to "
					+ "record a new source (add source --title ... for outlet and date)");
		}
		return create(curation, NameCheck.name("a source's title", given), null, null, null);
	}

	static Source create(CurationWrite curation, String title, Organization outlet, java.time.LocalDate published, String url) {
		var source = new Source(curation.newId(CurationWrite.slug(title)), "analyst", title, url, published, outlet);
		return curation.record(source);
	}
}
