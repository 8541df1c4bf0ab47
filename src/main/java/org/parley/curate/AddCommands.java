package org.parley.curate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.parley.cli.Accepts;
import org.parley.errors.ParleyException;
import org.parley.curate.model.Country;
import org.parley.curate.model.NamedNode;
import org.parley.curate.model.Organization;
import org.parley.curate.model.Person;
import org.parley.curate.model.Post;
import org.parley.curate.model.Source;
import org.parley.lookup.Kind;
import org.parley.lookup.ResolvedName;
import org.parley.lookup.Names;
import org.parley.cli.RepeatedOptions;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code add source}, {@code add person} and {@code add post}: new sources, people and posts, each with its source. */
@Component
class AddCommands {




	static final String SOURCE_HELP = "An existing source's id, or the title of a source to record on first use.";

	static final String BY_HELP = "The analyst recording this. Default: the operating system user.";

	private final OgmSessions ogm;

	private final Names names;

	AddCommands(OgmSessions ogm, Names names) {
		this.ogm = ogm;
		this.names = names;
	}

	@Command(name = { "add", "source" }, group = "Curation",
			description = "Record a source (article, report, statement) that later edits can cite by its id.",
			help = "An outlet that is not yet in the graph is recorded as a media outlet.\n"
					+ "Example: add source --title \"Readout of the call\" --outlet Xinhua --published 2019-08-01")
	String addSource(@Option(longName = "title", required = true, description = "The source's title. Required.") String title,
			@Option(longName = "outlet", required = true, description = "The outlet or publisher, by name or id; a new name is recorded as a media outlet. Required.") String outlet,
			@Option(longName = "published", required = true, description = "The publication day, as YYYY-MM-DD. Required.") @Accepts(Accepts.Value.DAY) String published,
			@Option(longName = "url", description = "Where the source can be read. Default: none.") String url,
			@Option(longName = "by", description = BY_HELP) String by) {
		PlainText.require("--title", title, "--outlet", outlet, "--published", published, "--url", url, "--by", by);
		String titled = NameCheck.name("a source's title", title);
		LocalDate day = CurationWrite.date("published", published);
		ResolvedName known = outletNamed(outlet);
		String outletName = known != null ? null : NameCheck.name("an outlet's name", outlet);
		Source source = ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			Organization org = known != null ? session.load(Organization.class, known.id(), 0)
					: curation.record(new Organization(curation.newId(CurationWrite.slug(outletName)), outletName, "media-outlet"));
			return Sources.create(curation, titled, org, day, url);
		});
		return "Recorded source " + source.getId() + ": " + source.getTitle() + " (" + outletName(known, outlet) + ", "
				+ day + ")";
	}

	@Command(name = { "add", "person" }, group = "Curation",
			description = "Record a person with the side they act for and the other names the sources use.",
			help = "Example: add person \"Li Chenggang\" --side CN --alias \"Mr Li\" --source \"Readout of the call\"")
	String addPerson(@Argument(index = 0, description = "NAME: the person's full name") String name,
			@Option(longName = "side", required = true, description = "The country the person acts for, by code or name (US, CN, EU, ...). Required.") @Accepts(shown = "CODE") String side,
			@Option(longName = "alias", description = "Another name the sources use; repeat for more. Default: none.") String[] alias,
			@Option(longName = "source", required = true, description = SOURCE_HELP + " Required.") String source,
			@Option(longName = "by", description = BY_HELP) String by, CommandContext context) {
		PlainText.require("NAME", name, "--side", side, "--alias", RepeatedOptions.values(context, "alias"), "--source", source, "--by", by);
		String named = NameCheck.name("a person's name", name);
		ResolvedName country = names.resolve(side, Kind.COUNTRY);
		List<String> aliases = aliases(named, RepeatedOptions.values(context, "alias"));
		NewNames.check(names, Kind.PERSON, named, aliases);
		Person person = recordNamed(by, source, "add person", aliases, curation -> new Person(
				curation.newId(CurationWrite.slug(named)), named, curation.session().load(Country.class, country.id(), 0)));
		return "Recorded person " + person.getId() + ": " + person.getName() + " (" + person.getSide() + ")"
				+ aliasNote(person);
	}

	@Command(name = { "add", "post" }, group = "Curation",
			description = "Record a post (an office) in an organization, with its other names.",
			help = "Example: add post \"Vice Minister of Commerce\" --org MOFCOM --source \"Readout of the call\"")
	String addPost(@Argument(index = 0, description = "NAME: the post's official title") String name,
			@Option(longName = "org", required = true, description = "The organization the post is in, by name, alias or id. Required.") String org,
			@Option(longName = "alias", description = "Another name the sources use; repeat for more. Default: none.") String[] alias,
			@Option(longName = "source", required = true, description = SOURCE_HELP + " Required.") String source,
			@Option(longName = "by", description = BY_HELP) String by, CommandContext context) {
		PlainText.require("NAME", name, "--org", org, "--alias", RepeatedOptions.values(context, "alias"), "--source", source, "--by", by);
		String named = NameCheck.name("a post's name", name);
		ResolvedName organization = names.resolve(org, Kind.ORGANIZATION);
		List<String> aliases = aliases(named, RepeatedOptions.values(context, "alias"));
		NewNames.check(names, Kind.POST, named, aliases);
		Post post = recordNamed(by, source, "add post", aliases, curation -> {
			Organization in = curation.session().load(Organization.class, organization.id(), 0);
			String prefix = in.getSide() == null ? "" : in.getSide().toLowerCase(Locale.ROOT) + "-";
			return new Post(curation.newId(prefix + CurationWrite.slug(named)), named, in);
		});
		return "Recorded post " + post.getId() + ": " + post.getName() + " in " + organization.name() + aliasNote(post);
	}

	/** Records a named node with its aliases and its evidence from the source, in one transaction. */
	private <T extends NamedNode> T recordNamed(String by, String source, String command, List<String> aliases,
			Function<CurationWrite, T> create) {
		return ogm.inTransaction(session -> {
			var curation = new CurationWrite(session, by);
			Source src = Sources.resolve(curation, source);
			T created = create.apply(curation);
			created.setAliases(aliases);
			curation.evidence(created, src, command);
			return curation.record(created);
		});
	}

	/** The aliases as given, without repeats or the name itself; a repeat is an error. */
	static List<String> aliases(String name, List<String> given) {
		var aliases = new ArrayList<String>();
		for (String alias : given) {
			String text = NameCheck.name("an alias", alias);
			if (text.equalsIgnoreCase(name.strip()) || aliases.stream().anyMatch(text::equalsIgnoreCase)) {
				throw new ParleyException("duplicate alias '" + text + "'");
			}
			aliases.add(text);
		}
		return aliases;
	}

	private static String aliasNote(NamedNode node) {
		return node.getAliases().isEmpty() ? "" : ", also known as " + String.join(", ", node.getAliases());
	}

	private ResolvedName outletNamed(String outlet) {
		try {
			return names.resolve(outlet, Kind.ORGANIZATION);
		}
		catch (ParleyException ex) {
			if (ex.getMessage().startsWith("no organization named")) {
				return null;
			}
			throw ex;
		}
	}

	private static String outletName(ResolvedName known, String outlet) {
		return known == null ? outlet.strip() + ", new outlet" : known.name();
	}
}
