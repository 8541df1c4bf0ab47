package org.parley.graph;

import org.parley.testing.GraphTestBase;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every session of one Parley shares one bookmark manager: a read after a write sees it, on a follower too. */
class GraphSessionsIT extends GraphTestBase {

	@Test
	void writesLeaveTheirBookmarkWhereLaterReadsOfThisParleyPickItUp() {
		var manager = graph().driver().executableQueryBookmarkManager();
		var before = manager.getBookmarks();
		graph().write("CREATE (:Country {id: 'bookmark-test', name: 'Bookmarkia'})", Map.of(), r -> null);
		var after = manager.getBookmarks();
		assertThat(after).isNotEmpty().isNotEqualTo(before);
		assertThat(graph().sessionConfig(AccessMode.READ).bookmarkManager()).contains(manager);
		assertThat(graph().read("MATCH (c:Country {id: 'bookmark-test'}) RETURN c.name AS name", Map.of(),
				r -> r.get("name").asString())).containsExactly("Bookmarkia");
	}
}
