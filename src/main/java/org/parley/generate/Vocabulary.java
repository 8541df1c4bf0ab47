package org.parley.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Names and the model's vocabularies (docs/model.md) the generator draws from, and how the channel mix shifts. */
final class Vocabulary {

	static final List<String> COUNTRIES = List.of("Arcadia", "Borealia", "Caspiana", "Dorvania", "Estmark", "Farland",
			"Galdoria", "Helvara", "Istria Nova", "Jorvik", "Kestrel Isles", "Lumeria", "Marovia", "Nordheim", "Ostara",
			"Pellucia", "Quarrel Bay", "Rivenia", "Sundara", "Tavaris");

	/** Ministries and agencies every country has: suffix, name, kind. */
	static final List<String[]> INSTITUTIONS = List.of(new String[] { "office", "Office of the Head of Government", "executive-office" },
			new String[] { "commerce", "Ministry of Commerce", "ministry" },
			new String[] { "foreign", "Ministry of Foreign Affairs", "ministry" },
			new String[] { "finance", "Ministry of Finance", "ministry" },
			new String[] { "trade", "Office of the Trade Representative", "agency" },
			new String[] { "bank", "Central Bank", "central-bank" });

	static final List<String> POST_TITLES = List.of("Minister", "Vice Minister", "Chief Negotiator", "Director-General",
			"Deputy Director-General", "Senior Counsellor", "Special Envoy", "Head of Delegation");

	static final List<String> FIRST = List.of("Wen", "Mei", "Jun", "Lan", "Tao", "Hui", "Anna", "John", "Maria", "Peter",
			"Sofia", "David", "Elena", "Karl", "Ines", "Omar", "Lea", "Ravi", "Yuki", "Nadia", "Tomas", "Greta", "Ivan",
			"Chloe", "Felix", "Amara", "Hugo", "Lina", "Marco", "Sara");

	static final List<String> LAST = List.of("Li", "Wang", "Zhang", "Chen", "Smith", "Johnson", "Garcia", "Muller",
			"Rossi", "Novak", "Tanaka", "Kim", "Haddad", "Okafor", "Silva", "Larsen", "Dubois", "Petrov", "Costa",
			"Nguyen", "Kowalski", "Moreau", "Schmidt", "Ito", "Khan", "Berg", "Alvarez", "Mendes", "Fischer", "Lund");

	static final List<String> TOPICS = List.of("tariffs", "export-controls", "agricultural-purchases",
			"energy-purchases", "structural-reforms", "supply-chains", "rare-earths", "currency", "intellectual-property",
			"market-access", "fentanyl", "technology-transfer");

	static final List<String> OUTLETS = List.of("Daily Ledger", "Evening Courier", "Trade Wire", "Capital Observer",
			"Harbour Post", "Economic Herald", "Morning Dispatch", "Policy Review");

	/** channel, CAMEO code, participants per side (min, max), whether the second side is a mere subject. */
	record Channel(String name, String cameo, int min, int max, boolean oneSided) {
	}

	static final List<Channel> CHANNELS = List.of(new Channel("phone-call", "041", 1, 2, false),
			new Channel("video-call", "041", 1, 3, false), new Channel("in-person-round", "046", 2, 5, false),
			new Channel("visit", "042", 1, 3, false), new Channel("banquet", "043", 2, 3, false),
			new Channel("summit-meeting", "044", 1, 3, false), new Channel("official-readout", "010", 1, 1, false),
			new Channel("public-statement", "010", 1, 1, true), new Channel("speech", "010", 1, 1, true),
			new Channel("social-media-post", "010", 1, 1, true), new Channel("media-interview", "010", 1, 1, true));

	/**
	 * The channel mix at a point of the period, {@code t} from 0 (first day) to 1 (last day): in-person rounds give
	 * way to video calls in the pandemic years (t 0.5-0.75), social media grows throughout.
	 */
	static Channel channel(double t, SplittableRandom random) {
		boolean pandemic = t >= 0.5 && t < 0.75;
		double[] weights = { 0.18, pandemic ? 0.30 : 0.02 + 0.15 * t, pandemic ? 0.03 : 0.20 - 0.08 * t,
				pandemic ? 0.01 : 0.08, pandemic ? 0.0 : 0.04, pandemic ? 0.02 : 0.05, 0.05, 0.12, 0.08, 0.02 + 0.14 * t,
				0.05 };
		return CHANNELS.get(pick(weights, random));
	}

	static int pick(double[] weights, SplittableRandom random) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double x = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	static String label(double score) {
		return score > 0.5 ? "hawk" : score > 0.2 ? "hardliner" : score < -0.5 ? "dove" : score < -0.2 ? "conciliatory"
				: "pragmatist";
	}

	private Vocabulary() {
	}
}
