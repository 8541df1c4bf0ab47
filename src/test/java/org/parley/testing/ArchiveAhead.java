package org.parley.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts writing this build's class-data archive and seeded home (see {@link ParleyProcess}) in the background as
 * soon as an integration-test JVM of a whole run starts, while its first classes test in-process. Without it, the
 * first test to start the jar waited half a minute for them, and the other test JVM with it, with a core idle.
 * Registered in {@code META-INF/services}; it acts only when {@value #PROPERTY} is set, which the pom does for the
 * failsafe JVMs of a run of every integration test (not with {@code -Dit.test=...}: a few classes may need no jar).
 */
public final class ArchiveAhead implements LauncherSessionListener {

	static final String PROPERTY = "parley.archive-ahead";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (Boolean.getBoolean(PROPERTY)) {
			ParleyProcess.prepareInBackground();
		}
	}
}
