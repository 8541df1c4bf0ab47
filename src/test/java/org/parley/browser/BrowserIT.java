package org.parley.browser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.testing.HeadlessChromium;
import org.parley.testing.ParleyProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j Browser as a person sees it, in a real headless Chromium driven by Selenium against a real {@code serve}:
 * the page loads from Parley's HTTP port, Browser connects to Parley's Bolt port with nothing typed, opens the
 * Parley guide and applies the Parley style, one click on a guide query draws the people it is about; no console
 * error, and no request leaves 127.0.0.1. A screenshot is kept in {@code target/browser/}.
 */
class BrowserIT {

	/** Busy machine: the page, the connection and the drawing each get this long. */
	private static final Duration WAIT = Duration.ofSeconds(240);

	@TempDir
	Path home;

	@TempDir
	Path profile;

	@Test
	void browserFromServeConnectsByItselfDrawsAGuideQueryAndStaysOnThisMachine() throws Exception {
		HeadlessChromium.assumeAvailable();
		int bolt = ParleyProcess.freePort();
		int http = ParleyProcess.freePort();
		var env = Map.of("PARLEY_HOME", home.toString(), "PARLEY_BOLT_PORT", Integer.toString(bolt), "PARLEY_HTTP_PORT",
				Integer.toString(http));
		ParleyProcess.seededHome(home); // what a seeded home serves, not its first start
		Process serve = ParleyProcess.builder(env, "serve").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (var out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(out.readLine()).isEqualTo("Serving " + home.resolve("data") + " at bolt://127.0.0.1:" + bolt);
			assertThat(out.readLine()).isEqualTo("Neo4j Browser: http://127.0.0.1:" + http + "/");

			// a second Parley on the same home names the URL; one that wants the same HTTP port elsewhere cannot have it
			// handed to the serving Parley over its socket, status runs where the Browser is served and knows its URL
			var status = ParleyProcess.run(env, "status");
			assertThat(status.code()).as(status.toString()).isZero();
			assertThat(status.out()).contains("Browser:       http://127.0.0.1:" + http + "/\n");
			// in a JVM of its own, attached over Bolt, it can only say which URL the serving Parley would use
			var separate = new java.util.HashMap<>(env);
			separate.put("PARLEY_ATTACH", "off");
			var boltStatus = ParleyProcess.run(separate, "status");
			assertThat(boltStatus.code()).as(boltStatus.toString()).isZero();
			assertThat(boltStatus.out()).contains("Browser:       http://127.0.0.1:" + http
					+ "/ if the Parley serving this home uses the same PARLEY_HTTP_PORT\n");
			var busy = ParleyProcess.run(Map.of("PARLEY_HOME", home.resolve("other").toString(), "PARLEY_BOLT_PORT",
					Integer.toString(ParleyProcess.freePort()), "PARLEY_HTTP_PORT", Integer.toString(http)), "serve");
			assertThat(busy.code()).as(busy.toString()).isEqualTo(3);
			assertThat(busy.err()).isEqualTo("parley: HTTP port " + http + " on 127.0.0.1 (Neo4j Browser) is already in use;"
					+ " choose another with PARLEY_HTTP_PORT=<port>, or PARLEY_HTTP_PORT=0 to serve no Browser\n");

			browse(http, bolt);
		}
		finally {
			ParleyProcess.killHard(serve);
		}
	}

	private void browse(int http, int bolt) throws Exception {
		WebDriver driver = HeadlessChromium.start(profile, true);
		try {
			driver.manage().logs().get(LogType.PERFORMANCE); // Chromium's own start-up pages are not Browser's doing
			driver.get("http://127.0.0.1:" + http + "/");
			var wait = new WebDriverWait(driver, WAIT);
			// the guide opens after Browser connected and read the database's client settings: nothing was typed
			wait.until(d -> !d.findElements(By.cssSelector("pre.runnable")).isEmpty());
			// the guide's text is drawn after its first runnable block (once seen without its :style line yet)
			wait.until(d -> d.findElement(By.tagName("body")).getText().contains(":style http://127.0.0.1:" + http));
			assertThat(driver.getCurrentUrl()).isEqualTo("http://127.0.0.1:" + http + "/browser/?preselectAuthMethod=NO_AUTH");
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("Parley: who negotiates with whom")
				.contains(":style http://127.0.0.1:" + http + "/parley/parley.grass");
			// to the slide about two people's channels, and one click on the play icon of its first query
			while (driver.findElements(By.xpath("//h3[normalize-space()='Channels between two people']")).isEmpty()) {
				driver.findElement(By.xpath("//button[normalize-space()='Next']")).click();
			}
			driver.findElement(By.cssSelector("pre.runnable i")).click();
			wait.until(d -> d.findElements(By.cssSelector("svg g.node")).size() >= 3);
			String captions = (String) ((JavascriptExecutor) driver).executeScript(
					"return Array.from(document.querySelectorAll('svg g.node text')).map(t => t.textContent).join(' ');");
			// the people the query is about, captioned by Parley's style (name and side)
			assertThat(captions).contains("Steven").contains("Liu He (CN)");
			Path shot = Path.of("target", "browser", "browser.png");
			Files.createDirectories(shot.getParent());
			Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

			List<String> errors = new ArrayList<>();
			for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
				// Browser's connect form probes the Bolt port over HTTP (as with any Neo4j); it is on this machine
				boolean boltProbe = entry.getMessage().startsWith("http://127.0.0.1:" + bolt + "/ - Failed to load resource");
				if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !boltProbe) {
					errors.add(entry.getMessage());
				}
			}
			assertThat(errors).as("errors in Browser's console").isEmpty();
			Map<String, String> urls = new HashMap<>();
			List<String> failed = new ArrayList<>();
			var json = new com.fasterxml.jackson.databind.ObjectMapper();
			for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
				var message = json.readTree(entry.getMessage()).path("message");
				String method = message.path("method").asText();
				var params = message.path("params");
				switch (method) {
					case "Network.requestWillBeSent" -> urls.put(params.path("requestId").asText(),
							params.path("request").path("url").asText());
					case "Network.webSocketCreated" -> urls.put(params.path("requestId").asText(), params.path("url").asText());
					case "Network.loadingFailed" -> failed.add(params.path("requestId").asText() + " "
							+ params.path("errorText").asText());
					default -> {
					}
				}
			}
			// chrome:// and chrome-untrusted:// pages are Chromium's own (its resources, its new-tab page and favicon
			// service, seen in CI runs; Debian's Chromium 150 also loads the new-tab page's chrome-untrusted:// bar when
			// its start-up tab opens late), served from inside the browser process: nothing leaves the machine; every
			// network scheme is still checked
			assertThat(urls.values()).as("requests Browser made").isNotEmpty()
				.allSatisfy(url -> assertThat(url).matches("(https?|wss?)://127\\.0\\.0\\.1:(" + http + "|" + bolt + ")(/.*)?"
						+ "|data:.*|blob:.*|about:blank|chrome(-untrusted)?://.*"));
			// a load of Chromium's own pages that it aborts itself (its new-tab page's bar, when the test navigates
			// away first: a fresh-clone run of 4 Dec) is not one of Browser's requests; every network request still counts
			assertThat(failed.stream().map(f -> urls.getOrDefault(f.split(" ")[0], "?") + " " + f)
				.filter(f -> !f.startsWith("http://127.0.0.1:" + bolt + "/ "))
				.filter(f -> !f.matches("chrome(-untrusted)?://\\S* \\S+ net::ERR_ABORTED")))
				.as("requests that failed").isEmpty();
		}
		finally {
			driver.quit();
		}
	}
}
