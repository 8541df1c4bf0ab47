package org.parley.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.parley.errors.ParleyException;
import org.parley.files.TextFiles;

/**
 * An article to ingest: its text (strict UTF-8; HTML stripped to text), its id (the file name without extension, as
 * the seed's sources are named) and what the command line says of it.
 */
record Article(String id, String file, String text, LocalDate published, String outlet, String url, boolean html) {

	private static final Pattern HTML = Pattern.compile("(?is)<(html|body|p|div|br|head|article|span|h[1-6])\\b[^>]*>");

	private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");

	static Article read(Path path, LocalDate published, String outlet, String url) {
		String display = path.toString();
		String raw = TextFiles.read(path, display);
		if (BINARY.matcher(raw).find()) {
			throw new ParleyException(display + ": binary data, not an article");
		}
		boolean html = HTML.matcher(raw).find();
		String text = html ? htmlText(raw) : raw.replace("\r\n", "\n").replace('\r', '\n');
		if (text.isBlank()) {
			throw new ParleyException(display + ": " + (raw.isBlank() ? "empty, no article text" : "no text left after stripping the HTML"));
		}
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String id = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_.-]", "-");
		return new Article(id, display, text, published, outlet, url, html);
	}

	/** The page's text, one paragraph a line, without scripts, styles or navigation. */
	static String htmlText(String html) {
		var doc = Jsoup.parse(html);
		doc.select("script, style, nav, header, footer, noscript, iframe").remove();
		var out = new StringBuilder();
		for (var block : doc.body() == null ? java.util.List.<org.jsoup.nodes.Element>of()
				: doc.body().select("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, td")) {
			if (block.parents().stream().anyMatch(p -> Set.of("p", "li", "blockquote", "td").contains(p.tagName()))) {
				continue;
			}
			String line = block.text().strip();
			if (!line.isEmpty()) {
				out.append(line).append('\n');
			}
		}
		if (out.isEmpty() && doc.body() != null) {
			out.append(doc.body().text().strip());
		}
		return out.toString().strip();
	}

	private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with",
			"was", "said", "by", "as", "at", "be", "it", "have", "has", "are", "from", "will", "an", "not", "this", "their");

	/**
	 * Whether the text reads as English: among its words written in Latin letters, enough of the commonest English
	 * words, and most letters Latin. {@code null} when it is, else what it looks like.
	 */
	static String notEnglish(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		long latin = text.codePoints().filter(c -> Character.isLetter(c)
				&& Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
		if (letters == 0) {
			return "it has no words";
		}
		if (latin * 2 < letters) {
			var script = text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
				.filter(s -> s != Character.UnicodeScript.LATIN)
				.collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()))
				.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey().name()).orElse("other");
			return "most of it is in " + script.charAt(0) + script.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " script";
		}
		String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		long total = 0;
		long common = 0;
		for (String w : words) {
			if (!w.isEmpty()) {
				total++;
				if (ENGLISH.contains(w)) {
					common++;
				}
			}
		}
		return total < 8 || common * 100 / total >= 12 ? null : "too few common English words (" + common + " of " + total + ")";
	}
}
