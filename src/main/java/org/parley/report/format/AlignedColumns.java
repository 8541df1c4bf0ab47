package org.parley.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.parley.errors.OneLine;

/**
 * Lays out text in aligned columns that fit a terminal width: columns wider than their fair share are narrowed,
 * and their cells wrapped at spaces (a word is split only when it alone is wider than its column) onto at most
 * {@value #MAX_LINES} lines, the last cut with an ellipsis; {@link Layout#cut()} says whether anything was cut. Widths
 * count East Asian wide characters as two columns.
 */
public final class AlignedColumns {

	static final int MAX_LINES = 6;

	private static final int GAP = 2;

	private static final int MIN_COLUMN = 6;

	private static final String ELLIPSIS = "…";

	/** A word up to this wide (a date, an id's part) keeps its column from being narrowed below it. */
	static final int MAX_WORD = 20;

	private AlignedColumns() {
	}

	/**
	 * The lines of a table, and whether some cell's text was cut to fit.
	 * @param lines the header, a rule of dashes and the rows, each line without trailing spaces
	 * @param cut   whether a cell (or a header) lost text to the width: the full text is in {@code --format json}
	 */
	public record Layout(List<String> lines, boolean cut) {
	}

	/** The lines of {@link #layout}. */
	public static List<String> render(List<String> headers, List<List<String>> rows, boolean[] rightAligned, int width) {
		return layout(headers, rows, rightAligned, width).lines();
	}

	/**
	 * @param headers      the column titles
	 * @param rows         the cells' text, row by row
	 * @param rightAligned which columns hold numbers
	 * @param width        the terminal's width in columns
	 */
	public static Layout layout(List<String> headers, List<List<String>> rows, boolean[] rightAligned, int width) {
		int n = headers.size();
		int[] natural = new int[n];
		int[] words = new int[n];
		for (int c = 0; c < n; c++) {
			natural[c] = width(headers.get(c));
			words[c] = longestWord(headers.get(c));
			for (List<String> row : rows) {
				natural[c] = Math.max(natural[c], width(oneLine(row.get(c))));
				words[c] = Math.max(words[c], longestWord(row.get(c)));
			}
		}
		int[] widths = fit(natural, words, width - GAP * (n - 1));
		boolean[] cut = new boolean[1];
		var lines = new ArrayList<String>();
		lines.add(line(IntStream.range(0, n).mapToObj(c -> wrap(oneLine(headers.get(c)), widths[c], 1, cut)).toList(),
				widths, new boolean[n]).get(0));
		lines.add(line(Arrays.stream(widths).mapToObj(w -> List.of("-".repeat(w))).toList(), widths, new boolean[n]).get(0));
		for (List<String> row : rows) {
			lines.addAll(line(IntStream.range(0, n).mapToObj(c -> wrap(oneLine(row.get(c)), widths[c], MAX_LINES, cut))
				.toList(), widths, rightAligned));
		}
		return new Layout(lines, cut[0]);
	}

	/** Narrows the widest columns until the total fits: columns within their fair share keep their width. */
	public static int[] fit(int[] natural, int budget) {
		int[] widths = natural.clone();
		if (Arrays.stream(natural).sum() <= budget) {
			return widths;
		}
		Integer[] order = IntStream.range(0, natural.length).boxed().sorted(Comparator.comparingInt(c -> natural[c]))
			.toArray(Integer[]::new);
		int remaining = budget;
		for (int i = 0; i < order.length; i++) {
			int left = order.length - i;
			int share = remaining / left;
			if (natural[order[i]] <= share) {
				remaining -= natural[order[i]];
				continue;
			}
			for (int j = i; j < order.length; j++) {
				int extra = (j - i) < remaining % left ? 1 : 0;
				widths[order[j]] = Math.min(natural[order[j]], Math.max(MIN_COLUMN, share + extra));
			}
			break;
		}
		return widths;
	}

	/**
	 * Fits as {@link #fit(int[], int)} does, then widens columns cut inside a word (a date, a header) to that word,
	 * up to {@value #MAX_WORD} columns, taking the room from the columns with the most to spare. Nothing changes when
	 * the words alone do not fit.
	 * @param words the widest word of each column
	 */
	public static int[] fit(int[] natural, int[] words, int budget) {
		int[] widths = fit(natural, budget);
		int[] floor = new int[natural.length];
		for (int c = 0; c < natural.length; c++) {
			floor[c] = Math.min(natural[c], Math.max(MIN_COLUMN, Math.min(MAX_WORD, words[c])));
		}
		if (Arrays.stream(floor).sum() > budget) {
			return widths;
		}
		int deficit = 0;
		for (int c = 0; c < widths.length; c++) {
			if (widths[c] < floor[c]) {
				deficit += floor[c] - widths[c];
				widths[c] = floor[c];
			}
		}
		while (deficit > 0) {
			int widest = -1;
			for (int c = 0; c < widths.length; c++) {
				if (widths[c] > floor[c] && (widest < 0 || widths[c] - floor[c] > widths[widest] - floor[widest])) {
					widest = c;
				}
			}
			if (widest < 0) {
				break;
			}
			widths[widest]--;
			deficit--;
		}
		return widths;
	}

	private static int longestWord(String text) {
		int longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, width(word));
		}
		return longest;
	}

	/** The physical lines of one row: cells side by side, shorter cells padded with blank lines. */
	private static List<String> line(List<List<String>> cells, int[] widths, boolean[] rightAligned) {
		int height = cells.stream().mapToInt(List::size).max().orElse(1);
		var lines = new ArrayList<String>();
		for (int l = 0; l < height; l++) {
			var text = new StringBuilder();
			for (int c = 0; c < cells.size(); c++) {
				String part = l < cells.get(c).size() ? cells.get(c).get(l) : "";
				String pad = " ".repeat(Math.max(0, widths[c] - width(part)));
				text.append(c == 0 ? "" : " ".repeat(GAP)).append(rightAligned[c] ? pad + part : part + pad);
			}
			lines.add(text.toString().stripTrailing());
		}
		return lines;
	}

	/** Word-wraps text to a width; a word longer than the width is broken, and text beyond the last line cut. */
	public static List<String> wrap(String text, int width) {
		return wrap(text, width, MAX_LINES, new boolean[1]);
	}

	/** As {@link #wrap(String, int)} onto at most {@code maxLines} lines, setting {@code cut[0]} when text is cut. */
	private static List<String> wrap(String text, int width, int maxLines, boolean[] wasCut) {
		var lines = new ArrayList<String>();
		String rest = text.strip();
		while (!rest.isEmpty() && lines.size() < maxLines) {
			if (width(rest) <= width) {
				lines.add(rest);
				rest = "";
				break;
			}
			int end = Math.max(1, prefixLength(rest, width));
			int space = rest.lastIndexOf(' ', end);
			int cut = space > 0 ? space : end;
			lines.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			wasCut[0] = true;
			String last = lines.remove(lines.size() - 1);
			lines.add(cut(last + " " + rest, width));
		}
		return lines.isEmpty() ? List.of("") : lines;
	}

	/** The text, or its start with an ellipsis when it is wider than {@code width}; a word is not split if avoidable. */
	public static String cut(String text, int width) {
		if (width(text) <= width) {
			return text;
		}
		String start = text.substring(0, prefixLength(text, width - 1));
		int space = start.lastIndexOf(' ');
		if (space > start.length() / 2 && text.charAt(start.length()) != ' ') {
			start = start.substring(0, space);
		}
		return start.stripTrailing() + ELLIPSIS;
	}

	/** How many chars of the text fit in {@code width} columns. */
	private static int prefixLength(String text, int width) {
		int used = 0;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			used += columns(cp);
			if (used > width) {
				break;
			}
			i += Character.charCount(cp);
		}
		return i;
	}

	public static int width(String text) {
		return text.codePoints().map(AlignedColumns::columns).sum();
	}

	private static int columns(int cp) {
		boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
		return wide ? 2 : 1;
	}

	private static String oneLine(String text) {
		return OneLine.of(text).replace('\t', ' ');
	}
}
