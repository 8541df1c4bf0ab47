package org.parley.ingest;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.errors.ParleyException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The proposals file: YAML a person reviews in any editor. Every string is written double-quoted with escapes, so no
 * text of an article can end a line or start a key. Read back with the line of every proposal and field, so an
 * edit that breaks it is reported as {@code FILE:LINE: message}.
 */
final class ProposalsFile {

	private ProposalsFile() {
	}

	static final String HEADER = """
			# Parley proposals: facts read from one article, for review. Nothing is written to the graph until
			# `ingest apply` on this file, and then only the proposals whose decision is accept.
			# Edit a decision to accept or reject (or run `ingest review`), or edit a field: people and places are ids
			# of the graph, `new` for a person the graph does not have; participants name people by id or by the id
			# of a person proposal of this file (p3). span is [start, end) in characters of the article's text,
			# phrase is that text verbatim (at most 20 words). The format is described in README.md, "Ingesting new articles".
			""";

	static String write(Proposals p) {
		var out = new StringBuilder(HEADER);
		out.append("article: ").append(q(p.article())).append('\n');
		out.append("file: ").append(q(p.file())).append('\n');
		out.append("published: ").append(q(p.published().toString())).append('\n');
		out.append("outlet: ").append(q(p.outlet())).append('\n');
		out.append("url: ").append(q(p.url())).append('\n');
		out.append("language: ").append(q(p.language())).append('\n');
		if (p.note() != null) {
			out.append("note: ").append(q(p.note())).append('\n');
		}
		if (p.proposals().isEmpty()) {
			out.append("proposals: []\n");
			return out.toString();
		}
		out.append("proposals:\n");
		for (Proposal x : p.proposals()) {
			out.append("\n  - id: ").append(q(x.id())).append('\n');
			out.append("    kind: ").append(x.kind()).append('\n');
			out.append("    decision: ").append(x.decision()).append("    # pending, accept or reject\n");
			out.append("    confidence: ").append(x.confidence()).append('\n');
			out.append("    reason: ").append(q(x.reason())).append('\n');
			out.append("    span: [").append(x.start()).append(", ").append(x.end()).append("]\n");
			out.append("    phrase: ").append(q(x.phrase())).append('\n');
			out.append("    fields:\n");
			for (var f : x.fields().entrySet()) {
				out.append("      ").append(f.getKey()).append(": ").append(value(f.getValue())).append('\n');
			}
		}
		return out.toString();
	}

	private static String value(Object v) {
		if (v == null) {
			return "null";
		}
		if (v instanceof Number || v instanceof Boolean) {
			return v.toString();
		}
		if (v instanceof List<?> list) {
			var items = new ArrayList<String>();
			list.forEach(i -> items.add(value(i)));
			return "[" + String.join(", ", items) + "]";
		}
		return q(v.toString());
	}

	/** A YAML double-quoted scalar: quotes, backslashes, controls, line separators and invisible format characters escaped. */
	static String q(String s) {
		if (s == null) {
			return "null";
		}
		var out = new StringBuilder("\"");
		s.codePoints().forEach(c -> {
			if (c == '"' || c == '\\') {
				out.append('\\').appendCodePoint(c);
			}
			else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT
					|| c == 0xFEFF) {
				out.append(String.format("\\u%04X", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.append('"').toString();
	}

	/**
	 * Reads a proposals file.
	 * @throws ParleyException {@code FILE:LINE: message} for the first thing that is not a valid proposals file
	 */
	static Proposals read(String text, String display) {
		Node root;
		try {
			var options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			root = new Yaml(options).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			throw new ParleyException(display + ":" + line + ": not valid YAML: " + oneLine(ex.getProblem()));
		}
		catch (YAMLException ex) {
			throw new ParleyException(display + ":1: not valid YAML: " + oneLine(ex.getMessage()));
		}
		if (!(root instanceof MappingNode top)) {
			throw new ParleyException(display + ":1: not a proposals file (expected article:, published: and proposals:)");
		}
		Map<String, Node> head = map(top, display);
		String article = scalar(head, "article", top, display, true);
		LocalDate published = date(head, "published", top, display);
		Node list = head.get("proposals");
		if (!(list instanceof SequenceNode items)) {
			throw new ParleyException(display + ":" + line(list == null ? top : list) + ": proposals: expected a list of proposals");
		}
		var proposals = new ArrayList<Proposal>();
		var ids = new HashSet<String>();
		for (Node item : items.getValue()) {
			if (!(item instanceof MappingNode one)) {
				throw new ParleyException(display + ":" + line(item) + ": a proposal is a mapping with id, kind, decision, span, phrase and fields");
			}
			Map<String, Node> p = map(one, display);
			String id = scalar(p, "id", one, display, true);
			if (!ids.add(id)) {
				throw new ParleyException(display + ":" + line(p.get("id")) + ": proposal id '" + id + "' is used twice");
			}
			String kind = oneOf(p, "kind", one, display, Proposal.KINDS);
			String decision = oneOf(p, "decision", one, display, Proposal.DECISIONS);
			Node spanNode = p.get("span");
			int[] span = span(spanNode, one, display);
			String phrase = scalar(p, "phrase", one, display, true);
			if (phrase.strip().split("\\s+").length > Spans.MAX_WORDS) {
				throw new ParleyException(display + ":" + line(p.get("phrase")) + ": the phrase has more than " + Spans.MAX_WORDS + " words");
			}
			double confidence = number(p, "confidence", one, display);
			String reason = p.containsKey("reason") ? scalar(p, "reason", one, display, false) : null;
			Node fieldsNode = p.get("fields");
			if (!(fieldsNode instanceof MappingNode fm)) {
				throw new ParleyException(display + ":" + line(fieldsNode == null ? one : fieldsNode) + ": fields: expected a mapping");
			}
			var fields = new LinkedHashMap<String, Object>();
			var fieldLines = new LinkedHashMap<String, Integer>();
			for (var e : map(fm, display).entrySet()) {
				fields.put(e.getKey(), plain(e.getValue(), display));
				fieldLines.put(e.getKey(), line(e.getValue()));
			}
			proposals.add(new Proposal(id, kind, decision, confidence, reason, span[0], span[1], phrase, fields, line(one), fieldLines));
		}
		return new Proposals(article, head.containsKey("file") ? scalar(head, "file", top, display, false) : null, published,
				head.containsKey("outlet") ? scalar(head, "outlet", top, display, false) : null,
				head.containsKey("url") ? scalar(head, "url", top, display, false) : null,
				head.containsKey("language") ? scalar(head, "language", top, display, false) : null, null, proposals);
	}

	private static Map<String, Node> map(MappingNode node, String display) {
		var out = new LinkedHashMap<String, Node>();
		for (NodeTuple t : node.getValue()) {
			if (!(t.getKeyNode() instanceof ScalarNode key)) {
				throw new ParleyException(display + ":" + line(t.getKeyNode()) + ": a key must be a plain word");
			}
			out.put(key.getValue(), t.getValueNode());
		}
		return out;
	}

	static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	private static String scalar(Map<String, Node> map, String key, Node owner, String display, boolean required) {
		Node n = map.get(key);
		if (n == null || (n instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
			if (required) {
				throw new ParleyException(display + ":" + line(n == null ? owner : n) + ": " + key + ": missing");
			}
			return null;
		}
		if (!(n instanceof ScalarNode s)) {
			throw new ParleyException(display + ":" + line(n) + ": " + key + ": expected text");
		}
		return s.getValue();
	}

	private static String oneOf(Map<String, Node> map, String key, Node owner, String display, List<String> valid) {
		String value = scalar(map, key, owner, display, true);
		if (!valid.contains(value)) {
			throw new ParleyException(display + ":" + line(map.get(key)) + ": " + key + ": '" + value + "' is not one of "
					+ String.join(", ", valid));
		}
		return value;
	}

	private static LocalDate date(Map<String, Node> map, String key, Node owner, String display) {
		String value = scalar(map, key, owner, display, true);
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new ParleyException(display + ":" + line(map.get(key)) + ": " + key + ": '" + value + "' is not a date as YYYY-MM-DD");
		}
	}

	private static double number(Map<String, Node> map, String key, Node owner, String display) {
		String value = scalar(map, key, owner, display, true);
		try {
			double d = Double.parseDouble(value);
			if (d < 0 || d > 1) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException ex) {
			throw new ParleyException(display + ":" + line(map.get(key)) + ": " + key + ": '" + value + "' is not a number from 0 to 1");
		}
	}

	private static int[] span(Node n, Node owner, String display) {
		if (n instanceof SequenceNode s && s.getValue().size() == 2 && s.getValue().get(0) instanceof ScalarNode a
				&& s.getValue().get(1) instanceof ScalarNode b) {
			try {
				int start = Integer.parseInt(a.getValue());
				int end = Integer.parseInt(b.getValue());
				if (start >= 0 && end > start) {
					return new int[] { start, end };
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		throw new ParleyException(display + ":" + line(n == null ? owner : n) + ": span: expected [start, end] character offsets, start before end");
	}

	/** A field's value: text, a number, null or a list of them. */
	private static Object plain(Node n, String display) {
		if (n instanceof ScalarNode s) {
			if (s.getTag().equals(Tag.NULL)) {
				return null;
			}
			if (s.getTag().equals(Tag.INT)) {
				return Long.valueOf(s.getValue());
			}
			if (s.getTag().equals(Tag.FLOAT)) {
				return Double.valueOf(s.getValue());
			}
			return s.getValue();
		}
		if (n instanceof SequenceNode seq) {
			var out = new ArrayList<Object>();
			for (Node item : seq.getValue()) {
				if (!(item instanceof ScalarNode)) {
					throw new ParleyException(display + ":" + line(item) + ": a list in fields holds plain values only");
				}
				out.add(plain(item, display));
			}
			return out;
		}
		throw new ParleyException(display + ":" + line(n) + ": fields hold plain values or lists of them");
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
	}
}
