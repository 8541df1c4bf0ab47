package org.parley.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.load.Table;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkGeneratorTests {

	@TempDir
	static Path tmp;

	static Path network;

	@BeforeAll
	static void generate() {
		network = tmp.resolve("a");
		SyntheticNetwork.write(300, 5_000, 3, 42, network);
	}

	@Test
	void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
		SyntheticNetwork.write(300, 5_000, 3, 42, tmp.resolve("b"));
		SyntheticNetwork.write(300, 5_000, 3, 43, tmp.resolve("c"));
		assertThat(hash(tmp.resolve("b"))).isEqualTo(hash(network));
		assertThat(hash(tmp.resolve("c"))).isNotEqualTo(hash(network));
	}

	@Test
	void exactlyTheRequestedPeopleAndInteractions() throws IOException {
		assertThat(rows(Table.PEOPLE)).hasSize(300);
		assertThat(rows(Table.PARTICIPATIONS)).hasSize(5_000);
		assertThat(rows(Table.COUNTRIES)).hasSize(3);
		assertThat(rows(Table.PEOPLE)).allSatisfy(r -> assertThat(r.get("id")).startsWith("syn-"));
	}

	@Test
	void everyEventHasAtLeastTwoParticipantsFromTwoSides() throws IOException {
		Map<String, Set<String>> people = new HashMap<>();
		Map<String, Set<String>> sides = new HashMap<>();
		String previous = "";
		for (CSVRecord r : rows(Table.PARTICIPATIONS)) {
			assertThat(r.get("person").compareTo(previous) >= 0 || r.get("person").length() > previous.length())
				.as("sorted by person").isTrue();
			previous = r.get("person");
			people.computeIfAbsent(r.get("event"), e -> new HashSet<>()).add(r.get("person"));
			sides.computeIfAbsent(r.get("event"), e -> new HashSet<>()).add(r.get("side"));
		}
		assertThat(people).hasSize(rows(Table.EVENTS).size());
		assertThat(people.values()).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(2));
		assertThat(sides.values()).allSatisfy(s -> assertThat(s).hasSize(2));
		assertThat(people.values().stream().filter(p -> p.size() >= 4).count()).as("delegations").isGreaterThan(100);
	}

	@Test
	void tenuresOfAPostFollowEachOtherWithoutOverlap() throws IOException {
		Map<String, List<CSVRecord>> byPost = new HashMap<>();
		rows(Table.TENURES).forEach(r -> byPost.computeIfAbsent(r.get("post"), p -> new ArrayList<>()).add(r));
		assertThat(byPost).hasSize(rows(Table.POSTS).size());
		assertThat(byPost.values()).allSatisfy(list -> {
			assertThat(list).hasSizeGreaterThanOrEqualTo(1);
			for (int i = 1; i < list.size(); i++) {
				LocalDate end = LocalDate.parse(list.get(i - 1).get("end"));
				assertThat(LocalDate.parse(list.get(i).get("start"))).isAfter(end);
			}
			assertThat(list.get(list.size() - 1).get("end")).isIn("", "2025-12-31");
		});
		assertThat(byPost.values().stream().filter(l -> l.size() >= 3).count()).as("turnover").isGreaterThan(10);
	}

	@Test
	void channelMixShiftsFromRoundsToVideoCalls() throws IOException {
		Map<String, Integer> early = new HashMap<>();
		Map<String, Integer> pandemic = new HashMap<>();
		for (CSVRecord r : rows(Table.EVENTS)) {
			int year = Integer.parseInt(r.get("date").substring(0, 4));
			if (year <= 2016) {
				early.merge(r.get("channel"), 1, Integer::sum);
			}
			else if (year >= 2020 && year <= 2022) {
				pandemic.merge(r.get("channel"), 1, Integer::sum);
			}
		}
		assertThat(pandemic.getOrDefault("video-call", 0)).isGreaterThan(5 * early.getOrDefault("video-call", 1));
		assertThat(early.getOrDefault("in-person-round", 0)).isGreaterThan(3 * pandemic.getOrDefault("in-person-round", 0));
	}

	@Test
	void everyFactHasEvidenceFromAKnownSource() throws IOException {
		Set<String> sources = ids(Table.SOURCES, "id");
		Set<String> evidence = ids(Table.EVIDENCE, "id");
		assertThat(rows(Table.EVIDENCE)).allSatisfy(r -> assertThat(sources).contains(r.get("source")));
		assertThat(rows(Table.EVENTS)).allSatisfy(r -> assertThat(evidence).contains(r.get("evidence")));
		assertThat(rows(Table.STANCES)).isNotEmpty()
			.allSatisfy(r -> assertThat(evidence).contains(r.get("evidence")));
		assertThat(rows(Table.TENURES)).allSatisfy(r -> assertThat(sources).contains(r.get("source")));
		Set<String> channels = Set.of("phone-call", "video-call", "in-person-round", "banquet", "visit", "summit-meeting",
				"public-statement", "social-media-post", "media-interview", "speech", "official-readout");
		assertThat(ids(Table.EVENTS, "channel")).isSubsetOf(channels);
		assertThat(ids(Table.EVENTS, "status")).isSubsetOf("happened", "planned", "expected", "threatened", "cancelled");
	}

	private static Set<String> ids(Table table, String column) throws IOException {
		Set<String> ids = new HashSet<>();
		rows(table).forEach(r -> ids.add(r.get(column)));
		return ids;
	}

	private static List<CSVRecord> rows(Table table) throws IOException {
		try (Reader reader = Files.newBufferedReader(network.resolve(table.file()), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String hash(Path dir) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (Table table : Table.values()) {
			digest.update(Files.readAllBytes(dir.resolve(table.file())));
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
