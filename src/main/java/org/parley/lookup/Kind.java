package org.parley.lookup;

/** What a name on the command line may stand for, with the label it has in the graph and the word errors use. */
public enum Kind {

	PERSON("Person", "person"),

	POST("Post", "post"),

	ORGANIZATION("Organization", "organization"),

	TOPIC("Topic", "topic"),

	COUNTRY("Country", "side"),

	PLACE("Place", "place"),

	EVENT("Event", "event");

	private final String label;

	private final String noun;

	Kind(String label, String noun) {
		this.label = label;
		this.noun = noun;
	}

	public String label() {
		return label;
	}

	/** {@code person}, {@code post}: how messages name it. */
	public String noun() {
		return noun;
	}

	static Kind ofLabel(String label) {
		for (Kind kind : values()) {
			if (kind.label.equals(label)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no kind for label " + label);
	}
}
