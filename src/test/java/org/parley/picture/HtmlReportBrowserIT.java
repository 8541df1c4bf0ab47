package org.parley.picture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.testing.HeadlessChromium;
import org.parley.testing.SeededTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report as a person sees it: opened from the file in headless Chromium, offline, chart and table shown. */
class HtmlReportBrowserIT extends SeededTestBase {

	@TempDir
	Path dir;

	@Test
	void theChannelsReportShowsItsChartAndTableWithoutConsoleErrors() throws Exception {
		HeadlessChromium.assumeAvailable();
		Path html = dir.resolve("channels.html");
		var written = run("report", "run", "channels", "--format", "html", "--out", html.toString());
		assertThat(written.code()).as(written.toString()).isZero();
		assertThat(written.err()).isEqualTo("11 rows written to " + html + " (html)\n");
		ChromeDriver browser = HeadlessChromium.start();
		try {
			browser.get(html.toUri().toString());
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(d -> !d.findElements(By.cssSelector("figure#chart svg")).isEmpty());
			WebElement chart = browser.findElement(By.cssSelector("figure#chart svg"));
			assertThat(chart.isDisplayed()).isTrue();
			assertThat(chart.getSize().getWidth()).isGreaterThan(300);
			assertThat(chart.getSize().getHeight()).isGreaterThan(150);
			assertThat(chart.getText()).contains("2019-Q3", "phone-call");
			List<WebElement> cells = browser.findElements(By.cssSelector("table#result tbody tr"));
			assertThat(cells).hasSize(11);
			assertThat(browser.getTitle()).isEqualTo("Mix of channels per period");
			Path shot = Path.of("target", "screenshots", "html-report-channels.png");
			Files.createDirectories(shot.getParent());
			Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
			List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
				.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
			assertThat(errors).as("console errors").isEmpty();
		}
		finally {
			browser.quit();
		}
	}
}
