package org.parley.render;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * One colour per side and per channel, the same in every picture and chart, so a brief that pastes several reads as
 * one. Channels of the vocabulary in docs/model.md have fixed colours; any other channel gets one by its name.
 */
public final class Palette {

	private static final Map<String, Color> SIDES = Map.of("US", new Color(0x1f77b4), "CN", new Color(0xd62728),
			"EU", new Color(0x2ca02c), "DE", new Color(0x9467bd));

	private static final Map<String, Color> CHANNELS = Map.ofEntries(Map.entry("phone-call", new Color(0x1f77b4)),
			Map.entry("video-call", new Color(0x17becf)), Map.entry("in-person-round", new Color(0xd62728)),
			Map.entry("summit-meeting", new Color(0x9467bd)), Map.entry("meeting", new Color(0xff7f0e)),
			Map.entry("banquet", new Color(0xe377c2)), Map.entry("visit", new Color(0x8c564b)),
			Map.entry("public-statement", new Color(0x7f7f7f)), Map.entry("social-media-post", new Color(0xbcbd22)),
			Map.entry("media-interview", new Color(0x2ca02c)), Map.entry("speech", new Color(0x98df8a)),
			Map.entry("official-readout", new Color(0xffbb78)), Map.entry("request-for-comment", new Color(0xc5b0d5)),
			Map.entry("press-report", new Color(0xc7c7c7)));

	private static final List<Color> OTHERS = List.of(new Color(0xc49c94), new Color(0xf7b6d2), new Color(0xdbdb8d),
			new Color(0x9edae5), new Color(0x393b79), new Color(0x637939), new Color(0x8c6d31), new Color(0x843c39));

	/** People of no known side. */
	public static final Color NO_SIDE = new Color(0xaaaaaa);

	private Palette() {
	}

	public static Color side(String side) {
		if (side == null) {
			return NO_SIDE;
		}
		Color known = SIDES.get(side);
		return known != null ? known : OTHERS.get(Math.floorMod(side.hashCode(), OTHERS.size()));
	}

	public static Color channel(String channel) {
		if (channel == null) {
			return NO_SIDE;
		}
		Color known = CHANNELS.get(channel);
		return known != null ? known : OTHERS.get(Math.floorMod(channel.hashCode(), OTHERS.size()));
	}

	/** {@code #1f77b4}, for HTML and SVG written by hand. */
	public static String hex(Color color) {
		return String.format("#%06x", color.getRGB() & 0xffffff);
	}
}
