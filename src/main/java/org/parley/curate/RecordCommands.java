package org.parley.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.cli.Accepts;
import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;
import org.parley.curate.model.Event;
import org.parley.curate.model.Node;
import org.parley.curate.model.Organization;
import org.parley.curate.model.Participation;
import org.parley.curate.model.Person;
import org.parley.curate.model.Place;
import org.parley.curate.model.Source;
import org.parley.curate.model.Stance;
import org.parley.curate.model.Topic;
import org.parley.graph.Contacts;
import org.parley.graph.StanceSides;
import org.parley.graph.StanceScores;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.cli.RepeatedOptions;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code add event} and {@code assess}: contacts between the sides, and stance assessments. */
@Component
class RecordCommands {



	/** The vocabularies of docs/model.md. */
	static final List<String> CHANNELS = List.of("phone-call", "video-call", "in-person-round", "banquet", "visit",
			"summit-meeting", "public-statement", "social-media-post", "media-interview", "speech", "official-readout",
			"request-for-comment", "press-report", "meeting");

	static final List<String> STATUSES = List.of("happened", "planned", "expected", "threatened", "cancelled");

	static final List<String> PRECISIONS = List.of("day", "month", "year");

	/** CAMEO codes by channel, as the seed uses them (docs/model.md); 010 (statement) for the rest. */
	private static final Map<String, String> CAMEO = Map.of("phone-call", "041", "video-call", "041", "in-person-round",
			"046", "visit", "042", "banquet", "043", "summit-meeting", "044", "meeting", "040");

	/** The CAMEO code of a channel. */
	static String cameo(String channel) {
		return CAMEO.getOrDefault(channel, "010");
	}

	private final OgmSessions ogm;

	private final Names names;

	RecordCommands(OgmSessions ogm, Names names) {
		this.ogm = ogm;
		this.names = names;
	}

	/** The post a person held on a day (the one they act in most, of several), so a channel can be followed across turnover. */
	private static final String POST_ON = """
			MATCH (p:Person {id: $person})-[:HELD]->(t:Tenure)-[:OF_POST]->(post:Post)
			WHERE NOT t:Retracted AND t.start <= $day AND (t.end IS NULL OR t.end >= $day)
			RETURN post.id AS post, COUNT { (p)-[:PARTICIPATED_IN {post: post.id}]->() } AS uses
			ORDER BY uses DESC, t.start DESC LIMIT 1
			""";

	@Command(name = { "add", "event" }, group = "Curation",
			description = "Record a call, round, meeting or statement between people or organizations, with its participants.",
			help = "Channels: " + "phone-call, video-call, in-person-round, banquet, visit, summit-meeting, "
					+ "public-statement, social-media-post, media-interview, speech, official-readout, request-for-comment, "
					+ "press-report, meeting.\nEach participant acts in the post they held on the day.\n"
					+ "Example: add event --channel phone-call --date 2019-08-01 --participants \"Mnuchin, Liu He\" --topic tariffs --source \"Readout of the call\"")
	String addEvent(@Option(longName = "channel", required = true, description = "How the contact happened, e.g. phone-call, video-call, in-person-round (see docs/model.md). Required.") String channel,
			@Option(longName = "date", required = true, description = "The day, as YYYY-MM-DD; with a month or year precision, any day in it. Required.") @Accepts(Accepts.Value.DAY) String date,
			@Option(longName = "precision", description = "How precisely the date is known: day, month or year. Default: day.") String precision,
			@Option(longName = "participants", required = true, description = "People or organizations taking part, separated by commas. Required.") String participants,
			@Option(longName = "title", description = "A short title. Default: the channel and the participants' names.") String title,
			@Option(longName = "place", description = "Where it took place, by name or id. Default: none.") String place,
			@Option(longName = "topic", description = "A topic it was about, by name or id; repeat for more. Default: none.") String[] topic,
			@Option(longName = "status", description = "happened, planned, expected, threatened or cancelled. Default: happened.") String status,
			@Option(longName = "source", required = true, description = AddCommands.SOURCE_HELP + " Required.") String source,
			@Option(longName = "by", description = AddCommands.BY_HELP) String by, CommandContext context) {
		PlainText.require("--channel", channel, "--date", date, "--precision", precision, "--participants", participants, "--title", title,
				"--place", place, "--topic", RepeatedOptions.values(context, "topic"), "--status", status, "--source", source, "--by", by);
		String how = CurationWrite.oneOf("channel", channel, CHANNELS);
		String exact = precision == null ? "day" : CurationWrite.oneOf("precision", precision, PRECISIONS);
		String state = status == null ? "happened" : CurationWrite.oneOf("status", status, STATUSES);
		LocalDate given = CurationWrite.date("date", date);
		LocalDate day = switch (exact) {
			case "year" -> given.withDayOfYear(1);
			case "month" -> given.withDayOfMonth(1);
			default -> given;
		};
		List<ResolvedName> who = new ArrayList<>();
		for (String name : Arrays.stream(participants.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
			ResolvedName named = names.resolve(name, Kind.PERSON, Kind.ORGANIZATION);
			if (who.contains(named)) {
				throw new ParleyException(named.name() + " is listed twice in --participants");
			}
			who.add(named);
		}
		if (who.isEmpty()) {
			throw new UsageException("--participants needs at least one name");
		}
		ResolvedName at = place == null ? null : names.resolve(place, Kind.PLACE);
		List<ResolvedName> topics = new ArrayList<>();
		for (String t : RepeatedOptions.values(context, "topic")) {
			topics.add(names.resolve(t, Kind.TOPIC));
		}
		String name = title != null ? NameCheck.name("an event's title", title) : how.replace('-', ' ') + ": "
				+ String.join(", ", who.stream().map(ResolvedName::name).toList());
		String heading = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		Event event = ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			Source src = Sources.resolve(curation, source);
			String base = how + "-" + String.join("-", who.stream().map(n -> last(n.id())).toList()) + "-" + day;
			var created = new Event(curation.newId(CurationWrite.slug(base)), heading, how, day, exact, state);
			created.setCameo(CAMEO.getOrDefault(how, "010"));
			if (at != null) {
				created.getPlaces().add(session.load(Place.class, at.id(), 0));
			}
			topics.forEach(t -> created.getTopics().add(session.load(Topic.class, t.id(), 0)));
			curation.evidence(created, src, "add event");
			curation.record(created);
			for (ResolvedName n : who) {
				Node actor = actor(session, n);
				String side = actor instanceof Person p ? p.getSide() : ((Organization) actor).getSide();
				String post = n.kind() != Kind.PERSON ? null : postOn(curation, n.id(), day);
				session.save(new Participation(actor, created, "counterpart", post, side));
			}
			session.query(Contacts.MARK_BY_ID, Contacts.ids(List.of(created.getId())));
			return created;
		});
		return "Recorded event " + event.getId() + ": " + event.getTitle() + " (" + how + ", " + state + ", "
				+ day + ") with " + String.join(", ", who.stream().map(ResolvedName::name).toList());
	}

	@Command(name = "assess", group = "Curation",
			description = "Record an assessment of a person's stance on an issue from a day, by an outlet, analyst or person.",
			help = "hawk is a score of +1, dove -1; a number from -1 to 1 is taken as the score.\n"
					+ "Example: assess \"Li Chenggang\" --stance hawk --issue tariffs --from 2025-10-10 --source \"Readout of the call\" --by china-watchers")
	String assess(@Argument(index = 0, description = "PERSON: name, alias or id of the person assessed") String person,
			@Option(longName = "stance", required = true, description = "hawk (+1), dove (-1), or a score from -1 (dove) to 1 (hawk). Required.") String stance,
			@Option(longName = "issue", required = true, description = "The topic the stance is on, by name or id. Required.") String issue,
			@Option(longName = "from", required = true, description = "The day the assessment holds from, as YYYY-MM-DD. Required.") @Accepts(Accepts.Value.DAY) String from,
			@Option(longName = "source", required = true, description = AddCommands.SOURCE_HELP + " Required.") String source,
			@Option(longName = "by", description = "Who made the assessment: a person or organization, by name or id. Default: the source's outlet.") String by,
			@Option(longName = "recorded-by", description = AddCommands.BY_HELP) String recordedBy) {
		PlainText.require("PERSON", person, "--stance", stance, "--issue", issue, "--from", from, "--source", source, "--by", by,
				"--recorded-by", recordedBy);
		double score = score(stance);
		String label = score > 0 ? "hawk" : score < 0 ? "dove" : "neutral";
		LocalDate day = CurationWrite.date("from", from);
		ResolvedName who = names.resolve(person, Kind.PERSON);
		ResolvedName topic = names.resolve(issue, Kind.TOPIC);
		ResolvedName assessor = by == null ? null : names.resolve(by, Kind.PERSON, Kind.ORGANIZATION);
		Stance created = ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, recordedBy);
			Source src = Sources.resolve(curation, source);
			Node judge = assessor != null ? actor(session, assessor) : src.getPublisher();
			if (judge == null) {
				throw new ParleyException("source '" + src.getTitle() + "' names no outlet; give --by with who made the assessment");
			}
			var s = new Stance(curation.newId("stance-" + who.id() + "-" + label + "-" + day.getYear()),
					session.load(Person.class, who.id(), 0), label, score, day);
			s.getAssessedBy().add(judge);
			s.getIssues().add(session.load(Topic.class, topic.id(), 0));
			curation.evidence(s, src, "assess");
			Stance recorded = curation.record(s);
			session.query(StanceSides.BY_ID, StanceSides.ids(List.of(recorded.getId())));
			session.query(StanceScores.OF_STANCES, StanceScores.ids(List.of(recorded.getId())));
			return recorded;
		});
		return "Recorded stance " + created.getId() + ": " + who.name() + " " + label + " (" + score + ") on "
				+ topic.name() + " from " + day;
	}

	static double score(String stance) {
		String value = stance.strip().toLowerCase(Locale.ROOT);
		if (value.equals("hawk")) {
			return 1.0;
		}
		if (value.equals("dove")) {
			return -1.0;
		}
		try {
			double score = Double.parseDouble(value);
			if (score >= -1 && score <= 1) {
				return score;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException("invalid value '" + stance + "' for --stance: expected hawk, dove or a score from -1 to 1");
	}

	private static String postOn(CurationWrite curation, String person, LocalDate day) {
		var rows = curation.session().query(POST_ON, Map.of("person", person, "day", day)).queryResults().iterator();
		return rows.hasNext() ? (String) rows.next().get("post") : null;
	}

	/** A person or an organization, as loaded by OGM. */
	private static Node actor(org.neo4j.ogm.session.Session session, ResolvedName named) {
		return named.kind() == Kind.PERSON ? session.load(Person.class, named.id(), 0)
				: session.load(Organization.class, named.id(), 0);
	}

	private static String last(String id) {
		return id.substring(id.lastIndexOf('-') + 1);
	}
}
