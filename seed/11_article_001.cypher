// 11_article_001.cypher: facts from 001_4874d1d3777de1bd (Nov 2018, outlet not named, citing the WSJ).
// The Friday call (same as in 000), the US demand for a concrete offer, G-20 plans,
// Trump's 1 Nov tweet, Bloomberg's October report and the tariff figures.

// Events
UNWIND [
  {id: 'demand-us-concrete-offer-2018-11', title: 'US demands a concrete Chinese offer before official negotiations', cameo: '100', channel: 'phone-call',
   date: date('2018-11-09'), datePrecision: 'day', dateBasis: 'inferred',
   dateNote: 'Discussed in "the Friday conversation" (the 9 Nov 2018 Mnuchin-Liu call, dated in 000).', status: 'happened',
   summary: 'Washington wanted China to put forward a concrete offer before official negotiations start.'},
  {id: 'resistance-cn-concrete-offer-2018-11', title: 'Chinese officials resist making a formal proposal before talks', cameo: '120', channel: 'press-report',
   date: date('2018-11-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'Reported in Nov 2018 by the WSJ from unnamed sources; the channel of the refusal is not stated.', status: 'happened',
   summary: 'Chinese officials want to talk before making formal proposals, fearing they might lose leverage.'},
  {id: 'request-xi-ministries-2018-11', title: 'Xi asks cabinet ministries for specific expectations for the talks', cameo: '010', channel: 'press-report',
   date: date('2018-11-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'Reported in Nov 2018 before the G-20; internal request, channel not stated.', status: 'happened',
   summary: 'Xi requested that ministries set out specific expectations to keep talks going after the summit. China expects a broad framework followed by detailed negotiations.'},
  {id: 'tweet-trump-2018-11-01', title: 'Trump tweets about his "long and very good" call with Xi', cameo: '013', channel: 'social-media-post',
   date: date('2018-11-01'), datePrecision: 'day', dateBasis: 'stated',
   dateNote: 'The embed is dated "1 ноября 2018 г." (1 Nov 2018).', status: 'happened',
   summary: 'Trump reports a long and very good conversation with Xi, heavy on trade, with meetings being scheduled at the G-20 and good discussion on North Korea.'},
  {id: 'report-bloomberg-tariff-threat-2018-10', title: 'Bloomberg reports US preparing tariffs on all remaining Chinese imports', cameo: '010', channel: 'press-report',
   date: date('2018-10-01'), datePrecision: 'month', dateBasis: 'stated',
   dateNote: '"reported in October" in an article of Nov 2018, so October 2018.', status: 'happened',
   summary: 'Bloomberg reported that the US would tariff all remaining Chinese imports by December if the Trump-Xi talks at the G-20 failed.'}
] AS row
MERGE (e:Event {id: row.id})
SET e += row, e.basis = coalesce(row.basis, 'article');

// Measures
UNWIND [
  {id: 'us-tariffs-all-remaining-threat-2018', kind: 'threat', title: 'Threatened US tariffs on all remaining Chinese imports',
   status: 'threatened',
   summary: 'Per Bloomberg (Oct 2018): tariffs on all remaining Chinese imports by December 2018 if the G-20 talks brought no positive outcome.'}
] AS row
MERGE (m:Measure {id: row.id})
SET m += row, m.basis = coalesce(row.basis, 'article');

MATCH (c:Country {id: 'US'})
MATCH (m:Measure {id: 'us-tariffs-all-remaining-threat-2018'})
MERGE (c)-[:IMPOSED]->(m);

MATCH (m:Measure {id: 'us-tariffs-all-remaining-threat-2018'})
MATCH (c:Country {id: 'CN'})
MERGE (m)-[:TARGETS]->(c);

// Participations
UNWIND [
  {e: 'demand-us-concrete-offer-2018-11', who: 'us-federal-government', role: 'initiator', post: null, side: 'US'},
  {e: 'demand-us-concrete-offer-2018-11', who: 'steven-mnuchin', role: 'initiator', post: 'us-treasury-secretary', side: 'US', basis: 'inferred',
   reasoning: '001 says only "The two spoke by telephone" and "the Friday conversation", naming neither; 000 names Mnuchin and Liu He as the two who spoke by phone on that Friday.'},
  {e: 'demand-us-concrete-offer-2018-11', who: 'liu-he', role: 'recipient', post: 'cn-vice-premier', side: 'CN', basis: 'inferred',
   reasoning: '001 says only "The two spoke by telephone" and "the Friday conversation", naming neither; 000 names Mnuchin and Liu He as the two who spoke by phone on that Friday.'},
  {e: 'resistance-cn-concrete-offer-2018-11', who: 'cn-state-council', role: 'initiator', post: null, side: 'CN'},
  {e: 'resistance-cn-concrete-offer-2018-11', who: 'us-federal-government', role: 'recipient', post: null, side: 'US'},
  {e: 'resistance-cn-concrete-offer-2018-11', who: 'wsj', role: 'reporter', post: null, side: null},
  {e: 'request-xi-ministries-2018-11', who: 'xi-jinping', role: 'initiator', post: 'cn-president', side: 'CN'},
  {e: 'request-xi-ministries-2018-11', who: 'cn-state-council', role: 'recipient', post: null, side: 'CN'},
  {e: 'request-xi-ministries-2018-11', who: 'wsj', role: 'reporter', post: null, side: null},
  {e: 'tweet-trump-2018-11-01', who: 'donald-trump', role: 'author', post: 'us-president', side: 'US'},
  {e: 'tweet-trump-2018-11-01', who: 'xi-jinping', role: 'subject', post: 'cn-president', side: 'CN'},
  {e: 'report-bloomberg-tariff-threat-2018-10', who: 'bloomberg', role: 'reporter', post: null, side: null},
  {e: 'report-bloomberg-tariff-threat-2018-10', who: 'us-federal-government', role: 'subject', post: null, side: 'US'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (x) WHERE x.id = row.who AND (x:Person OR x:Organization)
MERGE (x)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role, r.post = row.post, r.side = row.side, r.basis = coalesce(row.basis, 'article'), r.reasoning = row.reasoning;

// Topics
UNWIND [
  {id: 'demand-us-concrete-offer-2018-11', topics: ['trade-negotiations']},
  {id: 'resistance-cn-concrete-offer-2018-11', topics: ['trade-negotiations']},
  {id: 'request-xi-ministries-2018-11', topics: ['trade-negotiations']},
  {id: 'tweet-trump-2018-11-01', topics: ['trade-negotiations', 'north-korea']},
  {id: 'report-bloomberg-tariff-threat-2018-10', topics: ['tariffs']},
  {id: 'us-tariffs-all-remaining-threat-2018', topics: ['tariffs']}
] AS row
MATCH (x) WHERE x.id = row.id AND (x:Event OR x:Measure)
UNWIND row.topics AS topicId
MATCH (t:Topic {id: topicId})
MERGE (x)-[:ABOUT]->(t);

// Sequence and causality
UNWIND [
  {later: 'tweet-trump-2018-11-01', earlier: 'call-trump-xi-2018-11-01'},
  {later: 'resistance-cn-concrete-offer-2018-11', earlier: 'demand-us-concrete-offer-2018-11'}
] AS row
MATCH (a:Event {id: row.later})
MATCH (b:Event {id: row.earlier})
MERGE (a)-[:FOLLOWS]->(b);

MATCH (a:Event {id: 'resistance-cn-concrete-offer-2018-11'})
MATCH (b:Event {id: 'demand-us-concrete-offer-2018-11'})
MERGE (a)-[:IN_RESPONSE_TO]->(b);

MATCH (a:Event {id: 'demand-us-concrete-offer-2018-11'})
MATCH (b:Event {id: 'call-mnuchin-liu-2018-11-09'})
MERGE (a)-[:DURING]->(b);

// Evidence: exact phrases of 001
UNWIND [
  {id: 'evidence-001-01', location: 'line 1', offset: 0, phrase: 'The two spoke by telephone discussing the US demand that China put forward a concrete offer', sourceGrade: 'C', infoGrade: 2, anonymous: true, form: 'report', facts: ['call-mnuchin-liu-2018-11-09', 'demand-us-concrete-offer-2018-11', 'US', 'CN']},
  {id: 'evidence-001-02', location: 'line 1', offset: 132, phrase: 'people familiar with the matter told the Wall Street Journal', sourceGrade: 'C', infoGrade: 3, anonymous: true, form: 'report', facts: ['wsj', 'demand-us-concrete-offer-2018-11']},
  {id: 'evidence-001-03', location: 'line 1', offset: 229, phrase: 'Chinese officials are resisting, saying they would like to talk before making any formal proposals', sourceGrade: 'C', infoGrade: 3, anonymous: true, form: 'report', facts: ['resistance-cn-concrete-offer-2018-11', 'cn-state-council']},
  {id: 'evidence-001-04', location: 'line 1', offset: 329, phrase: 'worrying that they might lose leverage', sourceGrade: 'C', infoGrade: 3, anonymous: true, form: 'report', facts: ['resistance-cn-concrete-offer-2018-11']},
  {id: 'evidence-001-05', location: 'line 3', offset: 461, phrase: 'The Friday conversation didn’t lead to any breakthroughs', sourceGrade: 'C', infoGrade: 1, anonymous: true, form: 'report', facts: ['call-mnuchin-liu-2018-11-09']},
  {id: 'evidence-001-06', location: 'line 3', offset: 528, phrase: 'it signalled renewed discussions and serves as a sign that the two sides are trying to reach an agreement', sourceGrade: 'C', infoGrade: 2, anonymous: true, form: 'report', facts: ['call-mnuchin-liu-2018-11-09']},
  {id: 'evidence-001-07', location: 'line 4', offset: 655, phrase: 'Both sides are reportedly planning to use the upcoming G-20 summit for the starting point rather than negotiations.', sourceGrade: 'C', infoGrade: 3, anonymous: false, form: 'report', facts: ['g20', 'g20-buenos-aires-2018', 'meeting-trump-xi-buenos-aires-2018']},
  {id: 'evidence-001-08', location: 'line 4', offset: 771, phrase: 'Xi Jinping has requested that different cabinet ministries come up with specific expectations', sourceGrade: 'C', infoGrade: 3, anonymous: false, form: 'report', facts: ['xi-jinping', 'cn-state-council', 'request-xi-ministries-2018-11']},
  {id: 'evidence-001-09', location: 'line 4', offset: 866, phrase: 'to keep the talks going after the summit concludes', sourceGrade: 'C', infoGrade: 3, anonymous: false, form: 'report', facts: ['request-xi-ministries-2018-11']},
  {id: 'evidence-001-10', location: 'line 4', offset: 918, phrase: 'According to the WSJ, China expects to form a broad framework for the possible deal', sourceGrade: 'C', infoGrade: 3, anonymous: false, form: 'report', facts: ['request-xi-ministries-2018-11', 'meeting-trump-xi-buenos-aires-2018']},
  {id: 'evidence-001-11', location: 'line 5', offset: 1059, phrase: 'The leaders of the world\'s two largest national economies held a phone conversation earlier in November', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['call-trump-xi-2018-11-01']},
  {id: 'evidence-001-12', location: 'line 5', offset: 1164, phrase: 'which President Trump called “long and very good”', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['donald-trump', 'tweet-trump-2018-11-01']},
  {id: 'evidence-001-13', location: 'line 5', offset: 1228, phrase: 'these discussions are a precursor to meetings scheduled to take place during the G-20', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['meeting-trump-xi-buenos-aires-2018']},
  {id: 'evidence-001-14', location: 'line 6', offset: 1315, phrase: 'Just had a long and very good conversation with President Xi Jinping of China.', sourceGrade: 'A', infoGrade: 1, anonymous: false, form: 'post', facts: ['tweet-trump-2018-11-01', 'call-trump-xi-2018-11-01']},
  {id: 'evidence-001-15', location: 'line 6', offset: 1499, phrase: 'with meetings being scheduled at the G-20 in Argentina', sourceGrade: 'A', infoGrade: 1, anonymous: false, form: 'post', facts: ['AR', 'meeting-trump-xi-buenos-aires-2018', 'g20-buenos-aires-2018', 'tweet-trump-2018-11-01']},
  {id: 'evidence-001-16', location: 'line 6', offset: 1555, phrase: 'Also had good discussion on North Korea!', sourceGrade: 'A', infoGrade: 1, anonymous: false, form: 'post', facts: ['call-trump-xi-2018-11-01', 'tweet-trump-2018-11-01']},
  {id: 'evidence-001-17', location: 'line 7', offset: 1596, phrase: '— Donald J. Trump (@realDonaldTrump) 1 ноября 2018 г.', sourceGrade: 'A', infoGrade: 1, anonymous: false, form: 'post', facts: ['tweet-trump-2018-11-01']},
  {id: 'evidence-001-18', location: 'line 8', offset: 1650, phrase: 'Bloomberg reported in October that the US is preparing to slap tariffs on all remaining Chinese imports by December', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['bloomberg', 'report-bloomberg-tariff-threat-2018-10', 'us-tariffs-all-remaining-threat-2018']},
  {id: 'evidence-001-19', location: 'line 8', offset: 1766, phrase: 'if talks between Trump and Xi at the G-20 don\'t result in any positive outcome', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['us-tariffs-all-remaining-threat-2018']},
  {id: 'evidence-001-20', location: 'line 9', offset: 1881, phrase: 'Washington has already imposed $250 billion worth tariffs on Chinese imports', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['us-tariffs-250bn-2018']},
  {id: 'evidence-001-21', location: 'line 9', offset: 1968, phrase: 'Beijing has responded with $110 billion in retaliatory duties', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['cn-retaliatory-tariffs-110bn-2018']},
  {id: 'evidence-001-22', location: 'line 9', offset: 2053, phrase: '$200 billion of goods are set to increase from 10% to 25% on January 1', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['us-tariff-hike-200bn-2019-01']}
] AS row
MERGE (ev:Evidence {id: row.id})
SET ev += row {.location, .offset, .phrase, .sourceGrade, .infoGrade, .anonymous, .form}
WITH ev, row
MATCH (src:Source {id: '001_4874d1d3777de1bd'})
MERGE (ev)-[:FROM]->(src)
WITH ev, row
UNWIND row.facts AS factId
MATCH (f) WHERE f.id = factId AND (f:Event OR f:Measure OR f:Person OR f:Organization OR f:Place OR f:Country)
MERGE (f)-[:EVIDENCED_BY]->(ev);
