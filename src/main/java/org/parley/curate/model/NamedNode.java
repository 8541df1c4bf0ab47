package org.parley.curate.model;

import java.util.ArrayList;
import java.util.List;

/** A node people refer to by name: its name and the other names the sources use (aliases). */
public abstract class NamedNode extends Node {

	private String name;

	private List<String> aliases = new ArrayList<>();

	protected NamedNode() {
	}

	protected NamedNode(String id, String name) {
		super(id);
		this.name = name;
	}

	public String getName() {
		return name;
	}

	public List<String> getAliases() {
		return aliases;
	}

	public void setAliases(List<String> aliases) {
		this.aliases = new ArrayList<>(aliases);
	}
}
