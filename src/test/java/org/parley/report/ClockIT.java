package org.parley.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/** One clock: Parley's {@code today} and Neo4j's {@code date()} are the same day whatever the local time zone. */
class ClockIT extends GraphTestBase {

	@Test
	void todayIsNeo4jsDateEvenWhereTheLocalDayIsAnother() throws java.io.IOException {
		// at any instant one of these zones (UTC+14, UTC-12) is on another day than UTC
		ZoneId east = ZoneId.of("Etc/GMT-14");
		ZoneId away = LocalDate.now(east).equals(LocalDate.now(ZoneOffset.UTC)) ? ZoneId.of("Etc/GMT+12") : east;
		TimeZone saved = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone(away));
		try {
			var settings = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.auto-seed=false");
			Cli.Result typed = Cli.run(settings, "cypher", "RETURN date() = $d AS same, toString($d) AS d", "--param",
					"d:date=today", "--format", "csv");
			assertThat(typed.code()).as(typed.toString()).isZero();
			assertThat(typed.out()).as("local day %s, zone %s", LocalDate.now(away), away).startsWith("same,d\r\ntrue,");

			Cli.Result session = Cli.run(settings, "--file", write("param set d today --type date\n"
					+ "cypher \"RETURN date() = $d AS same\" --format csv\n").toString());
			assertThat(session.out()).as(session.toString()).contains("same\r\ntrue\r\n");

			// 'now' is Neo4j's now too
			Cli.Result now = Cli.run(settings, "cypher", "RETURN date() = date($d) AS same", "--param", "d:datetime=now",
					"--format", "csv");
			assertThat(now.out()).as(now.toString()).isEqualTo("same\r\ntrue\r\n");

			// a report's default 'today' is the same day
			var reports = write("// title: Today\n// param: d date = today\nRETURN date() = $d AS same\n");
			var dir = java.nio.file.Files.createTempDirectory("reports");
			java.nio.file.Files.move(reports, dir.resolve("today.cypher"));
			Cli.Result report = Cli.run(settings, "report", "run", "today", "--reports", dir.toString(), "--format", "csv");
			assertThat(report.out()).as(report.toString()).isEqualTo("same\r\ntrue\r\n");
		}
		finally {
			TimeZone.setDefault(saved);
		}
	}

	private static java.nio.file.Path write(String text) {
		try {
			var file = java.nio.file.Files.createTempFile("clock", ".txt");
			java.nio.file.Files.writeString(file, text);
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
