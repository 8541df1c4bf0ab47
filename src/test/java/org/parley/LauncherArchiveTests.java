package org.parley;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** One start-up archive per build, the most recently used three kept: builds and clones do not evict each other. */
class LauncherArchiveTests {

	@TempDir
	Path cache;

	private Path file(String name, long minutesAgo) throws IOException {
		Path p = Files.writeString(cache.resolve(name), "x");
		Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - minutesAgo * 60_000));
		return p;
	}

	@Test
	void theThreeMostRecentlyUsedArchivesStayAndOldLeftoversGo() throws IOException {
		Path a = file("parley-a.jsa", 50);
		Path b = file("parley-b.jsa", 40);
		Path c = file("parley-c.jsa", 30);
		Path d = file("parley-d.jsa", 20);
		Path e = file("parley-e.jsa", 1);
		Path killedLongAgo = file("parley-f.jsa.123.tmp", 120);
		Path beingWritten = file("parley-g.jsa.456.tmp", 1);
		Path other = file("notes.txt", 500);
		StartupCache.prune(cache, StartupCache.ARCHIVES_KEPT);
		assertThat(c).exists();
		assertThat(d).exists();
		assertThat(e).exists();
		assertThat(a).doesNotExist();
		assertThat(b).doesNotExist();
		assertThat(killedLongAgo).doesNotExist();
		assertThat(beingWritten).exists();
		assertThat(other).exists();
	}
}
