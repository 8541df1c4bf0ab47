package org.parley.testing;

import java.nio.file.Files;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * In an integration-test JVM (Failsafe sets {@code parley.tests.prepare-archive}), starts writing this build's
 * class-data archive and seeded home as soon as the JVM starts its tests ({@link ParleyProcess#prepareInBackground}).
 * Written on first need instead, the first start and its archive dump (about 38 s of CPU, one thread for most of it)
 * kept both test JVMs waiting at once for about 18 s of a suite run (2026-12-04, CPU sampled every 0.5 s).
 */
public final class PackagedJarPreparation implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (Boolean.getBoolean("parley.tests.prepare-archive") && Files.isRegularFile(ParleyProcess.JAR)) {
			ParleyProcess.prepareInBackground();
		}
	}
}
