package org.parley.picture;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Cli;
import org.parley.testing.SeededTestBase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draw}, {@code chart}, {@code export graphml|gexf|dot} and {@code --format html} on the seed graph. */
class PictureCommandsIT extends SeededTestBase {

	@TempDir
	Path dir;

	@Test
	void drawWritesAnSvgThatNamesThePeopleAndAPngOfTheStatedSize() throws Exception {
		String svg = dir.resolve("mnuchin.svg").toString();
		assertThat(out("draw", "Mnuchin", "--depth", "2", "--out", svg))
			.startsWith("Wrote " + svg + " (svg, 1200x900): Steven Mnuchin and ");
		Document doc = xml(Path.of(svg));
		assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
		String text = texts(doc, "text");
		assertThat(text).contains("Steven Mnuchin", "Liu He", "Robert Lighthizer", "Zhong Shan")
			.contains("Secretary of the Treasury").contains("phone-call");

		String png = dir.resolve("mnuchin.png").toString();
		assertThat(out("draw", "Steven Mnuchin", "--at", "2019-06-30", "--out", png)).contains("(png, 1200x900)");
		BufferedImage image = ImageIO.read(Path.of(png).toFile());
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(900);
		assertThat(colours(image)).as("not blank: white, text and the sides' colours").isGreaterThan(20);
	}

	@Test
	void drawShowsTurnoverAsOfTheDay() throws Exception {
		String svg = dir.resolve("bessent.svg").toString();
		out("draw", "Mnuchin", "--depth", "2", "--at", "2025-10-17", "--out", svg);
		String text = texts(xml(Path.of(svg)), "text");
		assertThat(text).contains("posts on 2025-10-17").contains("former Secretary of the Treasury (to 2021-01-20)");
	}

	@Test
	void chartsChannelsAndATimeline() throws Exception {
		String channels = dir.resolve("channels.svg").toString();
		assertThat(out("chart", "channels", "--by", "quarter", "--out", channels))
			.startsWith("Wrote " + channels + " (svg, 1000x560): 7 of 7 periods in ").endsWith(" ms\n");
		String text = texts(xml(Path.of(channels)), "text");
		assertThat(text).contains("Channels of contact", "2018-Q4", "2019-Q3", "phone-call", "in-person-round");

		String timeline = dir.resolve("liu.png").toString();
		assertThat(out("chart", "timeline", "Liu He", "--out", timeline)).contains("(png, 1200x520)");
		BufferedImage image = ImageIO.read(Path.of(timeline).toFile());
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(520);
		assertThat(colours(image)).isGreaterThan(10);
		String svg = dir.resolve("liu.svg").toString();
		out("chart", "timeline", "Liu He", "--out", svg);
		assertThat(texts(xml(Path.of(svg)), "text")).contains("Timeline of Liu He", "Vice Premier of the State Council");
	}

	@Test
	void exportsGraphmlGexfAndDotWithTheAttributesAnalystsFilterOn() throws Exception {
		String graphml = dir.resolve("m.graphml").toString();
		assertThat(out("export", "graphml", "--around", "Mnuchin", "--out", graphml))
			.startsWith("Wrote " + graphml + " (graphml): ").contains("the events of Steven Mnuchin");
		Document doc = xml(Path.of(graphml));
		List<String> keys = attribute(doc.getElementsByTagName("key"), "attr.name");
		assertThat(keys).contains("label", "kind", "side", "channel", "date", "precision", "status", "evidence", "role", "post");
		List<String> nodes = attribute(doc.getElementsByTagName("node"), "id");
		assertThat(nodes).contains("steven-mnuchin", "liu-he", "call-mnuchin-liu-2018-11-09");
		assertThat(doc.getElementsByTagName("edge").getLength()).isGreaterThan(10);

		String gexf = dir.resolve("all.gexf").toString();
		assertThat(out("export", "gexf", "--out", gexf)).contains("every event");
		Document g = xml(Path.of(gexf));
		List<String> titles = attribute(g.getElementsByTagName("attribute"), "title");
		assertThat(titles).contains("side", "channel", "date", "precision", "evidence", "role", "post");
		List<String> labels = attribute(g.getElementsByTagName("node"), "label");
		assertThat(labels).contains("Steven Mnuchin", "He Lifeng", "Scott Bessent");

		String dot = dir.resolve("he.dot").toString();
		out("export", "dot", "--around", "He Lifeng", "--out", dot);
		assertThat(Files.readString(Path.of(dot))).startsWith("digraph parley {")
			.contains("label=\"He Lifeng\"").contains("channel=\"video-call\"");
	}

	@Test
	void htmlReportsCarryTheTableAndTheDeclaredChart() throws Exception {
		String html = dir.resolve("channels.html").toString();
		Cli.Result written = run("report", "run", "channels", "--format", "html", "--out", html);
		assertThat(written.out()).as(written.toString()).isEmpty();
		assertThat(written.err()).isEqualTo("11 rows written to " + html + " (html)\n");
		String page = Files.readString(Path.of(html));
		assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Mix of channels per period</title>")
			.contains("<figure id=\"chart\">\n<svg").contains("<td>2019-Q3</td>")
			.as("self-contained: nothing fetched (XML namespace names such as the SVG one are names, not requests)")
			.doesNotContainPattern("(?i)((src|href)\\s*=|url\\()\\s*['\"]?\\s*(https?:)?//").doesNotContain("@import", "<script", "<link");
		String question = out("channels", "--by", "year", "--format", "html");
		assertThat(question).contains("<svg").contains("<th>channel</th>");
		assertThat(out("who", "Treasury Secretary", "--at", "2019-07-30", "--format", "html")).contains("<td>Steven Mnuchin</td>")
			.doesNotContain("<svg");
	}

	@Test
	void badInputGetsOneLineAndTheRightExitCode() throws Exception {
		Cli.Result unknown = run("draw", "Mnuchkin", "--out", dir.resolve("x.svg").toString());
		assertThat(unknown.code()).as(unknown.toString()).isEqualTo(1);
		assertThat(unknown.err()).contains("Mnuchin");
		assertThat(unknown.err().lines().count()).isEqualTo(1);

		Files.writeString(dir.resolve("plain.txt"), "x");
		String missing = dir.resolve("plain.txt/dir/x.png").toString();
		Cli.Result noDir = run("chart", "channels", "--out", missing);
		assertThat(noDir.code()).as(noDir.toString()).isEqualTo(1);
		assertThat(noDir.err()).isEqualTo("parley: cannot write " + missing + ": " + dir.resolve("plain.txt") + " is not a directory\n");

		Cli.Result extension = run("draw", "Mnuchin", "--out", dir.resolve("x.gif").toString());
		assertThat(extension.code()).as(extension.toString()).isEqualTo(2);
		assertThat(extension.err()).contains("expected a file name ending in .svg or .png");

		Cli.Result export = run("export", "gexf", "--out", dir.resolve("x.graphml").toString());
		assertThat(export.code()).isEqualTo(2);
		assertThat(export.err()).contains("ending in .gexf (formats: graphml, gexf, dot)");

		Cli.Result depth = run("draw", "Mnuchin", "--depth", "3", "--out", dir.resolve("x.svg").toString());
		assertThat(depth.code()).isEqualTo(2);
		assertThat(depth.err()).contains("invalid value '3' for --depth: expected 1 or 2");

		Cli.Result format = run("report", "run", "labels", "--format", "pdf");
		assertThat(format.code()).isEqualTo(2);
		assertThat(format.err()).contains("expected one of table, csv, json, markdown, html");

		Path existing = Files.writeString(dir.resolve("old.svg"), "keep");
		Cli.Result exists = run("chart", "timeline", "Liu He", "--out", existing.toString());
		assertThat(exists.code()).isEqualTo(1);
		assertThat(exists.err()).contains("already exists; add --force");
		assertThat(Files.readString(existing)).isEqualTo("keep");
		try (var files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("old.svg", "plain.txt"); // no temporary file left
		}
	}

	static Document xml(Path file) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	static String texts(Document doc, String tag) {
		NodeList list = doc.getElementsByTagName(tag);
		var text = new StringBuilder();
		for (int i = 0; i < list.getLength(); i++) {
			text.append(list.item(i).getTextContent()).append('\n');
		}
		return text.toString();
	}

	static List<String> attribute(NodeList list, String name) {
		var values = new ArrayList<String>();
		for (int i = 0; i < list.getLength(); i++) {
			values.add(((Element) list.item(i)).getAttribute(name));
		}
		return values;
	}

	/** How many distinct colours the image has (a blank one has 1). */
	static long colours(BufferedImage image) {
		var seen = new java.util.HashSet<Integer>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				seen.add(image.getRGB(x, y));
			}
		}
		return seen.size();
	}
}
