package org.parley.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parley.cli.Accepts;
import org.parley.report.format.Plural;
import org.parley.dates.Days;
import org.parley.errors.ParleyException;
import org.parley.errors.UsageException;
import org.parley.facts.FactWriter;
import org.parley.files.OutputFiles;
import org.parley.files.TextFiles;
import org.parley.graph.Graph;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code ingest}: read articles into proposals files; {@code ingest review}: decide on each proposal; {@code ingest
 * apply}: write the accepted ones through the curation path. Nothing is written to the graph before {@code apply}.
 */
@Component
class IngestCommands {




	private final Graph graph;

	private final FactWriter writer;

	IngestCommands(@Lazy Graph graph, @Lazy FactWriter writer) {
		this.graph = graph;
		this.writer = writer;
	}

	@Command(name = "ingest", group = "Ingest",
			description = "Read articles (text or HTML) into proposals files for review; nothing is written to the graph.",
			help = "One proposals file per article, named ARTICLE.proposals.yaml (or --out: a file for one article, "
					+ "a directory for several). Relative dates are resolved against --published.\n"
					+ "Example: ingest ../shared/articles/004_ca7bab2cb521082e.txt --published 2025-10-18 --outlet Xinhua")
	String ingest(@Arguments List<String> files,
			@Option(longName = "published", required = true, description = "The articles' publication day, YYYY-MM-DD: relative dates (\"on Friday\") are resolved against it. Required.") @Accepts(Accepts.Value.DAY) String published,
			@Option(longName = "outlet", description = "The outlet that published the articles, by name. Default: none.") String outlet,
			@Option(longName = "url", description = "Where the article can be read. Default: none.") String url,
			@Option(longName = "out", description = "The proposals file (one article) or directory (several). Default: ARTICLE.proposals.yaml here.") String out,
			@Option(longName = "force", description = "Replace existing proposals files.", defaultValue = "false") boolean force) {
		if (files == null || files.isEmpty()) {
			throw new UsageException("missing FILE for 'ingest'");
		}
		LocalDate day;
		try {
			day = Days.parse(published);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("invalid value '" + published + "' for --published: expected " + ex.getMessage());
		}
		var articles = new ArrayList<Article>();
		for (String f : files) {
			articles.add(Article.read(Path.of(f), day, outlet, url));
		}
		long started = System.nanoTime();
		var extractor = new Extractor(Gazetteer.load(graph), Cues.get());
		var lines = new ArrayList<String>();
		for (Article article : articles) {
			Proposals proposals = extractor.extract(article);
			String target = out == null ? article.id() + ".proposals.yaml"
					: articles.size() > 1 || Files.isDirectory(Path.of(out)) ? Path.of(out, article.id() + ".proposals.yaml").toString() : out;
			OutputFiles.write(target, force, ProposalsFile.write(proposals));
			lines.add(summary(target, proposals));
		}
		lines.add(String.format(java.util.Locale.ROOT, "Proposed in %.2f s; nothing is written to the graph until `ingest apply`.",
				(System.nanoTime() - started) / 1e9));
		return String.join("\n", lines);
	}

	static String summary(String target, Proposals proposals) {
		if (proposals.proposals().isEmpty()) {
			return "Wrote " + target + ": no proposals" + (proposals.note() != null ? " (" + proposals.note() + ")" : "");
		}
		var kinds = new TreeMap<String, Integer>();
		proposals.proposals().forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
		var parts = new ArrayList<String>();
		// evidence is uncountable: "5 evidence" as the proposals file's kind
		kinds.forEach((k, n) -> parts.add(k.equals("evidence") ? n + " " + k
				: k.equals("person") ? Plural.of(n, "person", "people") : Plural.of(n, k)));
		return "Wrote " + target + ": " + Plural.of(proposals.proposals().size(), "proposal") + " (" + String.join(", ", parts) + ")";
	}

	@Command(name = { "ingest", "apply" }, group = "Ingest",
			description = "Write the accepted proposals of a proposals file to the graph, in one transaction.",
			help = "Only proposals whose decision is accept are written, with the article as their source; "
					+ "applying the same file again changes nothing.")
	String apply(@Argument(index = 0, description = "PROPOSALS: a file written by `ingest`") String file,
			@Option(longName = "by", description = "Who records the facts. Default: the operating system user.") String by) {
		Proposals proposals = ProposalsFile.read(TextFiles.read(Path.of(file), file), file);
		var plan = Applier.plan(proposals, file, by, graph);
		var lines = new ArrayList<String>();
		if (plan.accepted() == 0) {
			return "Nothing to apply: no proposal of " + file + " is accepted (set decision: accept, or run `ingest review " + file + "`)";
		}
		List<String> written = writer.write(plan.batch());
		lines.add((written.isEmpty() ? "Nothing changed: the " + plan.accepted() + " accepted proposals of " + file + " are already in the graph"
				: "Applied " + file + ": " + plan.accepted() + " accepted proposals") + (written.isEmpty() ? "" : ", wrote:"));
		written.forEach(w -> lines.add("  " + w));
		if (!plan.skipped().isEmpty()) {
			lines.add("Not written (a kind apply does not know): " + String.join(", ", plan.skipped()));
		}
		return String.join("\n", lines);
	}

	@Command(name = { "ingest", "review" }, group = "Ingest",
			description = "Go through the pending proposals of a file one by one: accept, reject, edit a field, accept the rest.",
			help = "Answers, one a line: a (accept), r (reject), s (skip), e FIELD VALUE (edit a field, then answer again), "
					+ "A (accept this and the rest), q (stop). The file is saved when the review ends.")
	String review(@Argument(index = 0, description = "PROPOSALS: a file written by `ingest`") String file) {
		String text = TextFiles.read(Path.of(file), file);
		Proposals proposals = ProposalsFile.read(text, file);
		var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		var review = new Review(proposals, in, System.out);
		Proposals reviewed = review.run();
		OutputFiles.write(file, true, ProposalsFile.write(reviewed));
		return "Saved " + file + ": " + review.counts();
	}

	/** For the evaluation and tests: the proposals for one article against this graph. */
	static Proposals propose(Graph graph, Article article) {
		return new Extractor(Gazetteer.load(graph), Cues.get()).extract(article);
	}


}
