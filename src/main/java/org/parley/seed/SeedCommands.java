package org.parley.seed;

import org.parley.cli.CommonOptions;
import org.parley.cli.Accepts;
import java.util.List;

import org.parley.errors.UsageException;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code seed load}, {@code seed check} and {@code seed reset}: the graph's curated seed scripts. */
@Component
class SeedCommands {

	private final SeedLoader loader;

	SeedCommands(SeedLoader loader) {
		this.loader = loader;
	}

	@Command(name = { "seed", "load" }, group = "Seed", description = "Apply new and changed seed scripts in one transaction; unchanged ones are skipped.",
			help = "Applies seed/*.cypher in file-name order; unchanged files (same checksum) are skipped.")
	String load() {
		long started = System.nanoTime();
		List<SeedLoader.Applied> results = loader.load();
		return SeedReport.load(results, loader.describeSource(), System.nanoTime() - started);
	}

	@Command(name = { "seed", "check" }, group = "Seed", description = "List seed scripts that are new, changed or removed since they were loaded.")
	String check() {
		return SeedReport.check(loader.check(), loader.describeSource());
	}

	@Command(name = { "seed", "reset" }, group = "Seed", description = "Wipe all data and load every seed script again.")
	String reset(@Option(longName = "yes", description = "Confirm that all data, curated additions included, is to be deleted. Default: false, nothing happens.") @Accepts(confirms = "seed reset deletes all data before reloading") Boolean yes) {
		CommonOptions.confirmed("yes", Boolean.TRUE.equals(yes), "seed reset deletes all data before reloading");
		long started = System.nanoTime();
		return SeedReport.load(loader.reset(), loader.describeSource(), System.nanoTime() - started);
	}
}
