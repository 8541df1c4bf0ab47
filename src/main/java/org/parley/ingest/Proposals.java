package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;

/** What {@code ingest} proposes for one article: the article's header and its proposals, or why there are none. */
record Proposals(String article, String file, LocalDate published, String outlet, String url, String language,
		String note, List<Proposal> proposals) {
}
