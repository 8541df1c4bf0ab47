package org.parley.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Two one-shots on a new home: the second may read the server id the first is still writing. */
class EmbeddedNeo4jTests {

	@TempDir
	Path store;

	@Test
	void aStoreWhoseServerIdIsMissingOrShortIsBeingCreatedAndAWholeOneIsNot() throws IOException {
		assertThat(EmbeddedNeo4j.beingCreated(store)).isTrue();
		Path serverId = Files.createDirectories(store.resolve("data")).resolve("server_id");
		Files.write(serverId, new byte[0]);
		assertThat(EmbeddedNeo4j.beingCreated(store)).isTrue();
		Files.write(serverId, new byte[16]);
		assertThat(EmbeddedNeo4j.beingCreated(store)).isTrue();
		Files.write(serverId, new byte[17]);
		assertThat(EmbeddedNeo4j.beingCreated(store)).isFalse();
	}
}
