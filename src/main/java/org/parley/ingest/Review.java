package org.parley.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The console review of a proposals file: one pending proposal after another, read answers line by line. */
final class Review {

	private final Proposals proposals;

	private final BufferedReader in;

	private final PrintStream out;

	private int accepted;

	private int rejected;

	Review(Proposals proposals, BufferedReader in, PrintStream out) {
		this.proposals = proposals;
		this.in = in;
		this.out = out;
	}

	Proposals run() {
		var result = new ArrayList<Proposal>();
		boolean acceptRest = false;
		boolean stop = false;
		for (Proposal p : proposals.proposals()) {
			if (!p.decision().equals("pending") || stop) {
				result.add(p);
				continue;
			}
			if (acceptRest) {
				result.add(count(p.decided("accept")));
				continue;
			}
			Proposal current = p;
			while (true) {
				show(current);
				out.print("accept (a), reject (r), skip (s), edit (e FIELD VALUE), accept the rest (A), quit (q)? ");
				out.flush();
				String answer = line();
				if (answer == null || answer.equals("q")) {
					stop = true;
					result.add(current);
					break;
				}
				if (answer.equals("a") || answer.equals("A")) {
					acceptRest = answer.equals("A");
					result.add(count(current.decided("accept")));
					break;
				}
				if (answer.equals("r")) {
					result.add(count(current.decided("reject")));
					break;
				}
				if (answer.equals("s")) {
					result.add(current);
					break;
				}
				if (answer.startsWith("e ")) {
					String[] parts = answer.substring(2).strip().split(" ", 2);
					if (parts.length == 2 && current.fields().containsKey(parts[0])) {
						Object value = parts[1].equals("null") ? null : current.fields().get(parts[0]) instanceof List<?>
								? List.of(parts[1].split("\\s*,\\s*")) : parts[1];
						current = current.withField(parts[0], value);
						out.println("  " + parts[0] + " is now " + value);
					}
					else {
						out.println("  no field '" + parts[0] + "' in " + current.id() + "; fields: " + String.join(", ", current.fields().keySet()));
					}
					continue;
				}
				out.println("  answer a, r, s, e FIELD VALUE, A or q");
			}
		}
		return new Proposals(proposals.article(), proposals.file(), proposals.published(), proposals.outlet(), proposals.url(),
				proposals.language(), proposals.note(), result);
	}

	private Proposal count(Proposal p) {
		if (p.decision().equals("accept")) {
			accepted++;
		}
		else if (p.decision().equals("reject")) {
			rejected++;
		}
		return p;
	}

	String counts() {
		return accepted + " accepted, " + rejected + " rejected in this review";
	}

	private void show(Proposal p) {
		out.println();
		out.println(p.id() + "  " + p.kind() + "  confidence " + p.confidence());
		out.println("  \"" + p.phrase() + "\"  [" + p.start() + ", " + p.end() + "]");
		out.println("  " + p.reason());
		p.fields().forEach((k, v) -> out.println("    " + k + ": " + v));
	}

	private String line() {
		try {
			String line = in.readLine();
			return line == null ? null : line.strip();
		}
		catch (IOException ex) {
			return null;
		}
	}
}
