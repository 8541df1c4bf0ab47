package org.parley.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parley.generate.SyntheticNetwork;
import org.parley.testing.GraphTestBase;
import org.parley.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suite: malformed and impossible values, unknown and ambiguous names, hostile strings (quotes,
 * backticks, {@code ;}, {@code //}, Cypher injection) in every kind of parameter, broken seed and report files,
 * wrong types and huge limits. Each gets one clear line on stderr (plus the usage line for usage errors), the
 * documented exit code, no stack trace, nothing on stdout, and an unchanged graph.
 */
class BadInputIT extends GraphTestBase {

	@Override
	protected boolean usesSeed() {
		return true;
	}

	/** One bad input: the command, its exit code and a fragment its error line must contain. */
	record Case(String name, int exit, String message, List<String> settings, List<String> command) {

		@Override
		public String toString() {
			return name;
		}
	}

	@TempDir
	static Path files;

	private final List<Case> cases = new ArrayList<>();

	private List<String> base;

	private void bad(String name, int exit, String message, String... command) {
		cases.add(new Case(name, exit, message, base, List.of(command)));
	}

	/** A case on an embedded home of its own (no external database): exit code 3. */
	private void lifecycle(String name, String message, Path home, String... command) {
		cases.add(new Case(name, 3, message, List.of("--parley.home=" + home, "--parley.bolt-port=0"), List.of(command)));
	}

	private void badWith(List<String> extra, String name, int exit, String message, String... command) {
		var settings = new ArrayList<>(base.subList(0, 1));
		settings.addAll(extra);
		cases.add(new Case(name, exit, message, settings, List.of(command)));
	}

	@TestFactory
	Stream<DynamicTest> everyBadInputIsOneClearLineWithTheRightExitCodeAndChangesNothing() throws IOException {
		loadSeed();
		base = List.of("--parley.neo4j.uri=" + boltUri(), "--parley.seed-dir=" + SEED_DIR.toAbsolutePath());
		String injection = "x') DETACH DELETE n //";
		String longName = "Mnuchin".repeat(2000);

		// dates: impossible, malformed, reversed
		bad("impossible day", 2, "2019-02-30", "who", "treasury", "--at", "2019-02-30");
		bad("month 13", 2, "2019-13-01", "who", "treasury", "--at", "2019-13-01");
		bad("day first", 2, "30/07/2019", "who", "treasury", "--at", "30/07/2019");
		bad("single-digit month", 2, "2019-7-30", "counterparts", "mnuchin", "--at", "2019-7-30");
		bad("empty date", 2, "date", "hawks", "--at", "");
		bad("five-digit year", 2, "99999-01-01", "hawks", "--at", "99999-01-01");
		bad("a word as date", 2, "tomorrow", "person", "Liu He", "--as-of", "tomorrow");
		bad("injection as date", 2, "2019-07-30' OR 1=1", "timeline", "--from", "2019-07-30' OR 1=1");
		bad("reversed channel range", 2, "--from 2020-01-01 is after --to 2019-01-01", "channels", "--from", "2020-01-01", "--to", "2019-01-01");
		bad("reversed timeline range", 2, "--from 2025-01-01 is after --to 2018-01-01", "timeline", "--from", "2025-01-01", "--to", "2018-01-01");

		// names: unknown, ambiguous, empty, long, Unicode, quotes, backticks, injection
		bad("unknown post", 1, "no post", "who", "Minister of Fun");
		bad("misspelled person", 1, "Mnuchn", "roles", "Mnuchn");
		bad("ambiguous person", 1, "ambiguous", "person", "Li");
		bad("unknown second person", 1, "Nobody Here", "path", "Mnuchin", "Nobody Here");
		bad("empty person", 1, "no person given", "roles", "");
		bad("blank person", 1, "no person given", "stance", "   ");
		bad("very long name", 1, "Mnuchin", "stance", longName);
		bad("Unicode post", 1, "刘鹤办公室", "who", "刘鹤办公室");
		bad("apostrophe", 1, "O'Brien", "roles", "O'Brien");
		bad("double quotes", 1, "\"Lighthizer\"", "roles", "\"Lighthizer\"");
		bad("backticks", 1, "`Person`", "roles", "`Person`");
		bad("semicolon", 1, "Mnuchin; MATCH (n) DETACH DELETE n", "person", "Mnuchin; MATCH (n) DETACH DELETE n");
		bad("line comment", 1, "// Ross", "counterparts", "// Ross");
		bad("injection in person", 1, injection, "roles", injection);
		bad("injection in post", 1, "treasury' OR 1=1 //", "who", "treasury' OR 1=1 //");
		bad("injection in event", 1, injection, "delegation", injection);
		bad("injection in fact id", 1, injection, "evidence", injection);
		bad("injection in topic", 1, injection, "timeline", injection);
		bad("injection in side", 1, injection, "hawks", "--side", injection);
		bad("injection in issue", 1, injection, "hawks", "--issue", injection);
		bad("injection in between", 1, injection, "channels", "--between", injection);
		bad("unknown side", 1, "Atlantis", "hawks", "--side", "Atlantis");
		bad("unknown fact", 1, "no-such-fact", "evidence", "no-such-fact");
		bad("newline in a name", 1, "Mnuchin", "roles", "Mnuchin\nMATCH (n) DETACH DELETE n");

		// ad-hoc Cypher and parameters
		bad("write without --write", 1, "read-only", "cypher", "MATCH (n) DETACH DELETE n");
		bad("schema change without --write", 1, "read-only", "cypher", "DROP CONSTRAINT person_id IF EXISTS");
		bad("two statements", 1, "exactly one statement", "cypher", "RETURN 1; MATCH (n) DETACH DELETE n");
		bad("syntax error", 1, "Invalid input", "cypher", "MATCH (n RETURN n");
		bad("missing parameter", 1, "missing", "cypher", "RETURN $missing");
		bad("malformed parameter", 2, "NAME=VALUE", "cypher", "RETURN 1", "--param", "oops");
		bad("parameter of wrong type", 2, "abc", "cypher", "RETURN $n", "--param", "n:integer=abc");
		bad("unknown parameter type", 2, "money", "cypher", "RETURN $n", "--param", "n:money=5");
		bad("runaway result", 1, "more than 500000 rows", "cypher", "UNWIND range(1, 10000000000) AS i RETURN i");
		bad("unknown session type", 2, "integerx", "param", "set", "n", "5", "--type", "integerx");
		bad("session name with a space", 2, "bad name", "param", "set", "bad name", "5");

		// export and restore: control characters in curated text, internal and unknown labels in a backup
		String control = "holds a control character";
		bad("newline in alias --by (the seed-export attack)", 1, control + " (U+000A)", "alias", "Liu He", "VP Liu",
				"--by", "alice\nMATCH (n) DETACH DELETE n;\n// x");
		bad("carriage return in an alias", 1, control + " (U+000D)", "alias", "Liu He", "VP Liu\rMATCH (n) DETACH DELETE n");
		bad("NUL in a person's name", 1, control + " (U+0000)", "add", "person", "Jane\u0000Roe", "--side", "US",
				"--source", "readout-of-the-call");
		bad("line separator in an alias option", 1, control + " (U+2028)", "add", "person", "Jane Roe", "--side", "US",
				"--alias", "J. Roe\u2028MATCH (n) DETACH DELETE n", "--source", "readout-of-the-call");
		bad("paragraph separator in a post's name", 1, control + " (U+2029)", "add", "post", "Deputy\u2029USTR",
				"--org", "ustr-office", "--source", "readout-of-the-call");
		bad("C1 next-line in a source title", 1, control + " (U+0085)", "add", "source", "--title", "Readout\u0085// x",
				"--outlet", "Xinhua", "--published", "2025-10-20");
		bad("escape in an event title", 1, control + " (U+001B)", "add", "event", "--channel", "video-call", "--date",
				"2025-10-20", "--participants", "Liu He", "--title", "Call\u001B[2J", "--source", "readout-of-the-call");
		bad("tab in assess --recorded-by", 1, control + " (U+0009)", "assess", "Mnuchin", "--stance", "hawk", "--issue",
				"tariffs", "--from", "2019-01-01", "--source", "readout-of-the-call", "--recorded-by", "alice\tbob");
		bad("DEL in appoint --by", 1, control + " (U+007F)", "appoint", "Mnuchin", "Treasury Secretary", "--from",
				"2030-01-01", "--source", "readout-of-the-call", "--by", "alice\u007F");
		bad("C1 CSI in end-tenure --by", 1, control + " (U+009B)", "end-tenure", "Mnuchin", "Treasury Secretary", "--on",
				"2020-01-01", "--source", "readout-of-the-call", "--by", "alice\u009B31m");
		bad("newline in a retraction reason", 1, control + " (U+000A)", "retract", "no-such-fact", "--reason",
				"draft\nMATCH (n) DETACH DELETE n;");
		bad("CRLF in a merge duplicate", 1, control + " (U+000D)", "merge", "Liu He", "Liu H.\r\n");
		Path backup = files.resolve("backup");
		assertThat(Cli.run(base, "backup", "--out", backup.toString()).code()).isZero();
		String refused = "refused: the label '";
		bad("restore a planted migration node", 1, "nodes.jsonl.gz:" + (lines(backup, NODES) + 1) + ": " + refused
				+ "__Neo4jMigration' is internal", "restore", editedBackup(backup, "migration", NODES, n -> n.add(
						"{\"k\":" + n.size() + ",\"labels\":[\"__Neo4jMigration\"],\"properties\":{\"version\":\"9999\"}}")).toString(),
				"--replace");
		bad("restore a planted restore marker", 1, refused + "__ParleyRestore' is internal", "restore",
				editedBackup(backup, "marker", NODES, n -> n.add("{\"k\":" + n.size()
						+ ",\"labels\":[\"__ParleyRestore\"],\"properties\":{\"from\":\"x\"}}")).toString(), "--replace");
		bad("restore a label outside the model", 1, refused + "Backdoor' is not in Parley's model", "restore",
				editedBackup(backup, "backdoor", NODES, n -> n.add("{\"k\":" + n.size()
						+ ",\"labels\":[\"Person\",\"Backdoor\"],\"properties\":{\"id\":\"backdoor\"}}")).toString(), "--replace");
		bad("restore a label that is Cypher", 1, "is not in Parley's model", "restore",
				editedBackup(backup, "cypher-label", NODES, n -> n.set(0, n.get(0).replaceFirst("\"labels\":\\[\"[A-Za-z]+\"",
						"\"labels\":[\"Country`) DETACH DELETE n //\""))).toString(), "--replace");
		bad("restore a relationship type outside the model", 1, "the relationship type 'OWNS' is not in Parley's model",
				"restore", editedBackup(backup, "owns", RELATIONSHIPS, r -> r.set(r.size() - 1,
						r.get(r.size() - 1).replaceFirst("\"type\":\"[A-Z_]+\"", "\"type\":\"OWNS\""))).toString(), "--replace");
		bad("restore two nodes with one id", 1, "a second Person with id", "restore", editedBackup(backup, "twice", NODES,
				n -> n.add("{\"k\":" + n.size() + ",\"labels\":[\"Person\"],\"properties\":{\"id\":\"liu-he\"}}")).toString(),
				"--replace");
		bad("restore a list property of two types", 1, "a list property holds values of one type", "restore",
				editedBackup(backup, "mixed-list", NODES, n -> n.add("{\"k\":" + n.size()
						+ ",\"labels\":[\"Topic\"],\"properties\":{\"id\":\"mixed\",\"aliases\":[\"a\",1]}}")).toString(),
				"--replace");

		// who may reach the database and what a query may do: read-only means no administration either
		bad("terminate every transaction", 1, "terminates transactions", "cypher", "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t YIELD message RETURN message");
		bad("terminate one transaction", 1, "read-only", "cypher", "TERMINATE TRANSACTION 'neo4j-transaction-1'");
		bad("terminate in lower case", 1, "read-only", "cypher", "terminate transactions 'neo4j-transaction-1'");
		bad("terminate behind EXPLAIN", 1, "terminates transactions", "cypher", "EXPLAIN TERMINATE TRANSACTION 'neo4j-transaction-1'");
		bad("list other people's transactions", 1, "ShowTransactions", "cypher", "SHOW TRANSACTIONS");
		bad("list settings", 1, "ShowSettings", "cypher", "SHOW SETTINGS");
		bad("list procedures", 1, "read-only", "cypher", "SHOW PROCEDURES");
		bad("list users", 1, "read-only", "cypher", "SHOW USERS");
		bad("create a user", 1, "read-only", "cypher", "CREATE USER backdoor SET PASSWORD 'Backdoor-pass-1' CHANGE NOT REQUIRED");
		bad("change the password", 1, "read-only", "cypher", "ALTER USER neo4j SET PASSWORD 'Attacker-pass-1'");
		bad("change the current password", 1, "read-only", "cypher", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'Attacker-pass-1'");
		bad("suspend the owner", 1, "read-only", "cypher", "ALTER USER neo4j SET STATUS SUSPENDED");
		bad("drop the owner", 1, "read-only", "cypher", "DROP USER neo4j");
		bad("create a database", 1, "CREATE DATABASE", "cypher", "CREATE DATABASE stolen");
		bad("drop the database", 1, "DROP DATABASE", "cypher", "DROP DATABASE neo4j");
		bad("stop the database", 1, "STOP DATABASE", "cypher", "STOP DATABASE neo4j");
		bad("list the configuration", 1, "read-only", "cypher", "CALL dbms.listConfig()");
		bad("list connections", 1, "read-only", "cypher", "CALL dbms.listConnections()");
		bad("kill connections", 1, "read-only", "cypher", "CALL dbms.killConnections(['bolt-1'])");
		bad("clear query caches", 1, "db.clearQueryCaches", "cypher", "CALL db.clearQueryCaches()");
		bad("replan everything", 1, "db.prepareForReplanning", "cypher", "CALL db.prepareForReplanning()");
		bad("clear statistics", 1, "db.stats.clear", "cypher", "CALL db.stats.clear('QUERIES')");
		bad("collect query statistics", 1, "db.stats.collect", "cypher", "CALL db.stats.collect('QUERIES')");
		bad("resample indexes", 1, "db.resampleOutdatedIndexes", "cypher", "CALL db.resampleOutdatedIndexes()");
		bad("procedure in a subquery", 1, "db.clearQueryCaches", "cypher", "MATCH (p:Person) CALL db.clearQueryCaches() RETURN count(p)");
		bad("set transaction metadata", 1, "read-only", "cypher", "CALL tx.setMetaData({who: 'attacker'})");
		bad("upgrade the system", 1, "read-only", "cypher", "CALL dbms.upgrade()");
		bad("LOAD CSV of a system file", 1, "LOAD CSV", "cypher", "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r");
		bad("LOAD CSV behind PROFILE", 1, "LOAD CSV", "cypher", "PROFILE LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r");
		bad("LOAD CSV in a subquery", 1, "LOAD CSV", "cypher", "CALL () { LOAD CSV FROM 'file:///etc/hosts' AS r RETURN r } RETURN count(*)");
		bad("LOAD CSV sending data out", 1, "LOAD CSV", "cypher", "MATCH (p:Person) LOAD CSV FROM 'http://127.0.0.1:9/?leak=' + p.name AS r RETURN r");
		bad("LOAD CSV outside the import directory with --write", 1, "import directory", "cypher", "--write", "LOAD CSV FROM 'file:///../../../../etc/passwd' AS r RETURN r");
		bad("LOAD CSV of an absolute path with --write", 1, "import directory", "cypher", "--write", "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r");
		bad("LOAD CSV from the web with --write", 1, "import directory", "cypher", "--write", "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS r RETURN r");
		bad("plant a user with --write", 1, "PARLEY_BOLT_ADMIN", "cypher", "--write", "CREATE USER backdoor SET PASSWORD 'Backdoor-pass-1' CHANGE NOT REQUIRED");
		bad("change the password with --write", 1, "PARLEY_BOLT_ADMIN", "cypher", "--write", "ALTER USER neo4j SET PASSWORD 'Attacker-pass-1' CHANGE NOT REQUIRED");
		bad("drop the owner with --write", 1, "PARLEY_BOLT_ADMIN", "cypher", "--write", "DROP USER neo4j");
		Path adminReports = Files.createDirectories(files.resolve("admin-reports"));
		Files.writeString(adminReports.resolve("end-all.cypher"), "// title: End everyone's work\nSHOW TRANSACTIONS YIELD transactionId AS t\nTERMINATE TRANSACTIONS t YIELD message\nRETURN message\n");
		Files.writeString(adminReports.resolve("read-file.cypher"), "// title: Read a file\nLOAD CSV FROM 'file:///etc/passwd' AS r\nRETURN r\n");
		Files.writeString(adminReports.resolve("listen.cypher"), "// title: Who runs what\nCALL dbms.listConnections()\n");
		bad("report that terminates transactions", 1, "end-all.cypher: the query terminates transactions", "report", "run", "end-all", "--reports", adminReports.toString());
		bad("report that reads a file", 1, "read-file.cypher: the query reads a file", "report", "run", "read-file", "--reports", adminReports.toString());
		bad("report that lists connections", 1, "read-only", "report", "run", "listen", "--reports", adminReports.toString());

		// process and store lifecycle: homes Parley cannot use are named at once, before Neo4j starts
		Path notADirectory = Files.writeString(files.resolve("home-is-a-file"), "x");
		Path cutOff = Files.createDirectories(files.resolve("cut-home/data/data/databases/neo4j"));
		Files.write(cutOff.resolve("neostore.nodestore.db"), new byte[100]);
		Path cutSystem = Files.createDirectories(files.resolve("cut-system-home/data/data/databases/system"));
		Files.write(cutSystem.resolve("neostore"), new byte[8191]);
		for (String home : List.of("cut-home", "cut-home/data", "cut-system-home", "cut-system-home/data")) {
			// owner-only already, or the first case would also say that Parley made it so
			Files.setPosixFilePermissions(files.resolve(home), java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
		}
		lifecycle("home under a regular file", "is not a directory", files.resolve("home-is-a-file/home"), "status");
		// a home that is a file is a setting that cannot work, refused before anything starts (exit 2)
		cases.add(new Case("home is a regular file", 2, "invalid setting parley.home (PARLEY_HOME)",
				List.of("--parley.home=" + notADirectory, "--parley.bolt-port=0"), List.of("who", "treasury")));
		lifecycle("cut-off node store, status", "neostore.nodestore.db is cut off", files.resolve("cut-home"), "status");
		lifecycle("cut-off node store, question", "is damaged", files.resolve("cut-home"), "roles", "Mnuchin");
		lifecycle("cut-off node store, serve", "is damaged", files.resolve("cut-home"), "serve");
		lifecycle("cut-off node store, load", "restore <backup dir>", files.resolve("cut-home"), "seed", "load");
		lifecycle("cut-off system store", "neostore is cut off", files.resolve("cut-system-home"), "status");

		// files and output: no overwriting without --force, full devices, directories, files that are not UTF-8 text,
		// sizes generate cannot hold
		Path existing = Files.writeString(files.resolve("existing.csv"), "precious\n");
		bad("report over an existing file", 1, existing + " already exists; add --force", "report", "run", "labels",
				"--format", "csv", "--out", existing.toString());
		bad("question over an existing file", 1, "add --force", "who", "Treasury Secretary", "--out", existing.toString());
		bad("profile over an existing file", 1, "add --force", "person", "Liu He", "--out", existing.toString());
		bad("timeline over an existing file", 1, "add --force", "timeline", "--out", existing.toString());
		bad("cypher over an existing file", 1, "add --force", "cypher", "RETURN 1 AS one", "--out", existing.toString());
		bad("cypher --write over an existing file writes nothing", 1, "add --force", "cypher",
				"CREATE (:Country {id: 'QQ', name: 'Written anyway'})", "--write", "--out", existing.toString());
		bad("cypher --write under a file writes nothing", 1, "is not a directory", "cypher",
				"CREATE (:Country {id: 'QQ', name: 'Written anyway'})", "--write", "--out", existing.resolve("x.csv").toString());
		bad("export over an existing file", 1, existing + " already exists; add --force", "export", "seed", "--out",
				existing.toString());
		bad("bench over an existing file", 1, "add --force", "bench", "--interactions", "100", "--out", existing.toString());
		bad("output into a directory", 1, "it is a directory", "hawks", "--out", files.toString(), "--force");
		bad("report to a full device", 1, "cannot write /dev/full: No space left on device", "report", "run", "labels",
				"--out", "/dev/full");
		bad("cypher to a full device", 1, "No space left on device", "cypher", "RETURN 1 AS one", "--format", "csv",
				"--out", "/dev/full");
		bad("export to a full device", 1, "cannot write /dev/full: No space left on device", "export", "seed", "--out",
				"/dev/full", "--force");
		Path mixed = Files.createDirectories(files.resolve("reports-not-utf8"));
		Files.writeString(mixed.resolve("fine.cypher"), "// title: Fine\nRETURN 1 AS one\n");
		Files.write(mixed.resolve("latin1.cypher"), "// title: Caf\u00e9\nRETURN 1\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		Files.write(mixed.resolve("binary.cypher"), new byte[] { 'R', 'E', 'T', 0, (byte) 0xFF, (byte) 0xFE, '\n' });
		bad("report that is Latin-1", 1, "latin1.cypher:1: not UTF-8 text (byte 13)", "report", "run", "latin1",
				"--reports", mixed.toString());
		bad("report that is binary", 1, "binary.cypher:1: not UTF-8 text (byte 3)", "report", "run", "binary",
				"--reports", mixed.toString());
		bad("show a report that is binary", 1, "binary.cypher:1: not UTF-8 text", "report", "show", "binary",
				"--reports", mixed.toString());
		Path latinSeed = Files.createDirectories(files.resolve("seed-latin1"));
		Files.writeString(latinSeed.resolve("00_ok.cypher"), "MERGE (c:Country {id: 'ZZ'}) SET c.name = 'Zedland';\n");
		Files.write(latinSeed.resolve("01_latin1.cypher"),
				"MERGE (c:Country {id: 'ZY'})\nSET c.name = 'C\u00f4te';\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		badWith(List.of("--parley.seed-dir=" + latinSeed), "seed script that is Latin-1", 1,
				"01_latin1.cypher:2: not UTF-8 text (byte 44)", "seed", "load");
		Path binarySeed = Files.createDirectories(files.resolve("seed-binary"));
		Files.write(binarySeed.resolve("00_binary.cypher"), new byte[] { 0x1F, (byte) 0x8B, 8, 0, 0, 0 });
		badWith(List.of("--parley.seed-dir=" + binarySeed), "seed script that is binary", 1,
				"00_binary.cypher:1: not UTF-8 text (byte 1)", "seed", "load");
		Path latinScript = files.resolve("latin1-commands.txt");
		Files.write(latinScript, "# commands\nwho \"Secr\u00e9taire\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		bad("command file that is Latin-1", 1, latinScript + ":2: not UTF-8 text (byte 20)", "--file", latinScript.toString());
		Path binaryScript = Files.write(files.resolve("binary-commands.bin"), new byte[] { 'P', 'K', 3, 4, 0, (byte) 0x88 });
		bad("command file that is binary", 1, binaryScript + ":1: not UTF-8 text (byte 4)", "--file", binaryScript.toString());
		bad("generate too many people", 2, "--people 2,147,483,647 is too many: at most 10,000,000", "generate",
				"--people", "2147483647", "--interactions", "2", "--out", files.resolve("huge").toString());
		bad("generate too many interactions", 2, "at most 50,000,000", "generate", "--interactions", "2000000000",
				"--out", files.resolve("huge").toString());
		bad("generate with no threads", 2, "for --threads: expected 1 to 64", "generate", "--interactions", "100", "--threads", "0");
		bad("generate with a million threads", 2, "for --threads: expected 1 to 64", "generate", "--interactions", "100",
				"--threads", "1000000");
		bad("generate negative people", 2, "at least 4 people", "generate", "--people", "-5", "--interactions", "100",
				"--out", files.resolve("negative").toString());
		Path generated = Files.createDirectories(files.resolve("generated-before"));
		Files.writeString(generated.resolve("people.csv"), "precious\n");
		bad("generate over network files", 1, "already holds people.csv; add --force", "generate", "--interactions", "100",
				"--out", generated.toString());
		bad("generate into a file", 1, "it is a file, not a directory", "generate", "--interactions", "100", "--out",
				existing.toString());
		// validation: blank and invisible names, one date rule, settings, parameter ranges, non-finite numbers
		String cited = "000_4f605919d46dec3e";
		bad("blank person name", 1, "a person's name cannot be blank", "add", "person", "   ", "--side", "US", "--source", cited);
		bad("no-break spaces as a person name", 1, "a person's name cannot be blank", "add", "person", "\u00A0\u3000",
				"--side", "US", "--source", cited);
		bad("punctuation as a post name", 1, "has no letter or digit", "add", "post", "...", "--org", "USTR", "--source", cited);
		bad("blank alias on a new person", 1, "an alias cannot be blank", "add", "person", "Jane Roe", "--side", "US",
				"--alias", " ", "--source", cited);
		bad("blank alias", 1, "an alias cannot be blank", "alias", "Liu He", "  ");
		bad("blank source title", 1, "a source's title cannot be blank", "add", "source", "--title", " ", "--outlet",
				"Xinhua", "--published", "2019-08-01");
		bad("blank event title", 1, "an event's title cannot be blank", "add", "event", "--channel", "phone-call", "--date",
				"2019-08-01", "--participants", "Mnuchin, Liu He", "--title", "  ", "--source", cited);
		bad("right-to-left mark in a person name", 1, "U+200F RIGHT-TO-LEFT MARK", "add", "person", "Bes\u200Fsent",
				"--side", "US", "--source", cited);
		bad("bidi override in an alias", 1, "U+202E RIGHT-TO-LEFT OVERRIDE", "alias", "Liu He", "\u202Eeh uiL");
		bad("zero-width space in a post name", 1, "U+200B ZERO WIDTH SPACE", "add", "post", "Vice\u200BMinister", "--org",
				"USTR", "--source", cited);
		bad("zero-width joiner in a source title", 1, "U+200D ZERO WIDTH JOINER", "add", "source", "--title",
				"Read\u200Dout", "--outlet", "Xinhua", "--published", "2019-08-01");
		bad("bidi isolate in an event title", 1, "U+2066 LEFT-TO-RIGHT ISOLATE", "add", "event", "--channel", "phone-call",
				"--date", "2019-08-01", "--participants", "Mnuchin, Liu He", "--title", "Call \u2066x", "--source", cited);
		bad("byte-order mark in --by", 1, "--by holds an invisible character, U+FEFF", "alias", "Liu He", "VP Liu",
				"--by", "\uFEFFalice");
		bad("Hangul filler as a new source", 1, "U+3164 HANGUL FILLER", "add", "person", "Jane Roe", "--side", "US",
				"--source", "Readout \u3164");
		bad("signed five-digit year in curation", 2, "+99999-01-01", "add", "source", "--title", "T", "--outlet", "Xinhua",
				"--published", "+99999-01-01");
		bad("negative year in curation", 2, "-2019-01-01", "appoint", "Mnuchin", "Treasury Secretary", "--from",
				"-2019-01-01", "--source", cited);
		bad("year zero ending a tenure", 2, "a year from 1000 to 9999", "end-tenure", "Mnuchin", "Treasury Secretary",
				"--on", "0000-01-01", "--source", cited);
		bad("year 999 for an event", 2, "a year from 1000 to 9999", "add", "event", "--channel", "phone-call", "--date",
				"0999-12-31", "--participants", "Mnuchin, Liu He", "--source", cited);
		bad("year zero for an assessment", 2, "0000-06-01", "assess", "Mnuchin", "--stance", "hawk", "--issue", "tariffs",
				"--from", "0000-06-01", "--source", cited);
		bad("year zero as of", 2, "a year from 1000 to 9999", "person", "Liu He", "--as-of", "0000-01-01");
		bad("signed year in a timeline", 2, "+99999-01-01", "timeline", "--from", "+99999-01-01");
		bad("year zero as a report date", 2, "a year from 1000 to 9999", "report", "run", "who", "--param", "at=0000-01-01");
		bad("year zero as a Cypher date", 2, "a year from 1000 to 9999", "cypher", "RETURN $d", "--param", "d:date=0000-01-01");
		bad("year zero in a Cypher datetime", 2, "0000-01-01T00:00Z", "cypher", "RETURN $d", "--param",
				"d:datetime=0000-01-01T00:00Z");
		bad("negative report limit", 2, "'limit' of report 'find': expected an integer from 1 to 100000", "report", "run",
				"find", "--param", "limit=-1");
		bad("zero report limit", 2, "expected an integer from 1 to 100000", "report", "run", "find", "--param", "limit=0");
		bad("report limit above its range", 2, "expected an integer from 1 to 100000", "report", "run", "find", "--param",
				"limit=100001");
		bad("negative label minimum", 2, "expected an integer of at least 0", "report", "run", "labels", "--param", "min=-5");
		bad("infinite float", 2, "expected a finite number", "cypher", "RETURN $x", "--param", "x=1e999");
		bad("negative infinite float", 2, "expected a finite number", "cypher", "RETURN $x", "--param", "x=-1e999");
		bad("NaN as a float", 2, "'NaN'", "cypher", "RETURN $x", "--param", "x:float=NaN");
		bad("infinite session parameter", 2, "expected a finite number", "param", "set", "x", "1e999");
		bad("malformed secret parameter", 2, "invalid value for secret parameter 'pin'", "param", "set", "pin", "abc",
				"--type", "integer", "--secret");
		bad("Infinity as a stance score", 2, "Infinity", "assess", "Mnuchin", "--stance", "Infinity", "--issue", "tariffs",
				"--from", "2025-01-01", "--source", cited);
		badWith(List.of("--parley.query-timeout=-5s"), "negative query timeout", 2,
				"invalid setting parley.query-timeout (PARLEY_QUERY_TIMEOUT): '-5s'", "status");
		badWith(List.of("--parley.query-timeout=0s"), "zero query timeout", 2, "a positive duration", "who", "treasury");
		badWith(List.of("--parley.bolt-port=70000"), "bolt port beyond 65535", 2,
				"invalid setting parley.bolt-port (PARLEY_BOLT_PORT): '70000'", "status");
		badWith(List.of("--parley.bolt-port=http"), "bolt port not a number", 2, "a port from 0 to 65535", "status");
		badWith(List.of("--parley.page-cache=lots"), "page cache not a size", 2,
				"invalid setting parley.page-cache (PARLEY_PAGE_CACHE): 'lots'", "status");
		badWith(List.of("--parley.retry-time=abc"), "retry time not a duration", 2,
				"invalid setting parley.retry-time (PARLEY_RETRY_TIME): 'abc'", "status");
		badWith(List.of("--parley.bolt-address=999.1.1.1"), "bolt address not an address", 2,
				"invalid setting parley.bolt-address (PARLEY_BOLT_ADDRESS): '999.1.1.1'", "status");
		badWith(List.of("--parley.auto-seed=maybe"), "auto-seed not a boolean", 2, "expected true or false", "status");
		badWith(List.of("--parley.seed-dir=/no/such/seed"), "seed directory that does not exist", 2,
				"invalid setting parley.seed-dir (PARLEY_SEED_DIR)", "seed", "load");
		// beyond the list: names of another kind, names that are ids, duplicate and oversized names, odd ids for
		// every question, option repetition, bounds of the scale commands, command files, procedures and comments
		String art = "000_4f605919d46dec3e";
		String tooLong = "A".repeat(300);
		bad("new person named like another's id", 1, "'steven-mnuchin' already names Steven Mnuchin (steven-mnuchin)",
				"add", "person", "steven-mnuchin", "--side", "US", "--source", art);
		bad("new person named like an existing person", 1, "'Liu He' already names Liu He (liu-he)", "add", "person",
				"Liu He", "--side", "CN", "--source", art);
		bad("new post named like another post's alias", 1, "'Treasury Secretary' already names Secretary of the Treasury",
				"add", "post", "Treasury Secretary", "--org", "us-treasury", "--source", art);
		bad("new person with a name too long to look up", 1, "a person name of 300 characters is too long", "add",
				"person", tooLong, "--side", "US", "--source", art);
		bad("new person with an alias too long to look up", 1, "a person alias of 300 characters is too long", "add",
				"person", "Jane Roe", "--side", "US", "--alias", tooLong, "--source", art);
		bad("alias too long to look up", 1, "a person alias of 300 characters is too long", "alias", "Liu He", tooLong);
		bad("new person with its side twice", 2, "'--side' is given twice", "add", "person", "Jane Roe", "--side", "US",
				"--side", "CN", "--source", art);
		bad("new person of an unknown side", 1, "no side named 'Atlantis'", "add", "person", "Jane Roe", "--side",
				"Atlantis", "--source", art);
		bad("new person with an empty alias", 1, "an alias cannot be blank", "add", "person", "Jane Roe", "--side", "US",
				"--alias", " ", "--source", art);
		bad("new post in an unknown organization", 1, "no organization named 'Nowhere Org'", "add", "post", "Chief",
				"--org", "Nowhere Org", "--source", art);
		bad("new post in a person", 1, "no organization named 'Steven Mnuchin'", "add", "post", "Chief", "--org",
				"Steven Mnuchin", "--source", art);
		bad("new source published on an impossible day", 2, "2019-02-30", "add", "source", "--title", "T", "--outlet",
				"Xinhua", "--published", "2019-02-30");
		bad("new source of an empty outlet", 1, "no organization given", "add", "source", "--title", "T", "--outlet",
				" ", "--published", "2019-01-01");
		bad("appoint a post to a post", 1, "no person named 'Treasury Secretary'", "appoint", "Treasury Secretary",
				"Treasury Secretary", "--from", "2025-01-01", "--source", art);
		bad("appoint citing two sources", 2, "'--source' is given twice", "appoint", "Steven Mnuchin", "Trade Rep",
				"--from", "2025-01-01", "--source", art, "--source", art);
		bad("end a tenure that is over", 1, "has no open tenure", "end-tenure", "Steven Mnuchin", "Treasury Secretary",
				"--on", "2020-01-01", "--source", art);
		bad("event of commas only", 2, "--participants needs at least one name", "add", "event", "--channel",
				"phone-call", "--date", "2025-01-01", "--participants", " , ,", "--source", art);
		bad("event with a topic as participant", 1, "no person or organization named 'tariffs'", "add", "event",
				"--channel", "phone-call", "--date", "2025-01-01", "--participants", "tariffs", "--source", art);
		bad("event at a person", 1, "no place named 'Steven Mnuchin'", "add", "event", "--channel", "phone-call",
				"--date", "2025-01-01", "--participants", "Liu He", "--place", "Steven Mnuchin", "--source", art);
		bad("event about a person", 1, "no topic named 'Steven Mnuchin'", "add", "event", "--channel", "phone-call",
				"--date", "2025-01-01", "--participants", "Liu He", "--topic", "Steven Mnuchin", "--source", art);
		bad("event of an unknown precision", 2, "week", "add", "event", "--channel", "phone-call", "--date",
				"2025-01-01", "--precision", "week", "--participants", "Liu He", "--source", art);
		bad("event of an unknown status", 2, "maybe", "add", "event", "--channel", "phone-call", "--date",
				"2025-01-01", "--status", "maybe", "--participants", "Liu He", "--source", art);
		bad("stance above hawk", 2, "1.5", "assess", "Liu He", "--stance", "1.5", "--issue", "tariffs", "--from",
				"2025-01-01", "--source", art);
		bad("stance not a number", 2, "NaN", "assess", "Liu He", "--stance", "NaN", "--issue", "tariffs", "--from",
				"2025-01-01", "--source", art);
		bad("stance by two assessors", 2, "'--by' is given twice", "assess", "Liu He", "--stance", "hawk", "--issue",
				"tariffs", "--from", "2025-01-01", "--source", art, "--by", "Xinhua", "--by", "Reuters");
		bad("stance on a person", 1, "no topic named 'Steven Mnuchin'", "assess", "Liu He", "--stance", "hawk",
				"--issue", "Steven Mnuchin", "--from", "2025-01-01", "--source", art);
		bad("alias for a post", 1, "no person named 'Treasury Secretary'", "alias", "Treasury Secretary", "Treasurer");
		bad("merge a post into a person", 1, "no person named 'Treasury Secretary'", "merge", "Steven Mnuchin",
				"Treasury Secretary");
		bad("retract a person", 1, "no event, tenure or stance with id 'steven-mnuchin'", "retract", "steven-mnuchin",
				"--reason", "test");
		bad("retract without a reason", 1, "give a reason", "retract", "call-mnuchin-liu-2018-11-09", "--reason", " ");
		bad("evidence of a post", 1, "no event, person, organization or place named 'us-treasury-secretary'",
				"evidence", "us-treasury-secretary");
		bad("evidence of a source", 1, "named '" + art + "'", "evidence", art);
		bad("delegation of a person", 1, "no event named 'steven-mnuchin'", "delegation", "steven-mnuchin");
		bad("delegation of a word in many titles", 1, "'round' is ambiguous", "delegation", "round");
		bad("path to a post", 1, "no person named 'Treasury Secretary'", "path", "Steven Mnuchin", "Treasury Secretary");
		bad("profile as csv", 2, "person prints a profile", "person", "Liu He", "--format", "csv");
		bad("hawks of a person's side", 1, "no side named 'steven-mnuchin'", "hawks", "--side", "steven-mnuchin");
		bad("hawks on a person", 1, "no topic named 'Steven Mnuchin'", "hawks", "--issue", "Steven Mnuchin");
		bad("counterparts of a post", 1, "no person named 'Treasury Secretary'", "counterparts", "Treasury Secretary");
		bad("timeline of two subjects", 2, "unexpected argument", "timeline", "Liu He", "tariffs");
		bad("timeline with another command's option", 2, "unknown option '--by' for 'timeline'", "timeline", "--by", "month");
		bad("channels --and without --between", 2, "--and needs --between", "channels", "--and", "Liu He");
		bad("channels between a topic", 1, "no person named 'tariffs'", "channels", "--between", "tariffs");
		bad("report name that is a path", 1, "no report named '../../etc/passwd'", "report", "show", "../../etc/passwd");
		bad("reports directory that is a file", 1, "is not a directory", "report", "list", "--reports",
				SEED_DIR.resolve("00_reference.cypher").toAbsolutePath().toString());
		bad("report format twice", 2, "'--format' is given twice", "report", "run", "labels", "--format", "csv",
				"--format", "json");
		bad("session list with one bracket", 2, "both brackets or none", "param", "set", "ids", "[a, b", "--type", "list");
		bad("session list of lists", 2, "list<list<integer>>", "param", "set", "ids", "1", "--type", "list<list<integer>>");
		bad("session name in backticks", 2, "'`x`' is not a parameter name", "param", "set", "`x`", "1");
		bad("query of comments only", 2, "the query is empty (only comments)", "cypher", "// MATCH (n) DETACH DELETE n");
		bad("unknown procedure", 1, "no procedure with the name `apoc.help`", "cypher", "CALL apoc.help('x')");
		bad("write procedure without --write", 1, "read-only", "cypher", "CALL db.createLabel('Evil')");
		bad("profile of a write", 1, "read-only", "cypher", "PROFILE MATCH (n) DETACH DELETE n");
		bad("writes in transactions without --write", 1, "read-only", "cypher", "CALL { CREATE (:Evil) } IN TRANSACTIONS");
		bad("administration command", 1, "CREATE DATABASE", "cypher", "CREATE DATABASE evil");
		bad("full-text query that does not parse", 1, "Failed to invoke procedure", "cypher",
				"CALL db.index.fulltext.queryNodes('parley_names', 'x~~((') YIELD node RETURN node");
		bad("query with --write twice", 2, "'--write' is given twice", "cypher", "RETURN 1", "--write", "--write");
		bad("generate on no threads", 2, "invalid value '0' for --threads", "generate", "--threads", "0");
		bad("load on too many threads", 2, "expected 1 to 64", "load", SEED_DIR.toAbsolutePath().toString(),
				"--threads", "100000");
		bad("load in batches of nothing", 2, "invalid value '0' for --batch", "load", SEED_DIR.toAbsolutePath().toString(),
				"--batch", "0");
		bad("load a file", 2, "load needs a directory", "load", SEED_DIR.resolve("00_reference.cypher").toAbsolutePath().toString());
		bad("load by an unknown path", 2, "--via must be loader or load-csv", "load", SEED_DIR.toAbsolutePath().toString(),
				"--via", "magic");
		bad("unload without --yes", 2, "add --yes", "unload");
		bad("unload --yes twice", 2, "'--yes' is given twice", "unload", "--yes", "--yes");
		bad("bench of an impossible size", 2, "invalid size", "bench", "--interactions", "1");
		bad("seed load with an argument", 2, "unexpected argument 'extra'", "seed", "load", "extra");
		Path seedId = network("net-seed-id", "people.csv", lines -> lines.set(lines.size() - 1,
				lines.get(lines.size() - 1).replaceFirst("^[^,]+,", "steven-mnuchin,")));
		String seedIdLine = "people.csv:" + Files.readAllLines(seedId.resolve("people.csv")).size()
				+ ": id 'steven-mnuchin' is already a Person in the graph";
		bad("bulk load of a seed id", 1, seedIdLine, "load", seedId.toString());
		bad("LOAD CSV of a seed id", 1, seedIdLine, "load", seedId.toString(), "--via", "load-csv");
		Path hostileReports = Files.createDirectories(files.resolve("hostile-reports"));
		Files.writeString(hostileReports.resolve("labels.cypher"), "// title: Nodes per label\nMATCH (n) DETACH DELETE n\n");
		Files.writeString(hostileReports.resolve("undeclared.cypher"), "// title: Undeclared\nRETURN $secret AS s\n");
		bad("saved report that writes, in place of a packaged one", 1, "reports are read-only", "report", "run", "labels",
				"--reports", hostileReports.toString());
		bad("saved report with an undeclared parameter", 1, "does not declare", "report", "run", "undeclared",
				"--reports", hostileReports.toString());
		Path nested = Files.writeString(files.resolve("nested.txt"), "# a script that runs a script\n--file nested.txt\n");
		bad("command file naming --file", 2, "nested.txt:2: unknown command '--file", "--file", nested.toString());
		Path hugeLine = Files.writeString(files.resolve("huge-line.txt"), "roles " + "x".repeat(200_000) + "\n");
		bad("command file with a huge line", 1, "huge-line.txt:1: a person name of 200000 characters is too long",
				"--file", hugeLine.toString());
		bad("command file that is a directory", 1, "cannot read", "--file", files.toString());
		bad("command file and a command", 2, "usage: parley --file FILE", "--file", nested.toString(), "status");
		// channels between sides (issue 17)
		bad("one side only", 2, "at least two different sides", "channels", "--sides", "US");
		bad("the same side twice", 2, "at least two different sides", "channels", "--sides", "US,United States");
		bad("an empty side", 2, "--sides", "channels", "--sides", "US,,CN");
		bad("an unknown side", 1, "Atlantis", "channels", "--sides", "US,Atlantis");

		// saved reports
		bad("unknown report", 1, "no report named 'no-such-report'", "report", "run", "no-such-report");
		bad("report date not a date", 2, "notadate", "report", "run", "who", "--param", "at=notadate");
		bad("report integer not a number", 2, "lots", "report", "run", "labels", "--param", "min=lots");
		bad("report integer overflow", 2, "99999999999999999999", "report", "run", "find", "--param", "limit=99999999999999999999");
		bad("report unknown parameter", 2, "nosuch", "report", "run", "labels", "--param", "nosuch=1");
		bad("report parameter without value", 2, "at", "report", "run", "holders", "--param", "at");
		bad("report choice not allowed", 2, "fortnight", "report", "run", "channels", "--param", "by=fortnight`) DETACH DELETE n //");
		Path reports = Files.createDirectories(files.resolve("reports"));
		Files.writeString(reports.resolve("broken-type.cypher"), "// title: Broken\n// param: when moment = now\nRETURN $when\n");
		Files.writeString(reports.resolve("broken-query.cypher"), "// title: Broken query\n\nMATCH (n RETURN n\n");
		bad("report header with an unknown type", 1, "broken-type.cypher:2", "report", "run", "broken-type", "--reports", reports.toString());
		bad("report query that does not parse", 1, "broken-query.cypher:3", "report", "run", "broken-query", "--reports", reports.toString());

		// output
		bad("unknown format", 2, "xml", "hawks", "--format", "xml");
		bad("unknown period", 2, "fortnight", "channels", "--by", "fortnight");
		// a missing directory is created (as by every --out); a path through a file cannot be
		Path outputFile = Files.writeString(files.resolve("output-file"), "x");
		bad("output under a file", 1, outputFile.toString(), "who", "Treasury Secretary", "--out",
				outputFile.resolve("out.csv").toString());

		// seed scripts
		Path brokenSeed = Files.createDirectories(files.resolve("seed-syntax"));
		Files.writeString(brokenSeed.resolve("00_ok.cypher"), "MERGE (c:Country {id: 'ZZ'}) SET c.name = 'Zedland';\n");
		Files.writeString(brokenSeed.resolve("01_broken.cypher"), "MERGE (c:Country {id: 'ZY'});\n\nMERGE (c:Country {id: 'ZX', name: 'unterminated});\n");
		badWith(List.of("--parley.seed-dir=" + brokenSeed), "seed script that does not split", 1, "01_broken.cypher:3", "seed", "load");
		Path failingSeed = Files.createDirectories(files.resolve("seed-runtime"));
		Files.writeString(failingSeed.resolve("00_ok.cypher"), "MERGE (c:Country {id: 'ZZ'}) SET c.name = 'Zedland';\n");
		Files.writeString(failingSeed.resolve("01_fails.cypher"), "MERGE (c:Country {id: 'ZY'});\nMERGE (c:Country {id: 'ZW'}) SET c.rank = 1 / 0;\n");
		badWith(List.of("--parley.seed-dir=" + failingSeed), "seed script failing at run time", 1, "01_fails.cypher:2", "seed", "load");
		Path duplicateSeed = Files.createDirectories(files.resolve("seed-duplicate"));
		Files.writeString(duplicateSeed.resolve("00_dup.cypher"), "CREATE (:Person {id: 'steven-mnuchin', name: 'Another'});\n");
		badWith(List.of("--parley.seed-dir=" + duplicateSeed), "seed script breaking a uniqueness rule", 1, "00_dup.cypher:1", "seed", "load");
		// bulk loads: a malformed file anywhere fails the load before anything is written
		Path badScore = network("net-bad-score", "stances.csv", lines -> {
			String[] fields = lines.get(lines.size() - 1).split(",");
			fields[3] = "very hawkish";
			lines.set(lines.size() - 1, String.join(",", fields));
		});
		String badLine = "stances.csv:" + Files.readAllLines(badScore.resolve("stances.csv")).size()
				+ ": column score: 'very hawkish' is not a float";
		bad("bulk load with a bad number in its last file", 1, badLine, "load", badScore.toString());
		bad("LOAD CSV with a bad number in its last file", 1, badLine, "load", badScore.toString(), "--via", "load-csv");
		Path badDate = network("net-bad-date", "events.csv",
				lines -> lines.set(2, lines.get(2).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2019-02-30,")));
		bad("bulk load with an impossible date", 1, "events.csv:3: column date: '2019-02-30' is not a date", "load", badDate.toString());
		Path noColumn = network("net-no-column", "people.csv", lines -> lines.set(0, lines.get(0).replace("side", "country")));
		bad("bulk load with a missing column", 1, "people.csv:1: no column 'side' in the header", "load", noColumn.toString());
		Path missingFile = network("net-missing-file", "topics.csv", List::clear);
		Files.delete(missingFile.resolve("topics.csv"));
		bad("bulk load without one of its files", 1, "topics.csv", "load", missingFile.toString());

		bad("missing command file", 1, "does not exist", "--file", files.resolve("no-such-script.txt").toString());

		// curation: every write needs valid names, dates, vocabularies and a source, or writes nothing
		String article = "000_4f605919d46dec3e";
		bad("tenure ending before it starts", 1, "a tenure cannot end before it starts", "appoint", "Mnuchin",
				"Treasury Secretary", "--from", "2025-01-01", "--to", "2024-01-01", "--source", article);
		bad("appoint an unknown person", 1, "no person named 'Mnuchn'", "appoint", "Mnuchn", "Treasury Secretary",
				"--from", "2025-01-01", "--source", article);
		bad("assess an ambiguous person", 1, "'Li' is ambiguous", "assess", "Li", "--stance", "hawk", "--issue",
				"tariffs", "--from", "2025-01-01", "--source", article, "--by", "Reuters");
		bad("write without a source", 2, "missing option '--source'", "add", "person", "Jane Roe", "--side", "US");
		bad("unknown source id", 1, "no source with id 'no-such-source'", "add", "person", "Jane Roe", "--side", "US",
				"--source", "no-such-source");
		bad("unknown channel", 2, "telegram", "add", "event", "--channel", "telegram", "--date", "2025-01-01",
				"--participants", "Mnuchin, Liu He", "--source", article);
		bad("injection in participants", 1, "no person or organization named", "add", "event", "--channel",
				"phone-call", "--date", "2025-01-01", "--participants", "Mnuchin, x') DETACH DELETE n //", "--source", article);
		bad("stance out of range", 2, "hawkish", "assess", "Mnuchin", "--stance", "hawkish", "--issue", "tariffs",
				"--from", "2025-01-01", "--source", article);
		bad("duplicate alias", 1, "duplicate alias", "alias", "Wilbur Ross", "Wibur Ross");
		bad("merge a person into itself", 1, "into itself", "merge", "Liu He", "Liu He");
		bad("retract an unknown fact", 1, "no event, tenure or stance with id", "retract", "x' OR 1=1 //", "--reason", "test");
		Path plainFile = Files.writeString(files.resolve("plain-file"), "not a directory\n");
		bad("export under a file", 1, plainFile.toString(), "export", "seed", "--out", plainFile.resolve("curated.cypher").toString());

		// usage
		bad("missing argument", 2, "POST", "who");
		bad("missing option value", 2, "--at", "who", "treasury", "--at");
		bad("unknown option", 2, "--bogus", "who", "treasury", "--bogus");
		bad("repeated option", 2, "--at", "who", "treasury", "--at", "2019-07-30", "--at", "2019-07-31");
		bad("one person for path", 2, "PERSON", "path", "Mnuchin");
		bad("reset without --yes", 2, "--yes", "seed", "reset");
		bad("restore without a directory", 2, "DIR", "restore");
		bad("backup without --out", 2, "--out", "backup");
		bad("unknown command", 2, "unknown command 'stauts'", "stauts");
		bad("backup over a file", 1, "will not overwrite", "backup", "--out", SEED_DIR.toAbsolutePath().toString());

		assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
		assertThat(cases.stream().map(Case::name).distinct().count()).isEqualTo(cases.size());
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
	}

	/** A small generated network in a new directory, one of its files edited line by line. */
	private static Path network(String name, String file, java.util.function.Consumer<List<String>> edit) throws IOException {
		Path dir = files.resolve(name);
		SyntheticNetwork.write(60, 400, 2, 1, dir);
		List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
		edit.accept(lines);
		Files.write(dir.resolve(file), lines);
		return dir;
	}

	private static final String NODES = "nodes.jsonl.gz";

	private static final String RELATIONSHIPS = "relationships.jsonl.gz";

	private static int lines(Path backup, String file) throws IOException {
		try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(backup.resolve(file)))) {
			return (int) new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().count();
		}
	}

	/**
	 * A copy of {@code backup} with one data file edited line by line, its checksum and counts recomputed as a careful
	 * hand edit would: only the restore's own checks of the records can stop it.
	 */
	private static Path editedBackup(Path backup, String name, String file, java.util.function.Consumer<List<String>> edit)
			throws IOException {
		Path dir = Files.createDirectories(files.resolve("backup-" + name));
		try (var list = Files.list(backup)) {
			for (Path f : list.toList()) {
				Files.copy(f, dir.resolve(f.getFileName()));
			}
		}
		List<String> lines;
		try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve(file)))) {
			lines = new ArrayList<>(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
		}
		int before = lines.size();
		edit.accept(lines);
		try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve(file)))) {
			out.write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		String sha;
		try {
			sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(Files.readAllBytes(dir.resolve(file))));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		String count = file.equals(NODES) ? "nodes" : "relationships";
		String manifest = Files.readString(dir.resolve("manifest.json"))
			.replaceAll("(\"" + java.util.regex.Pattern.quote(file) + "\" : \")[0-9a-f]+", "$1" + sha);
		var m = java.util.regex.Pattern.compile("\"" + count + "\" : (\\d+)").matcher(manifest);
		assertThat(m.find()).as("manifest count of " + count).isTrue();
		manifest = manifest.substring(0, m.start(1)) + (Long.parseLong(m.group(1)) + lines.size() - before)
				+ manifest.substring(m.end(1));
		Files.writeString(dir.resolve("manifest.json"), manifest);
		return dir;
	}

	private static void check(Case c) {
		var before = counts();
		var result = Cli.run(c.settings(), c.command().toArray(String[]::new));
		assertThat(result.code()).as("exit code of %s\n%s", c, result).isEqualTo(c.exit());
		assertThat(result.out()).as("stdout of %s", c).isEmpty();
		var lines = result.err().lines().toList();
		assertThat(lines).as("stderr of %s", c).isNotEmpty();
		assertThat(lines.get(0)).as("error of %s", c).contains(c.message());
		assertThat(lines.size()).as("one line (and a usage line) for %s:\n%s", c, result.err()).isLessThanOrEqualTo(c.exit() == 2 ? 2 : 1);
		if (lines.size() == 2) {
			assertThat(lines.get(1)).startsWith("usage: ");
		}
		assertThat(result.err()).as("no stack trace for %s", c).doesNotContain("\tat ").doesNotContain("Exception");
		assertThat(counts()).as("graph unchanged by %s", c).isEqualTo(before);
	}

	private static Map<String, Object> counts() {
		return query("""
				MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS nodeProperties
				MATCH ()-[r]->() RETURN nodes, nodeProperties, count(r) AS relationships, sum(size(keys(r))) AS relProperties
				""").get(0);
	}
}
