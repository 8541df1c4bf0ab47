package org.parley.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.parley.render.Palette;

/**
 * Draws an ego network: JGraphT lays it out (Fruchterman-Reingold, seeded so the same graph gives the same picture),
 * Java2D paints it. People are circles in their side's colour, the ego in the middle and larger; a person who held
 * no post on the day is drawn with a dashed outline and their last post as "former". Each pair of people is joined
 * by one line per channel, in the channel's colour, as thick as their contacts are many, labelled with the channel
 * and the number of contacts.
 */
final class EgoDrawing {

	static final int WIDTH = 1200;

	static final int HEIGHT = 900;

	private static final int LEGEND = 230;

	/** Above this many links, lines carry only their number of contacts: the colour says the channel. */
	private static final int LABELLED_LINKS = 40;

	private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);

	private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 12);

	private final EgoNetwork.Ego ego;

	private final String subtitle;

	EgoDrawing(EgoNetwork.Ego ego, String subtitle) {
		this.ego = ego;
		this.subtitle = subtitle;
	}

	/** Where each person goes, in picture coordinates. */
	Map<String, Point2D> layout() {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		ego.people().forEach(p -> graph.addVertex(p.id()));
		for (EgoNetwork.Link link : ego.links()) {
			if (graph.containsVertex(link.a()) && graph.containsVertex(link.b()) && !graph.containsEdge(link.a(), link.b())) {
				graph.addEdge(link.a(), link.b());
			}
		}
		var model = new MapLayoutModel2D<String>(Box2D.of(1000, 1000));
		model.put(ego.center().id(), Point2D.of(500, 500));
		model.setFixed(ego.center().id(), true);
		new FRLayoutAlgorithm2D<String, DefaultEdge>(300, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(19))
			.layout(graph, model);
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (var entry : model) {
			minX = Math.min(minX, entry.getValue().getX());
			maxX = Math.max(maxX, entry.getValue().getX());
			minY = Math.min(minY, entry.getValue().getY());
			maxY = Math.max(maxY, entry.getValue().getY());
		}
		double left = 90, top = 110, width = WIDTH - LEGEND - 2 * left, height = HEIGHT - top - 70;
		var placed = new LinkedHashMap<String, Point2D>();
		for (var entry : model) {
			double x = maxX > minX ? (entry.getValue().getX() - minX) / (maxX - minX) : 0.5;
			double y = maxY > minY ? (entry.getValue().getY() - minY) / (maxY - minY) : 0.5;
			placed.put(entry.getKey(), Point2D.of(left + x * width, top + y * height));
		}
		return placed;
	}

	void paint(Graphics2D g) {
		Map<String, Point2D> at = layout();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(Color.BLACK);
		g.setFont(TITLE);
		g.drawString(ego.center().name() + ": contacts to depth " + ego.depth() + ", posts on " + ego.at(), 20, 32);
		g.setFont(SMALL);
		g.setColor(Color.DARK_GRAY);
		int y = 52;
		for (String line : wrap(subtitle, 170)) {
			g.drawString(line, 20, y);
			y += 15;
		}
		Map<String, Long> degree = new LinkedHashMap<>();
		var channels = new LinkedHashSet<String>();
		Map<String, List<EgoNetwork.Link>> pairs = new LinkedHashMap<>();
		for (EgoNetwork.Link link : ego.links()) {
			pairs.computeIfAbsent(link.a() + "\u0000" + link.b(), k -> new ArrayList<>()).add(link);
			degree.merge(link.a(), link.contacts(), Long::sum);
			degree.merge(link.b(), link.contacts(), Long::sum);
			channels.add(link.channel());
		}
		boolean labelled = ego.links().size() <= LABELLED_LINKS;
		for (List<EgoNetwork.Link> pair : pairs.values()) {
			Point2D a = at.get(pair.get(0).a());
			Point2D b = at.get(pair.get(0).b());
			if (a == null || b == null) {
				continue;
			}
			double dx = b.getX() - a.getX(), dy = b.getY() - a.getY(), length = Math.max(1, Math.hypot(dx, dy));
			double nx = -dy / length, ny = dx / length;
			for (int i = 0; i < pair.size(); i++) {
				EgoNetwork.Link link = pair.get(i);
				double offset = (i - (pair.size() - 1) / 2.0) * 5;
				g.setColor(Palette.channel(link.channel()));
				g.setStroke(new BasicStroke((float) (1 + 1.5 * Math.log(link.contacts()) / Math.log(2)),
						BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g.draw(new Line2D.Double(a.getX() + nx * offset, a.getY() + ny * offset, b.getX() + nx * offset,
						b.getY() + ny * offset));
			}
			String label = String.join(", ", pair.stream().map(link -> labelled ? link.channel() + " ×" + link.contacts()
					: "×" + link.contacts()).toList());
			g.setFont(SMALL);
			FontMetrics metrics = g.getFontMetrics();
			float lx = (float) ((a.getX() + b.getX()) / 2 - metrics.stringWidth(label) / 2.0);
			float ly = (float) ((a.getY() + b.getY()) / 2 + 4);
			g.setColor(new Color(255, 255, 255, 210));
			g.fillRect((int) lx - 2, (int) ly - metrics.getAscent(), metrics.stringWidth(label) + 4, metrics.getHeight());
			g.setColor(Color.DARK_GRAY);
			g.drawString(label, lx, ly);
		}
		for (EgoNetwork.Person person : ego.people()) {
			Point2D p = at.get(person.id());
			boolean center = person.id().equals(ego.center().id());
			double r = center ? 16 : 7 + Math.min(9, 2 * Math.sqrt(degree.getOrDefault(person.id(), 0L)));
			var circle = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
			g.setColor(Palette.side(person.side()));
			g.fill(circle);
			boolean inOffice = person.inOffice(ego.at());
			g.setColor(inOffice ? Color.BLACK : Color.GRAY);
			g.setStroke(inOffice ? new BasicStroke(center ? 3f : 1.5f)
					: new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
			g.draw(circle);
			g.setFont(NAME);
			g.setColor(Color.BLACK);
			centered(g, person.name(), p.getX(), p.getY() + r + 14);
			g.setFont(SMALL);
			g.setColor(Color.DARK_GRAY);
			centered(g, post(person), p.getX(), p.getY() + r + 27);
		}
		legend(g, channels);
	}

	private String post(EgoNetwork.Person person) {
		if (person.post() == null) {
			return "no post recorded";
		}
		String post = shorten(person.post(), 38);
		return person.inOffice(ego.at()) ? post : "former " + post + " (to " + person.until() + ")";
	}

	private void legend(Graphics2D g, LinkedHashSet<String> channels) {
		int x = WIDTH - LEGEND + 10;
		int y = 110;
		g.setFont(NAME);
		g.setColor(Color.BLACK);
		g.drawString("Sides", x, y);
		var sides = new LinkedHashSet<String>();
		ego.people().forEach(p -> sides.add(p.side() == null ? "none" : p.side()));
		g.setFont(SMALL);
		for (String side : sides) {
			y += 18;
			g.setColor(Palette.side(side.equals("none") ? null : side));
			g.fill(new Ellipse2D.Double(x, y - 10, 11, 11));
			g.setColor(Color.BLACK);
			g.drawString(side, x + 18, y);
		}
		y += 30;
		g.setFont(NAME);
		g.drawString("Channels", x, y);
		g.setFont(SMALL);
		for (String channel : channels) {
			y += 18;
			g.setColor(Palette.channel(channel));
			g.setStroke(new BasicStroke(4f));
			g.draw(new Line2D.Double(x, y - 4, x + 14, y - 4));
			g.setColor(Color.BLACK);
			g.drawString(channel, x + 20, y);
		}
		y += 30;
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		g.setColor(Color.GRAY);
		g.draw(new Ellipse2D.Double(x, y - 10, 11, 11));
		g.setColor(Color.BLACK);
		g.drawString("no post on " + ego.at(), x + 18, y);
		y += 18;
		g.drawString("line: contacts by channel", x, y);
		y += 15;
		g.drawString("(×N = N contacts)", x, y);
	}

	private static void centered(Graphics2D g, String text, double x, double y) {
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) y);
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	static List<String> wrap(String text, int width) {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line = new StringBuilder();
			}
			line.append(line.length() > 0 ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}
}
