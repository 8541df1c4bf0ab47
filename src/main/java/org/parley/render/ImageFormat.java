package org.parley.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.parley.errors.UsageException;

/** The picture formats of {@code --out}, chosen by the file's extension. */
public enum ImageFormat {

	SVG("svg"), PNG("png");

	static {
		// no window system: pictures are drawn off-screen, also where a display is set
		System.setProperty("java.awt.headless", "true");
	}

	private final String extension;

	ImageFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/**
	 * The format of an {@code --out} file by its extension.
	 * @throws UsageException for a missing option or an unknown extension, listing the supported ones
	 */
	public static ImageFormat ofFile(String out) {
		if (out == null || out.isBlank()) {
			throw new UsageException("missing --out FILE: the picture's file, ending in " + extensions());
		}
		String name = out.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst()
			.orElseThrow(() -> new UsageException("cannot tell the picture format of '" + out
					+ "': expected a file name ending in " + extensions()));
	}

	/** {@code .svg or .png}. */
	public static String extensions() {
		return Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(" or "));
	}

	/**
	 * Paints a picture of the given size and encodes it: SVG keeps text as text (names can be searched and
	 * selected), PNG is drawn on a white background with anti-aliasing.
	 */
	public byte[] paint(int width, int height, Consumer<Graphics2D> painter) {
		if (this == SVG) {
			SVGGraphics2D g = new SVGGraphics2D(width, height);
			hints(g);
			painter.accept(g);
			return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			hints(g);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			painter.accept(g);
		}
		finally {
			g.dispose();
		}
		var bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void hints(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
	}
}
