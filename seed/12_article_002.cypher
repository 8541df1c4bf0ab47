// 12_article_002.cypher: facts from 002_49812e43c2240187 (published Thu 5 Sep 2019).
// Liu He's call with Lighthizer and Mnuchin; the 13th round planned for early October in Washington;
// the 12th round in Shanghai (banquet on 30 July); the Argentina and Osaka consensus; tariffs,
// retaliation, goodwill purchases and fentanyl scheduling.

// Events
UNWIND [
  {id: 'call-liu-lighthizer-mnuchin-2019-09-05', title: 'Liu He phone call with Lighthizer and Mnuchin', cameo: '041', channel: 'phone-call',
   date: date('2019-09-05'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"on Thursday morning Beijing time" in 002, published Thu 5 Sep 2019.', status: 'happened',
   summary: 'The call restarted bilateral talks. Liu said Beijing was willing to resume face-to-face dialogue but ready to counter further tariffs; both sides agreed to keep in close contact.'},
  {id: 'working-groups-preparatory-2019-09', title: 'Preparatory working-group meetings before the 13th round', cameo: '040', channel: 'meeting',
   date: date('2019-09-01'), datePrecision: 'month', dateBasis: 'derived-from-publication',
   dateNote: '"as soon as in a week" per Xinhua, from 5 Sep 2019: mid-September 2019.', status: 'planned',
   summary: 'Working groups of both sides to prepare "in earnest" for the October talks.'},
  {id: 'round-13-washington-2019-10', title: '13th round of China-US high-level economic and trade talks', cameo: '046', channel: 'in-person-round',
   date: date('2019-10-01'), datePrecision: 'month', dateBasis: 'stated',
   dateNote: '"early October" 2019 in Washington, on "an unspecified date"; originally meant for September.', status: 'planned', number: 13,
   summary: 'Face-to-face round in Washington. Liu\'s delegation to include Zhong Shan, Yi Gang and senior NDRC officials.'},
  {id: 'round-12-shanghai-2019', title: 'Shanghai round of China-US trade talks (12th round)', cameo: '046', channel: 'in-person-round',
   date: date('2019-07-30'), datePrecision: 'day', endDate: date('2019-07-31'), dateBasis: 'derived-from-publication',
   dateNote: '003 (24 Jul 2019): negotiators leave "Monday" (29 Jul) and stay in Shanghai "through Wednesday" (31 Jul). 002: banquet on "July 30", talks "at the end of July". Number 12 is implied by 002 calling the October talks the 13th round.', status: 'happened', number: 12,
   summary: 'First face-to-face talks since the May breakdown: a broad discussion on Huawei, farm purchases, structural reforms and tariff removal. It ended without a deal.'},
  {id: 'banquet-shanghai-2019-07-30', title: 'Banquet at Shanghai\'s Peace Hotel', cameo: '043', channel: 'banquet',
   date: date('2019-07-30'), datePrecision: 'day', dateBasis: 'stated',
   dateNote: '"on July 30" in the photo caption of 002.', status: 'happened',
   summary: 'Liu He, Lighthizer and Mnuchin photographed on a balcony of the Peace Hotel after a banquet during the Shanghai round.'},
  {id: 'g20-osaka-2019', title: 'G20 summit in Osaka, Japan', cameo: '040', channel: 'summit-meeting',
   date: date('2019-06-28'), datePrecision: 'day', endDate: date('2019-06-29'), dateBasis: 'public-record',
   dateNote: '003 (Jul 2019): "the Group of 20 summit in Japan last month"; 002 names Osaka. Days are public record.', status: 'happened',
   summary: 'Group of 20 summit during which Trump and Xi met.'},
  {id: 'meeting-trump-xi-osaka-2019', title: 'Trump-Xi meeting at the G20 in Osaka', cameo: '044', channel: 'summit-meeting',
   date: date('2019-06-29'), datePrecision: 'day', dateBasis: 'public-record',
   dateNote: '"last month" in 003 (24 Jul 2019) = June 2019; the day is public record.', status: 'happened',
   summary: 'The leaders declared a tentative truce and directed their negotiators to resume talks (the Osaka consensus).'},
  {id: 'announcement-us-tariffs-2019-08-01', title: 'Washington announces higher tariffs', cameo: '163', channel: 'public-statement',
   date: date('2019-08-01'), datePrecision: 'day', dateBasis: 'stated',
   dateNote: '"on August 1, the day when Washington announced hiked tariffs" in 002.', status: 'happened',
   summary: 'US announcement of increased tariffs, after the Shanghai round. Beijing said it violated the leaders\' consensus.'},
  {id: 'statement-beijing-goodwill-2019-09', title: 'Beijing cites goodwill farm orders and fentanyl scheduling', cameo: '010', channel: 'public-statement',
   date: date('2019-09-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'Reported in 002 (5 Sep 2019) without a date.', status: 'happened',
   summary: 'Beijing said Chinese importers placed sizeable farm orders on 1 Aug as goodwill and that all fentanyl-related substances were listed as narcotics from 1 May.'},
  {id: 'commentary-peoples-daily-2019-09', title: 'People\'s Daily commentary: talks soon, deal unlikely', cameo: '111', channel: 'press-report',
   date: date('2019-09-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'Cited in 002 (5 Sep 2019) without a date; probably the same day. A party paper\'s own commentary: the channel is the press (press-report).', status: 'happened',
   summary: 'The party paper said the sides would meet soon though a deal looked unlikely, blamed Trump\'s flip-flopping and said the escalation violated the Argentina and Osaka consensus.'},
  {id: 'tweet-trump-2019-09-03', title: 'Trump tweets that a deal would get tougher in his second term', cameo: '130', channel: 'social-media-post',
   date: date('2019-09-03'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"tweeted on Tuesday" in 002, published Thu 5 Sep 2019 = Tue 3 Sep 2019.', status: 'happened',
   summary: 'Trump warned that a deal would get much tougher and China\'s supply chain would crumble if he won a second term.'}
] AS row
MERGE (e:Event {id: row.id})
SET e += row, e.basis = coalesce(row.basis, 'article');

MATCH (e:Event) WHERE e.id IN ['round-13-washington-2019-10', 'round-12-shanghai-2019']
SET e:Round;

MATCH (e:Event {id: 'g20-osaka-2019'})
SET e:Summit;

// Measures
UNWIND [
  {id: 'truce-buenos-aires-2018', kind: 'consensus', title: 'Argentina consensus of Xi and Trump (Dec 2018)',
   effective: date('2018-12-01'), status: 'agreed', basis: 'article',
   publicRecord: 'That the consensus was a tariff truce, and the day (1 Dec 2018), are public record, not in the articles.',
   summary: 'Consensus reached by Xi and Trump in Argentina (002). Beijing\'s party paper says the recent escalation violated it; the articles do not say it ended.'},
  {id: 'truce-osaka-2019', kind: 'truce', title: 'Osaka tentative truce (June 2019)',
   effective: date('2019-06-29'), status: 'agreed', basis: 'article',
   summary: 'Tentative truce declared at the G20 in Japan, with negotiators told to resume talks (003). Beijing\'s party paper says the recent escalation violated it; the articles do not say it ended.'},
  {id: 'us-tariffs-over-500bn-2019', kind: 'tariff', title: 'US tariffs on more than half a trillion dollars of Chinese exports',
   goodsValueUsd: 500000000000, status: 'reported', basis: 'article',
   summary: 'Washington\'s "increased tariffs" covering "more than" $500 billion of Chinese exports (garments, footwear, cameras, electric components), as 002 words it. The text neither says they are in force nor ties them to the 1 Aug 2019 announcement. goodsValueUsd is a lower bound.'},
  {id: 'cn-retaliation-75bn-2019', kind: 'retaliatory-tariff', title: 'Chinese retaliation on $75 billion of US goods',
   goodsValueUsd: 75000000000, status: 'in-force',
   summary: 'Beijing\'s retaliation against the increased US tariffs.'},
  {id: 'cn-countermeasures-threat-2019-09', kind: 'threat', title: 'Chinese readiness to adopt more countervailing measures',
   status: 'threatened',
   summary: 'Liu told his US counterparts Beijing was ready to adopt more countervailing measures against more punitive tariffs.'},
  {id: 'cn-goodwill-farm-orders-2019-08-01', kind: 'goodwill-purchase', title: 'Chinese orders for US soybeans, cotton, sorghum and other farm goods',
   effective: date('2019-08-01'), status: 'in-force',
   summary: 'Several sizeable orders placed on 1 Aug 2019 as a show of goodwill, per Beijing.'},
  {id: 'cn-fentanyl-scheduling-2019', kind: 'legislation', title: 'China lists all fentanyl-related substances as narcotics',
   effective: date('2019-05-01'), status: 'in-force',
   summary: 'Changed legislation "in just a few months": all fentanyl-related substances controlled as narcotics from 1 May 2019.'}
] AS row
MERGE (m:Measure {id: row.id})
SET m += row, m.basis = coalesce(row.basis, 'article');

UNWIND [
  {by: 'donald-trump', m: 'truce-buenos-aires-2018'}, {by: 'xi-jinping', m: 'truce-buenos-aires-2018'},
  {by: 'donald-trump', m: 'truce-osaka-2019'}, {by: 'xi-jinping', m: 'truce-osaka-2019'},
  {by: 'US', m: 'us-tariffs-over-500bn-2019'},
  {by: 'CN', m: 'cn-retaliation-75bn-2019'},
  {by: 'liu-he', m: 'cn-countermeasures-threat-2019-09'},
  {by: 'chinese-importers', m: 'cn-goodwill-farm-orders-2019-08-01'},
  {by: 'cn-lawmakers', m: 'cn-fentanyl-scheduling-2019'}
] AS row
MATCH (x) WHERE x.id = row.by AND (x:Country OR x:Person OR x:Organization)
MATCH (m:Measure {id: row.m})
MERGE (x)-[:IMPOSED]->(m);

UNWIND [
  {m: 'truce-buenos-aires-2018', target: 'US'}, {m: 'truce-buenos-aires-2018', target: 'CN'},
  {m: 'truce-osaka-2019', target: 'US'}, {m: 'truce-osaka-2019', target: 'CN'},
  {m: 'us-tariffs-over-500bn-2019', target: 'CN'},
  {m: 'cn-retaliation-75bn-2019', target: 'US'},
  {m: 'cn-countermeasures-threat-2019-09', target: 'US'},
  {m: 'cn-goodwill-farm-orders-2019-08-01', target: 'US'}
] AS row
MATCH (m:Measure {id: row.m})
MATCH (c:Country {id: row.target})
MERGE (m)-[:TARGETS]->(c);

UNWIND [
  {m: 'cn-retaliation-75bn-2019', prior: 'us-tariffs-over-500bn-2019'},
  {m: 'cn-countermeasures-threat-2019-09', prior: 'us-tariffs-over-500bn-2019'},
  {m: 'us-tariffs-over-500bn-2019', prior: 'us-tariffs-250bn-2018'}
] AS row
MATCH (m:Measure {id: row.m})
MATCH (p:Measure {id: row.prior})
MERGE (m)-[:RESPONDS_TO]->(p);

// Participations
UNWIND [
  {e: 'call-liu-lighthizer-mnuchin-2019-09-05', who: 'robert-lighthizer', role: 'initiator', post: 'us-trade-representative', side: 'US'},
  {e: 'call-liu-lighthizer-mnuchin-2019-09-05', who: 'steven-mnuchin', role: 'initiator', post: 'us-treasury-secretary', side: 'US'},
  {e: 'call-liu-lighthizer-mnuchin-2019-09-05', who: 'liu-he', role: 'counterpart', post: 'cn-vice-premier', side: 'CN'},
  {e: 'working-groups-preparatory-2019-09', who: 'us-federal-government', role: 'delegation-member', post: null, side: 'US'},
  {e: 'working-groups-preparatory-2019-09', who: 'cn-state-council', role: 'delegation-member', post: null, side: 'CN'},
  {e: 'working-groups-preparatory-2019-09', who: 'xinhua', role: 'reporter', post: null, side: 'CN'},
  {e: 'round-13-washington-2019-10', who: 'liu-he', role: 'delegation-lead', post: 'cn-vice-premier', side: 'CN'},
  {e: 'round-13-washington-2019-10', who: 'zhong-shan', role: 'delegation-member', post: 'cn-commerce-minister', side: 'CN'},
  {e: 'round-13-washington-2019-10', who: 'yi-gang', role: 'delegation-member', post: 'pboc-governor', side: 'CN'},
  {e: 'round-13-washington-2019-10', who: 'cn-ndrc', role: 'delegation-member', post: null, side: 'CN'},
  {e: 'round-13-washington-2019-10', who: 'robert-lighthizer', role: 'host', post: 'us-trade-representative', side: 'US'},
  {e: 'round-13-washington-2019-10', who: 'steven-mnuchin', role: 'host', post: 'us-treasury-secretary', side: 'US'},
  {e: 'round-12-shanghai-2019', who: 'robert-lighthizer', role: 'delegation-lead', post: 'us-trade-representative', side: 'US'},
  {e: 'round-12-shanghai-2019', who: 'steven-mnuchin', role: 'delegation-lead', post: 'us-treasury-secretary', side: 'US'},
  {e: 'round-12-shanghai-2019', who: 'liu-he', role: 'host', post: 'cn-vice-premier', side: 'CN'},
  {e: 'banquet-shanghai-2019-07-30', who: 'liu-he', role: 'host', post: 'cn-vice-premier', side: 'CN'},
  {e: 'banquet-shanghai-2019-07-30', who: 'robert-lighthizer', role: 'attendee', post: 'us-trade-representative', side: 'US'},
  {e: 'banquet-shanghai-2019-07-30', who: 'steven-mnuchin', role: 'attendee', post: 'us-treasury-secretary', side: 'US'},
  {e: 'g20-osaka-2019', who: 'g20', role: 'host', post: null, side: null},
  {e: 'g20-osaka-2019', who: 'donald-trump', role: 'attendee', post: 'us-president', side: 'US'},
  {e: 'g20-osaka-2019', who: 'xi-jinping', role: 'attendee', post: 'cn-president', side: 'CN'},
  {e: 'meeting-trump-xi-osaka-2019', who: 'donald-trump', role: 'counterpart', post: 'us-president', side: 'US'},
  {e: 'meeting-trump-xi-osaka-2019', who: 'xi-jinping', role: 'counterpart', post: 'cn-president', side: 'CN'},
  {e: 'announcement-us-tariffs-2019-08-01', who: 'us-federal-government', role: 'initiator', post: null, side: 'US'},
  {e: 'statement-beijing-goodwill-2019-09', who: 'cn-state-council', role: 'speaker', post: null, side: 'CN'},
  {e: 'commentary-peoples-daily-2019-09', who: 'peoples-daily', role: 'author', post: null, side: 'CN'},
  {e: 'commentary-peoples-daily-2019-09', who: 'donald-trump', role: 'subject', post: 'us-president', side: 'US'},
  {e: 'tweet-trump-2019-09-03', who: 'donald-trump', role: 'author', post: 'us-president', side: 'US'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (x) WHERE x.id = row.who AND (x:Person OR x:Organization)
MERGE (x)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role, r.post = row.post, r.side = row.side, r.basis = coalesce(row.basis, 'article'), r.reasoning = row.reasoning;

UNWIND [
  {e: 'round-13-washington-2019-10', place: 'washington-dc'},
  {e: 'round-12-shanghai-2019', place: 'shanghai'},
  {e: 'banquet-shanghai-2019-07-30', place: 'peace-hotel'},
  {e: 'g20-osaka-2019', place: 'osaka'},
  {e: 'meeting-trump-xi-osaka-2019', place: 'osaka'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (pl:Place {id: row.place})
MERGE (e)-[:AT]->(pl);

UNWIND [
  {id: 'call-liu-lighthizer-mnuchin-2019-09-05', topics: ['trade-negotiations', 'tariffs']},
  {id: 'working-groups-preparatory-2019-09', topics: ['trade-negotiations']},
  {id: 'round-13-washington-2019-10', topics: ['trade-negotiations', 'tariffs']},
  {id: 'round-12-shanghai-2019', topics: ['trade-negotiations', 'structural-reforms', 'tariffs', 'huawei-licences', 'agricultural-purchases']},
  {id: 'banquet-shanghai-2019-07-30', topics: ['trade-negotiations']},
  {id: 'g20-osaka-2019', topics: ['trade-negotiations']},
  {id: 'meeting-trump-xi-osaka-2019', topics: ['trade-negotiations', 'tariffs']},
  {id: 'announcement-us-tariffs-2019-08-01', topics: ['tariffs']},
  {id: 'statement-beijing-goodwill-2019-09', topics: ['agricultural-purchases', 'fentanyl']},
  {id: 'commentary-peoples-daily-2019-09', topics: ['trade-negotiations', 'tariffs']},
  {id: 'tweet-trump-2019-09-03', topics: ['trade-negotiations', 'supply-chains']},
  {id: 'truce-buenos-aires-2018', topics: ['tariffs']},
  {id: 'truce-osaka-2019', topics: ['tariffs', 'trade-negotiations']},
  {id: 'us-tariffs-over-500bn-2019', topics: ['tariffs']},
  {id: 'cn-retaliation-75bn-2019', topics: ['tariffs']},
  {id: 'cn-countermeasures-threat-2019-09', topics: ['tariffs']},
  {id: 'cn-goodwill-farm-orders-2019-08-01', topics: ['agricultural-purchases']},
  {id: 'cn-fentanyl-scheduling-2019', topics: ['fentanyl']}
] AS row
MATCH (x) WHERE x.id = row.id AND (x:Event OR x:Measure)
UNWIND row.topics AS topicId
MATCH (t:Topic {id: topicId})
MERGE (x)-[:ABOUT]->(t);

UNWIND [
  {later: 'call-liu-lighthizer-mnuchin-2019-09-05', earlier: 'round-12-shanghai-2019'},
  {later: 'working-groups-preparatory-2019-09', earlier: 'call-liu-lighthizer-mnuchin-2019-09-05'},
  {later: 'round-13-washington-2019-10', earlier: 'working-groups-preparatory-2019-09'},
  {later: 'round-13-washington-2019-10', earlier: 'call-liu-lighthizer-mnuchin-2019-09-05'},
  {later: 'announcement-us-tariffs-2019-08-01', earlier: 'round-12-shanghai-2019'},
  {later: 'meeting-trump-xi-osaka-2019', earlier: 'meeting-trump-xi-buenos-aires-2018'}
] AS row
MATCH (a:Event {id: row.later})
MATCH (b:Event {id: row.earlier})
MERGE (a)-[:FOLLOWS]->(b);

UNWIND [
  {e: 'meeting-trump-xi-osaka-2019', container: 'g20-osaka-2019'},
  {e: 'banquet-shanghai-2019-07-30', container: 'round-12-shanghai-2019'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (c:Event {id: row.container})
MERGE (e)-[:DURING]->(c);

UNWIND [
  {e: 'meeting-trump-xi-buenos-aires-2018', m: 'truce-buenos-aires-2018'},
  {e: 'meeting-trump-xi-osaka-2019', m: 'truce-osaka-2019'},
  {e: 'call-liu-lighthizer-mnuchin-2019-09-05', m: 'cn-countermeasures-threat-2019-09'},
  {e: 'statement-beijing-goodwill-2019-09', m: 'cn-goodwill-farm-orders-2019-08-01'},
  {e: 'statement-beijing-goodwill-2019-09', m: 'cn-fentanyl-scheduling-2019'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (m:Measure {id: row.m})
MERGE (e)-[:ANNOUNCED]->(m);

MATCH (e:Event {id: 'commentary-peoples-daily-2019-09'})
MATCH (m:Measure {id: 'us-tariffs-over-500bn-2019'})
MERGE (e)-[:IN_RESPONSE_TO]->(m);

MATCH (e:Event {id: 'call-liu-lighthizer-mnuchin-2019-09-05'})
MATCH (m:Measure {id: 'us-tariffs-over-500bn-2019'})
MERGE (e)-[:IN_RESPONSE_TO]->(m);

// Evidence: exact phrases of 002
UNWIND [
  {id: 'evidence-002-01', location: 'line 1', offset: 0, phrase: 'A phone call on Thursday morning Beijing time between\u00A0Chinese Vice Premier Liu He and\u00A0US Trade Representative Robert Lighthizer', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['call-liu-lighthizer-mnuchin-2019-09-05', 'liu-he', 'robert-lighthizer', 'US', 'CN']},
  {id: 'evidence-002-02', location: 'line 1', offset: 128, phrase: 'and Treasury Secretary Steven Mnuchin has led to the resumption of bilateral talks', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['call-liu-lighthizer-mnuchin-2019-09-05', 'steven-mnuchin']},
  {id: 'evidence-002-03', location: 'line 1', offset: 212, phrase: 'which will restart in early October in Washington DC', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['round-13-washington-2019-10', 'washington-dc']},
  {id: 'evidence-002-04', location: 'line 3', offset: 267, phrase: 'Liu, a member of the Communist Party’s Politburo and Xi Jinping’s trusted lieutenant', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['ccp', 'ccp-politburo', 'xi-jinping']},
  {id: 'evidence-002-05', location: 'line 3', offset: 394, phrase: 'was invited after a call by\u00A0Lighthizer and Mnuchin', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['call-liu-lighthizer-mnuchin-2019-09-05']},
  {id: 'evidence-002-06', location: 'line 3', offset: 479, phrase: 'Beijing was willing to restart face-to-face dialogue but was also ready to adopt more\u00A0countervailing measures', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['call-liu-lighthizer-mnuchin-2019-09-05', 'cn-countermeasures-threat-2019-09']},
  {id: 'evidence-002-07', location: 'line 3', offset: 589, phrase: 'against more punitive tariffs, according to reports in Chinese papers this morning', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['cn-countermeasures-threat-2019-09']},
  {id: 'evidence-002-08', location: 'line 5', offset: 674, phrase: 'Both sides have agreed to maintain close contacts before the 13th round', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['call-liu-lighthizer-mnuchin-2019-09-05', 'round-13-washington-2019-10']},
  {id: 'evidence-002-09', location: 'line 5', offset: 808, phrase: 'scheduled to start on an unspecified date in early October in the US capital', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['round-13-washington-2019-10']},
  {id: 'evidence-002-10', location: 'line 7', offset: 887, phrase: 'Xinhua also reported that working groups of both sides would conduct preparatory meetings', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['xinhua', 'working-groups-preparatory-2019-09']},
  {id: 'evidence-002-11', location: 'line 7', offset: 990, phrase: 'as soon as in a week, “to\u00A0create favorable conditions to achieve substantial progress”', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'quote', facts: ['working-groups-preparatory-2019-09']},
  {id: 'evidence-002-12', location: 'line 9', offset: 1111, phrase: 'Liu’s delegation will again include Chinese Commerce Minister Zhong Shan, People’s Bank of China Governor Yi Gang', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['round-13-washington-2019-10', 'zhong-shan', 'yi-gang', 'pboc']},
  {id: 'evidence-002-13', location: 'line 9', offset: 1229, phrase: 'senior officials with the National Development and Reform Commission, nicknamed China’s “mini-state council”', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['round-13-washington-2019-10', 'cn-ndrc']},
  {id: 'evidence-002-14', location: 'line 11', offset: 1340, phrase: 'Washington’s increased tariffs on more than half-a-trillion dollars worth of Chinese exports', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['us-tariffs-over-500bn-2019']},
  {id: 'evidence-002-15', location: 'line 11', offset: 1505, phrase: 'Beijing’s retaliation on US$75 billion worth of US goods', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['cn-retaliation-75bn-2019']},
  {id: 'evidence-002-16', location: 'line 11', offset: 1632, phrase: 'news about the new round of talks, originally meant to take place this month, has come as a relief', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['round-13-washington-2019-10']},
  {id: 'evidence-002-17', location: 'line 13', offset: 1733, phrase: 'A motorcade carrying members of the US delegation is seen in Shanghai at the end of July.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['round-12-shanghai-2019', 'shanghai']},
  {id: 'evidence-002-18', location: 'line 14', offset: 1823, phrase: 'Liu He,\u00A0Robert Lighthizer and Steven Mnuchin are seen on a balcony of Shanghai’s Peace Hotel', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['banquet-shanghai-2019-07-30', 'peace-hotel']},
  {id: 'evidence-002-19', location: 'line 14', offset: 1916, phrase: 'after a banquet inside the city’s iconic landmark on July 30. Photos: Weibo', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['banquet-shanghai-2019-07-30', 'weibo']},
  {id: 'evidence-002-20', location: 'line 16', offset: 1993, phrase: 'In Beijing, however, party mouthpiece the People’s Daily also gave a caveat', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['beijing', 'peoples-daily', 'commentary-peoples-daily-2019-09']},
  {id: 'evidence-002-21', location: 'line 16', offset: 2077, phrase: 'the two sides will meet soon despite the fact a deal looks unlikely', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['commentary-peoples-daily-2019-09']},
  {id: 'evidence-002-22', location: 'line 18', offset: 2147, phrase: 'The broadsheet continued to blame Trump’s “flip-flopping” and a “bullying, arbitrary mentality”', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'quote', facts: ['commentary-peoples-daily-2019-09', 'donald-trump']},
  {id: 'evidence-002-23', location: 'line 18', offset: 2286, phrase: 'the recent escalation of trade tension had violated the consensus reached by Xi and Trump in Argentina and Osaka', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['commentary-peoples-daily-2019-09', 'truce-buenos-aires-2018', 'truce-osaka-2019', 'meeting-trump-xi-buenos-aires-2018', 'meeting-trump-xi-osaka-2019', 'g20-osaka-2019', 'osaka', 'AR']},
  {id: 'evidence-002-24', location: 'line 20', offset: 2497, phrase: 'in a show of goodwill to ease concerns of the US', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['statement-beijing-goodwill-2019-09', 'cn-goodwill-farm-orders-2019-08-01']},
  {id: 'evidence-002-25', location: 'line 20', offset: 2547, phrase: 'Chinese importers had placed several sizeable orders for soybeans, cotton, sorghums and other agricultural goods on August 1', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['chinese-importers', 'cn-goodwill-farm-orders-2019-08-01', 'statement-beijing-goodwill-2019-09']},
  {id: 'evidence-002-26', location: 'line 20', offset: 2673, phrase: 'the day when Washington announced hiked tariffs', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['announcement-us-tariffs-2019-08-01', 'us-federal-government']},
  {id: 'evidence-002-27', location: 'line 20', offset: 2722, phrase: 'Chinese lawmakers had also changed legislation in just a few months', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['cn-lawmakers', 'cn-fentanyl-scheduling-2019', 'statement-beijing-goodwill-2019-09']},
  {id: 'evidence-002-28', location: 'line 20', offset: 2794, phrase: 'listed all fentanyl-related substances as ‘narcotics’ starting from May 1', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['cn-fentanyl-scheduling-2019']},
  {id: 'evidence-002-29', location: 'line 22', offset: 2870, phrase: 'The two sides last met in Shanghai at the end of July without reaching any deal.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['round-12-shanghai-2019']},
  {id: 'evidence-002-30', location: 'line 24', offset: 2952, phrase: 'Shanghai’s Yangshan container port.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['yangshan-port']},
  {id: 'evidence-002-31', location: 'line 24', offset: 3036, phrase: 'Beijing mouthpieces have played down expectations. Photo: Xinhua', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['cn-state-media', 'xinhua']},
  {id: 'evidence-002-32', location: 'line 26', offset: 3102, phrase: 'Trump tweeted on Tuesday that a deal would “get much tougher', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['tweet-trump-2019-09-03']},
  {id: 'evidence-002-34', location: 'line 20', offset: 2478, phrase: 'Beijing said that', sourceGrade: 'C', infoGrade: 2, anonymous: true, form: 'report', facts: ['statement-beijing-goodwill-2019-09']},
  {id: 'evidence-002-33', location: 'line 26', offset: 3167, phrase: 'China’s supply chain will crumble and businesses, jobs and money will be gone” if he wins a second term', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['tweet-trump-2019-09-03']}
] AS row
MERGE (ev:Evidence {id: row.id})
SET ev += row {.location, .offset, .phrase, .sourceGrade, .infoGrade, .anonymous, .form}
WITH ev, row
MATCH (src:Source {id: '002_49812e43c2240187'})
MERGE (ev)-[:FROM]->(src)
WITH ev, row
UNWIND row.facts AS factId
MATCH (f) WHERE f.id = factId AND (f:Event OR f:Measure OR f:Person OR f:Organization OR f:Place OR f:Country)
MERGE (f)-[:EVIDENCED_BY]->(ev);

// Retired by issue 17: the text does not tie the >$500bn tariffs to the 1 August announcement
MATCH (:Event {id: 'announcement-us-tariffs-2019-08-01'})-[r:ANNOUNCED]->(:Measure {id: 'us-tariffs-over-500bn-2019'})
DELETE r;

MATCH (:Measure {id: 'us-tariffs-over-500bn-2019'})-[r:EVIDENCED_BY]->(:Evidence {id: 'evidence-002-26'})
DELETE r;
