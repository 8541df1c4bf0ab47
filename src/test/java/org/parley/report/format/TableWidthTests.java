package org.parley.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables as wide as the terminal, wrapped at words, with a line saying how to see text that was cut. */
class TableWidthTests {

	private static final String QUOTE = "We have agreed to a very large Phase One Deal with China. They have agreed to "
			+ "many structural changes and massive purchases of Agricultural Product, Energy, and Manufactured Goods, "
			+ "plus much more. The 25% Tariffs will remain as is, with 7 1/2% put on much of the remainder.";

	@AfterEach
	void noConsole() {
		TerminalWidth.useConsole(null);
	}

	private static List<Object> row(Object... values) {
		return new ArrayList<>(Arrays.asList(values));
	}

	@Test
	void columnsCountOnlyOnATerminalAndTheConsoleWins() {
		assertThat(TerminalWidth.fromEnvironment("132", true)).isEqualTo(132);
		assertThat(TerminalWidth.fromEnvironment("132", false)).as("a pipe or a file").isEqualTo(80);
		assertThat(TerminalWidth.fromEnvironment("wide", true)).isEqualTo(80);
		assertThat(TerminalWidth.fromEnvironment(null, true)).isEqualTo(80);
		assertThat(TerminalWidth.fromEnvironment("20", true)).isEqualTo(40);
		assertThat(TerminalWidth.columns()).as("surefire has no terminal").isEqualTo(80);
		int[] width = { 120 };
		TerminalWidth.useConsole(() -> width[0]);
		assertThat(TerminalWidth.columns()).isEqualTo(120);
		width[0] = 100; // the window was resized
		assertThat(TerminalWidth.columns()).isEqualTo(100);
	}

	@Test
	void theTableUsesTheConsolesWidth() {
		var result = new QueryResult(List.of("who", "said"), List.<List<Object>>of(row("Donald Trump", QUOTE)), 3, "");
		String narrow = OutputFormat.TABLE.formatter().format(result);
		TerminalWidth.useConsole(() -> 160);
		String wide = OutputFormat.TABLE.formatter().format(result);
		assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
		assertThat(wide.lines()).anySatisfy(line -> assertThat(line.length()).isGreaterThan(120));
		assertThat(wide.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
		assertThat(wide.lines().count()).isLessThan(narrow.lines().count());
	}

	@Test
	void wrappedCellsKeepEveryWordWhole() {
		var result = new QueryResult(List.of("who", "said"), List.<List<Object>>of(row("Donald Trump", QUOTE)), 3, "");
		TerminalWidth.useConsole(() -> 200);
		String table = OutputFormat.TABLE.formatter().format(result);
		var words = new ArrayList<String>();
		table.lines().skip(2).takeWhile(line -> !line.isBlank())
			.forEach(line -> words.addAll(Arrays.asList(line.substring(14).strip().split(" "))));
		assertThat(String.join(" ", words)).isEqualTo(QUOTE);
		assertThat(table).doesNotContain("…").doesNotContain(TableFormatter.CUT_NOTE);
	}

	@Test
	void cutTextSaysHowToSeeItAllOnceAtTheEnd() {
		String longer = (QUOTE + " ").repeat(3).strip();
		var result = new QueryResult(List.of("who", "said"),
				List.<List<Object>>of(row("Donald Trump", longer), row("Liu He", longer)), 3, "");
		List<String> lines = OutputFormat.TABLE.formatter().format(result).lines().toList();
		assertThat(lines.get(lines.size() - 3)).isEqualTo(TableFormatter.CUT_NOTE);
		assertThat(lines.get(lines.size() - 1)).isEqualTo("2 rows in 3 ms");
		assertThat(lines.stream().filter(TableFormatter.CUT_NOTE::equals)).hasSize(1);
		assertThat(lines.stream().filter(l -> l.endsWith("…"))).hasSize(2);
		// each row: at most MAX_LINES lines, every line but the cut one ending on a whole word of the text
		assertThat(lines.stream().filter(l -> l.startsWith("Donald Trump") || l.startsWith("             "))
			.map(l -> l.substring(14).replace("…", "")).flatMap(l -> Arrays.stream(l.split(" ")))
			.filter(w -> !longer.contains(" " + w + " ") && !longer.startsWith(w + " "))).isEmpty();
	}

	@Test
	void aWordIsSplitOnlyWhenItAloneIsWiderThanItsColumn() {
		assertThat(AlignedColumns.wrap("phase-one-trade-agreement signed", 12))
			.containsExactly("phase-one-tr", "ade-agreemen", "t signed");
		assertThat(AlignedColumns.wrap("Robert Lighthizer met Liu He", 12)).containsExactly("Robert", "Lighthizer", "met Liu He");
		// an id up to 20 columns keeps its column from being narrowed below it when the width allows
		int[] natural = { 60, 60, 19 };
		int[] words = { 8, 8, 19 };
		assertThat(AlignedColumns.fit(natural, words, 76)[2]).isEqualTo(19);
	}

	@Test
	void csvJsonAndMarkdownAreNeverCut() {
		String longer = (QUOTE + " ").repeat(3).strip();
		var result = new QueryResult(List.of("who", "said"), List.<List<Object>>of(row("Donald Trump", longer)), 3, "");
		assertThat(OutputFormat.CSV.formatter().format(result)).contains(longer).doesNotContain("…");
		assertThat(OutputFormat.JSON.formatter().format(result)).contains(longer).doesNotContain(TableFormatter.CUT_NOTE);
		assertThat(OutputFormat.MARKDOWN.formatter().format(result)).contains(longer).doesNotContain("…");
	}
}
