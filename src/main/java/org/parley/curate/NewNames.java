package org.parley.curate;

import java.util.List;
import java.util.stream.Collectors;

import org.parley.errors.ParleyException;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;

/**
 * The names a new person or post may take: ones every command can look up again. A name longer than the lookup
 * accepts could never be typed back, and a name that is already another node's id, name or alias of the same kind
 * would make that name ambiguous (or take the alias over), so both are refused before anything is written.
 */
final class NewNames {

	private NewNames() {
	}

	/** @throws ParleyException for a name or alias too long to look up, or a name another node of the kind has */
	static void check(Names names, Kind kind, String name, List<String> aliases) {
		for (String text : aliases) {
			tooLong(kind, "alias", text);
		}
		if (name == null || name.isBlank()) {
			return;
		}
		tooLong(kind, "name", name);
		List<ResolvedName> taken = names.namedExactly(name, kind);
		if (!taken.isEmpty()) {
			throw new ParleyException("'" + name.strip() + "' already names " + taken.stream().map(ResolvedName::label)
					.collect(Collectors.joining(", ")) + "; a second " + kind.noun() + " of that name could not be "
					+ "told apart: give a fuller name" + (kind == Kind.PERSON ? ", or record it with 'alias'" : ""));
		}
	}

	private static void tooLong(Kind kind, String what, String text) {
		String plain = text.strip();
		if (plain.length() > Names.MAX_NAME_LENGTH) {
			throw new ParleyException("a " + kind.noun() + " " + what + " of " + plain.length() + " characters is too "
					+ "long (at most " + Names.MAX_NAME_LENGTH + ", the longest name Parley looks up): '"
					+ plain.substring(0, 40) + "...'");
		}
	}
}
