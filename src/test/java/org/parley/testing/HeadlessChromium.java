package org.parley.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless Chromium driven through Debian's chromedriver, as a person would open a page: no Selenium
 * Manager download, a fresh profile, nothing that phones home. The one browser set-up of every test that looks at
 * a page; {@link #assumeAvailable()} skips a test where no browser can run ({@code .ci/run} installs one).
 */
public final class HeadlessChromium {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** Why no browser can run here, or {@code null} when one can. */
	public static String missing() {
		if (!Files.isExecutable(CHROMIUM)) {
			return CHROMIUM + " is missing (Debian package chromium; .ci/run installs it)";
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			return CHROMEDRIVER + " is missing (Debian package chromium-driver; .ci/run installs it)";
		}
		return null;
	}

	/** Skips the calling test, saying why, when no browser can run here. */
	public static void assumeAvailable() {
		String missing = missing();
		assumeTrue(missing == null, () -> "skipped: no headless browser here: " + missing);
	}

	/** A browser with a fresh profile of its own; its console is logged ({@link LogType#BROWSER}). */
	public static ChromeDriver start() {
		try {
			return start(Files.createTempDirectory("parley-chromium-"), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A browser with its profile in {@code profile}; its console is logged, and with {@code network} every request it
	 * makes too ({@link LogType#PERFORMANCE}), so a test can say that nothing left the machine.
	 */
	public static ChromeDriver start(Path profile, boolean network) {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		if (network) {
			logs.enable(LogType.PERFORMANCE, Level.ALL);
		}
		options.setCapability("goog:loggingPrefs", logs);
		options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogOutput(OutputStream.nullOutputStream())
			.build();
		return new ChromeDriver(service, options);
	}
}
