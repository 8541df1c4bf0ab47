package org.parley.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV output is safe to open in a spreadsheet: text that would run as a formula is neutralised, numbers are not. */
class CsvCellsTests {

	@Test
	void formulaLikeTextGetsAQuote() {
		assertThat(CsvFormatter.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(CsvFormatter.cell("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
		assertThat(CsvFormatter.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(CsvFormatter.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
		assertThat(CsvFormatter.cell("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(CsvFormatter.cell("\r=1+1")).isEqualTo("'\r=1+1");
		assertThat(CsvFormatter.cell(List.of("=1+1", "b"))).isEqualTo("'=1+1, b");
	}

	@Test
	void numbersAndOrdinaryTextStayAsTheyAre() {
		assertThat(CsvFormatter.cell(-5L)).isEqualTo("-5");
		assertThat(CsvFormatter.cell(-0.25)).isEqualTo("-0.25");
		assertThat(CsvFormatter.cell("-5")).isEqualTo("-5");
		assertThat(CsvFormatter.cell("+1.5e3")).isEqualTo("+1.5e3");
		assertThat(CsvFormatter.cell("Liu He")).isEqualTo("Liu He");
		assertThat(CsvFormatter.cell("a=b")).isEqualTo("a=b");
		assertThat(CsvFormatter.cell(null)).isEqualTo("");
		assertThat(CsvFormatter.cell("")).isEqualTo("");
	}

	@Test
	void headersAndRowsOfAResultAreNeutralised() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(Arrays.asList("=cmd|'/C calc'!A0", -7L));
		String csv = OutputFormat.CSV.formatter().format(new QueryResult(List.of("@who", "n"), rows, 1, ""));
		assertThat(csv).isEqualTo("'@who,n\r\n'=cmd|'/C calc'!A0,-7\r\n");
	}
}
