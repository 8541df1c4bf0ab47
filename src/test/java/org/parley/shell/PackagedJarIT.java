package org.parley.shell;

import org.parley.testing.ParleyProcess;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar as a user runs it: embedded store in PARLEY_HOME, Bolt on loopback, real exit codes. */
class PackagedJarIT {

	@TempDir
	Path home;

	private Map<String, String> env(int port) {
		return Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", Integer.toString(port));
	}

	@Test
	void firstStartSeedsTheEmptyStoreAndStdoutCarriesOnlyTheStatus() throws Exception {
		int port = ParleyProcess.freePort();
		var first = ParleyProcess.run(env(port), "status");
		assertThat(first.code()).as(first.toString()).isZero();
		assertThat(first.err()).containsPattern("Seeded the new store .* from \\d+ seed files");
		assertThat(first.out()).startsWith("Data:          embedded store " + home.resolve("data"))
			.contains("Bolt:          bolt://127.0.0.1:" + port
					+ " while `serve` or the console runs (no authentication, loopback only)")
			.contains("Schema:        migration ")
			.doesNotContain("Seeded");
		// the first tuned run of this build wrote its class-data archive (in the tests' cache), later runs map it
		assertThat(ParleyProcess.archive()).isRegularFile().isNotEmptyFile();
		// a one-shot command opens the store on a private port: the configured one may be taken meanwhile
		try (var taken = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
			// the second start finds the seeded store; Neo4j-OGM (curation) works inside the shaded jar
			Path commands = home.resolve("curate.txt");
			Files.writeString(commands, """
					status
					add person "Jane Doe" --side US --alias "Ms Doe" --source "Readout of the call" --by analyst-1
					person "Ms Doe"
					""");
			var second = ParleyProcess.run(env(port), "--file", commands.toString());
			assertThat(second.code()).as(second.toString()).isZero();
			assertThat(second.err()).doesNotContain("Seeded");
			assertThat(second.out()).startsWith(first.out())
				.contains("Recorded person jane-doe: Jane Doe (US), also known as Ms Doe\n")
				.contains("Jane Doe");
		}
	}

	@Test
	void aOneShotCommandsTunedChildJvmEndsWhenItsLauncherIsKilled() throws Exception {
		Process launcher = ParleyProcess.asTyped(env(ParleyProcess.freePort()), "status")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		ProcessHandle child = null;
		for (int i = 0; i < 300 && child == null; i++) {
			child = launcher.descendants().findFirst().orElse(null);
			Thread.sleep(100);
		}
		assertThat(child).as("the launcher starts a tuned child JVM").isNotNull();
		launcher.destroyForcibly().waitFor();
		assertThat(child.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
	}

	@Test
	void asTypedAUsageErrorIsTheTunedChildsOneLineWithTheUsageEvenOnABuildsFirstRun() throws Exception {
		// a command goes straight to the tuned child, which checks its command line; with a cache of its own, this is
		// the build's first run there: the child would write the archive, but a usage error says its one line alone
		Path cache = home.resolve("cache").resolve("parley");
		var env = new java.util.HashMap<>(env(ParleyProcess.freePort()));
		env.put("PARLEY_CACHE_DIR", cache.toString());
		var bad = ParleyProcess.runAsTyped(env, "who", "--nosuch");
		assertThat(bad.code()).as(bad.toString()).isEqualTo(2);
		assertThat(bad.out()).isEmpty();
		assertThat(bad.err()).isEqualTo("parley: unknown option '--nosuch' for 'who'; expected --at, --evidence, --format, "
				+ "--limit, --out, --force\nusage: who POST [--at DATE] [--evidence] [--format FORMAT] [--limit N] [--out OUT] "
				+ "[--force]\n");
		assertThat(home.resolve("data")).as("nothing opened the store").doesNotExist();
		if (Files.isDirectory(cache)) { // the dump of a run that never opened the store is not kept, nor left half-done
			try (var left = Files.list(cache)) {
				assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".jsa"));
			}
		}
	}

	@Test
	void aFirstRunThatNeverOpensTheStoreLeavesNoClassDataArchive() throws Exception {
		Path cache = home.resolve("cache");
		var env = new java.util.HashMap<>(env(ParleyProcess.freePort()));
		env.put("PARLEY_CACHE_DIR", cache.resolve("parley").toString());
		var help = ParleyProcess.run(env, "help");
		assertThat(help.code()).as(help.toString()).isZero();
		assertThat(help.out()).contains("status");
		// its archive would lack Neo4j's classes and make every later run slower: the next run writes one instead
		// (help is answered before any child JVM starts, so there may be no cache directory at all)
		if (Files.isDirectory(cache.resolve("parley"))) {
			try (var left = Files.list(cache.resolve("parley"))) {
				assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".jsa"));
			}
		}
	}

	@Test
	void aBusyBoltPortIsNamedWithHowToChooseAnother() throws Exception {
		try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			var result = ParleyProcess.run(env(port), "serve");
			assertThat(result.code()).isEqualTo(3);
			assertThat(result.out()).isEmpty();
			assertThat(result.err()).isEqualTo("parley: Bolt port " + port + " on 127.0.0.1 is already in use; choose "
					+ "another with PARLEY_BOLT_PORT=<port> (or --parley.bolt-port=<port>, 0 for any free port)\n");
		}
	}
}
