package org.parley.seed;

import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.graph.SettingsCheck;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The seed's settings, bound like every setting from {@code parley.*} properties or {@code PARLEY_*} variables.
 *
 * @param seedDir  directory of seed scripts ({@code PARLEY_SEED_DIR}); empty means {@code ./seed} when present, else
 *                 the packaged copy
 * @param autoSeed whether an empty embedded store seeds itself on first start ({@code PARLEY_AUTO_SEED})
 */
public record SeedSettings(Path seedDir, @DefaultValue("true") boolean autoSeed) {

	/**
	 * The seed's settings of this run.
	 * @throws org.parley.errors.UsageException naming the setting that cannot be used
	 */
	public static SeedSettings bind(Environment environment) {
		var settings = SettingsCheck.bind(environment, SeedSettings.class, property -> switch (property) {
			case "parley.auto-seed" -> "true or false";
			case "parley.seed-dir" -> "a directory path";
			default -> null;
		});
		if (settings.seedDir() != null && !Files.isDirectory(settings.seedDir())) {
			throw SettingsCheck.invalid("parley.seed-dir", settings.seedDir(), "an existing directory of seed scripts");
		}
		return settings;
	}

	/** These settings with first-start seeding off (a store about to be restored must not seed itself first). */
	public SeedSettings withoutAutoSeed() {
		return new SeedSettings(seedDir, false);
	}
}
