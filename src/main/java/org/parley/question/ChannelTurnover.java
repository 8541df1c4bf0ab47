package org.parley.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.parley.lookup.ResolvedName;
import org.parley.report.format.QueryResult;

/**
 * Describes, in words, the channels between a person's posts and the other side's as the holders change: the
 * Treasury-to-Vice-Premier channel is one channel whose holders change, so each pair of holders is listed in turn,
 * with when each post changed hands in between (from the tenures), and who held both ends on the date asked about.
 */
final class ChannelTurnover {

	private final ReportAnswers answers;

	private final boolean markdown;

	private final Map<String, QueryResult> holders = new LinkedHashMap<>();

	ChannelTurnover(ReportAnswers answers, boolean markdown) {
		this.answers = answers;
		this.markdown = markdown;
	}

	/** One channel: the two posts and the holder pairs that used it, in order. */
	private record Channel(String ourPost, String ourId, String theirPost, String theirId, List<Pair> pairs) {

		long contacts() {
			return pairs.stream().mapToLong(Pair::contacts).sum();
		}
	}

	private record Pair(String ours, String theirs, long contacts, long planned, String first, String last,
			List<String> channels) {
	}

	String describe(ResolvedName person, QueryResult rows, LocalDate day) {
		List<Channel> channels = channels(rows);
		if (channels.isEmpty()) {
			return "";
		}
		var text = new StringBuilder("\n").append(markdown ? "### " : "")
			.append("Channels of ").append(person.name()).append("'s posts, followed across turnover:\n");
		for (Channel channel : channels) {
			text.append(markdown ? "\n- " : "\n  ").append(channel.ourPost()).append(" ↔ ").append(channel.theirPost())
				.append('\n');
			Pair previous = null;
			for (Pair pair : channel.pairs()) {
				if (previous != null) {
					String change = handOver(channel.ourPost(), channel.ourId(), previous.ours(), pair.ours())
							+ handOver(channel.theirPost(), channel.theirId(), previous.theirs(), pair.theirs());
					if (!change.isEmpty()) {
						line(text, "changed hands:" + change.substring(1));
					}
				}
				line(text, pair.ours() + " ↔ " + pair.theirs() + ": " + summary(pair));
				previous = pair;
			}
			line(text, "on " + day + ": " + heldOn(channel.ourPost(), channel.ourId(), day) + "; "
					+ heldOn(channel.theirPost(), channel.theirId(), day));
		}
		return text.toString();
	}

	/** One item under a channel; in a terminal wrapped at 80 columns with a hanging indent. */
	private void line(StringBuilder text, String item) {
		text.append(markdown ? "  - " + item + "\n" : WrappedText.wrap(item, "    ", "      "));
	}

	private static List<Channel> channels(QueryResult rows) {
		var channels = new LinkedHashMap<String, Channel>();
		int ourPost = rows.column("our post");
		int theirPost = rows.column("their post");
		int ourId = rows.column("our post id");
		int theirId = rows.column("their post id");
		for (List<Object> row : rows.rows()) {
			String key = row.get(ourId) + "|" + row.get(theirId);
			channels.computeIfAbsent(key, k -> new Channel((String) row.get(ourPost), (String) row.get(ourId),
					(String) row.get(theirPost), (String) row.get(theirId), new ArrayList<>()))
				.pairs()
				.add(new Pair((String) row.get(rows.column("ours")), (String) row.get(rows.column("theirs")),
						(Long) row.get(rows.column("contacts")), (Long) row.get(rows.column("planned")),
						(String) row.get(rows.column("first")), (String) row.get(rows.column("last")),
						((List<?>) row.get(rows.column("channels"))).stream().map(String::valueOf).toList()));
		}
		var ordered = new ArrayList<>(channels.values());
		ordered.sort((a, b) -> Long.compare(b.contacts(), a.contacts()));
		return ordered;
	}

	private static String summary(Pair pair) {
		var text = new StringBuilder();
		if (pair.contacts() > 0) {
			text.append(pair.contacts()).append(pair.contacts() == 1 ? " contact" : " contacts");
			text.append(Objects.equals(pair.first(), pair.last()) ? " on " + pair.first()
					: " from " + pair.first() + " to " + pair.last());
		}
		if (pair.planned() > 0) {
			text.append(text.isEmpty() ? "" : ", ").append(pair.planned()).append(" planned");
		}
		return text.append(" (").append(String.join(", ", pair.channels())).append(')').toString();
	}

	/** " Secretary of the Treasury passed from A to B on D1, then to C on D2", or nothing when the holder stayed. */
	private String handOver(String post, String postId, String from, String to) {
		if (from.equals(to)) {
			return "";
		}
		QueryResult all = tenures(postId);
		List<List<Object>> tenures = all.rows();
		int person = all.column("person");
		int since = all.column("since");
		if (!tenures.isEmpty() && tenures.get(0).get(all.column("seats")) instanceof Long seats && seats > 1) {
			return "; " + post + " has several seats: " + span(all, from) + ", " + span(all, to);
		}
		int start = -1;
		int end = -1;
		for (int i = 0; i < tenures.size(); i++) {
			if (tenures.get(i).get(person).equals(from)) {
				start = i;
			}
			if (tenures.get(i).get(person).equals(to) && start >= 0 && end < 0 && i > start) {
				end = i;
			}
		}
		if (start < 0 || end < 0) {
			return "; " + post + " passed from " + from + " to " + to;
		}
		var steps = new ArrayList<String>();
		for (int i = start + 1; i <= end; i++) {
			steps.add((steps.isEmpty() ? "to " : "then to ") + tenures.get(i).get(person) + " on "
					+ tenures.get(i).get(since));
		}
		return "; " + post + " passed from " + from + " " + String.join(", ", steps);
	}

	/** "Liu He held one from 2018-03-19 to 2023-03-12": one holder's seat of a post with several. */
	private static String span(QueryResult all, String person) {
		return all.rows()
			.stream()
			.filter(row -> row.get(all.column("person")).equals(person))
			.findFirst()
			.map(row -> person + " held one from " + row.get(all.column("since"))
					+ (row.get(all.column("until")) == null ? "" : " to " + row.get(all.column("until"))))
			.orElse(person + " held one");
	}

	/** "Secretary of the Treasury: Scott Bessent", or "nobody recorded" for a day outside all tenures. */
	private String heldOn(String post, String postId, LocalDate day) {
		QueryResult all = tenures(postId);
		int person = all.column("person");
		int since = all.column("since");
		int until = all.column("until");
		String who = all.rows()
			.stream()
			.filter(row -> !((LocalDate) row.get(since)).isAfter(day)
					&& (row.get(until) == null || !((LocalDate) row.get(until)).isBefore(day)))
			.map(row -> (String) row.get(person))
			.collect(Collectors.joining(" and "));
		return post + " " + (who.isEmpty() ? "nobody recorded" : who);
	}

	private QueryResult tenures(String postId) {
		return holders.computeIfAbsent(postId, id -> answers.run("holders", ReportAnswers.params("post", id)));
	}
}
