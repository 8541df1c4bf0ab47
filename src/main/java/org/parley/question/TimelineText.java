package org.parley.question;

import java.util.List;

import org.parley.report.format.QueryResult;

/**
 * The timeline report's rows as a list for the terminal, where seven columns do not fit 80: each event's date and
 * title, then its channel, status and place, its participants, and its sources, wrapped under the title.
 */
final class TimelineText {

	private static final String INDENT = " ".repeat(12);

	private TimelineText() {
	}

	static String render(QueryResult events) {
		int date = events.column("date");
		int event = events.column("event");
		int channel = events.column("channel");
		int status = events.column("status");
		int participants = events.column("participants");
		int place = events.column("place");
		int source = events.column("source");
		var text = new StringBuilder();
		for (List<Object> row : events.rows()) {
			text.append(WrappedText.wrap(String.valueOf(row.get(event)), String.format("%-12s", row.get(date)), INDENT));
			List<?> places = (List<?>) row.get(place);
			text.append(WrappedText.wrap(row.get(channel) + ", " + row.get(status)
					+ (places.isEmpty() ? "" : ", at " + join(places)), INDENT, INDENT));
			List<?> who = (List<?>) row.get(participants);
			if (!who.isEmpty()) {
				text.append(WrappedText.wrap("with " + join(who), INDENT, INDENT + "  "));
			}
			text.append(WrappedText.wrap("source: " + join((List<?>) row.get(source)), INDENT, INDENT + "  ")).append('\n');
		}
		int n = events.rows().size();
		return text.append(n).append(n == 1 ? " event" : " events").append('\n').toString();
	}

	private static String join(List<?> items) {
		return String.join(", ", items.stream().map(String::valueOf).toList());
	}
}
