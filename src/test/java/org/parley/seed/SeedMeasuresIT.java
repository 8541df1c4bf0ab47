package org.parley.seed;

import java.time.LocalDate;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's measures (tariffs, controls, truces, threats): kind, status, goods value, rates, dates, who imposed them
 * and whom they target ({@code checklist/measures.csv}), and how measures and events answer each other.
 */
class SeedMeasuresIT extends SeedChecklist {

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = FIXTURES + "measures.csv", numLinesToSkip = 1)
	void measuresWithValuesRatesDatesImposersAndTargets(String id, String kind, String status, Long goodsValueUsd,
			Long rateFrom, Long rateTo, String effective, String expires, String imposedBy, String targets) {
		var measures = byId("""
				MATCH (m:Measure {id: $id})
				RETURN m.id AS id, m.kind AS kind, m.status AS status, m.goodsValueUsd AS goods, m.rateFrom AS rateFrom,
				       m.rateTo AS rateTo, m.effective AS effective, m.expires AS expires, m.title AS title,
				       m.summary AS summary,
				       [(x)-[:IMPOSED]->(m) | x.id] AS imposedBy, [(m)-[:TARGETS]->(c:Country) | c.id] AS targets,
				       [(m)-[:ABOUT]->(t:Topic) | t.id] AS topics""", Map.of("id", id));
		var m = measures.get(id);
		assertThat(m).as("measure %s", id).isNotNull();
		var soft = new SoftAssertions();
		soft.assertThat(m.get("kind")).as("kind of %s", id).isEqualTo(kind);
		soft.assertThat(m.get("status")).as("status of %s", id).isEqualTo(status);
		soft.assertThat(m.get("goods")).as("goods value of %s", id).isEqualTo(goodsValueUsd);
		soft.assertThat(m.get("rateFrom")).as("rateFrom of %s", id).isEqualTo(rateFrom);
		soft.assertThat(m.get("rateTo")).as("rateTo of %s", id).isEqualTo(rateTo);
		soft.assertThat(m.get("effective")).as("effective of %s", id)
			.isEqualTo(effective == null ? null : LocalDate.parse(effective));
		soft.assertThat(m.get("expires")).as("expires of %s", id)
			.isEqualTo(expires == null ? null : LocalDate.parse(expires));
		soft.assertThat(list(m.get("imposedBy"))).as("imposers of %s", id).containsExactlyInAnyOrderElementsOf(items(imposedBy));
		soft.assertThat(list(m.get("targets"))).as("targets of %s", id).containsExactlyInAnyOrderElementsOf(items(targets));
		soft.assertThat(list(m.get("topics"))).as("topics of %s", id).isNotEmpty();
		soft.assertThat((String) m.get("summary")).as("summary of %s", id).isNotBlank();
		soft.assertAll();
	}

	@Test
	void measuresRespondToMeasuresAndEventsAnnounceThem() {
		var soft = new SoftAssertions();
		soft.assertThat(query("MATCH (m:Measure)-[:RESPONDS_TO]->(p:Measure) RETURN m.id + '>' + p.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("cn-retaliatory-tariffs-110bn-2018>us-tariffs-250bn-2018",
					"cn-retaliation-75bn-2019>us-tariffs-over-500bn-2019",
					"cn-countermeasures-threat-2019-09>us-tariffs-over-500bn-2019",
					"us-100pct-tariff-threat-2025>cn-rare-earth-controls-2025");
		soft.assertThat(query("MATCH (e:Event)-[:ANNOUNCED]->(m:Measure) RETURN e.id + '>' + m.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("meeting-trump-xi-osaka-2019>truce-osaka-2019",
					"meeting-trump-xi-buenos-aires-2018>truce-buenos-aires-2018",
					"threat-trump-100pct-tariffs-2025-10>us-100pct-tariff-threat-2025",
					"announcement-cn-rare-earth-controls-2025-10>cn-rare-earth-controls-2025");
		soft.assertThat(query("MATCH (e:Event)-[:IN_RESPONSE_TO]->(x) RETURN e.id + '>' + x.id AS link"))
			.extracting(r -> r.get("link"))
			.contains("threat-trump-cancel-xi-meeting-2025-10>cn-rare-earth-controls-2025",
					"resistance-cn-concrete-offer-2018-11>demand-us-concrete-offer-2018-11",
					"stop-deal-2018-05>cn-purchase-deal-2018");
		soft.assertAll();
	}
}
