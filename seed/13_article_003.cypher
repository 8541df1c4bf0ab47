// 13_article_003.cypher: facts from 003_3e9800d906cc811f (The Business Times, written Wed 24 Jul 2019).
// US negotiators travel to Shanghai; Osaka truce; phone calls since; Zhong Shan's role;
// Beidaihe; foreign-ministry and military criticism; Ross, Mnuchin and Kudlow remarks; Huawei.

// Events
UNWIND [
  {id: 'travel-us-negotiators-shanghai-2019-07-29', title: 'Lighthizer and Mnuchin travel to Shanghai for talks', cameo: '042', channel: 'visit',
   date: date('2019-07-29'), datePrecision: 'day', endDate: date('2019-07-31'), dateBasis: 'derived-from-publication',
   dateNote: '"travel to China Monday" and "in Shanghai through Wednesday", in an article written Wed 24 Jul 2019: 29-31 Jul 2019. 002 confirms the Shanghai meeting took place.', status: 'happened',
   summary: 'First high-level face-to-face trip since talks broke down in May. The Chinese had asked for Shanghai rather than Beijing.'},
  {id: 'statement-senior-official-expectations-2019-07-24', title: 'Senior administration official plays down expectations for Shanghai', cameo: '012', channel: 'public-statement',
   date: date('2019-07-24'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: 'Said by the time of writing (24 Jul 2019); no day given.', status: 'happened',
   summary: 'An unnamed senior official said the meeting would be a broad discussion and was not expected to yield major breakthroughs.'},
  {id: 'calls-negotiators-2019-07', title: 'Phone calls between the US negotiators and their Chinese counterparts after Osaka', cameo: '041', channel: 'phone-call',
   date: date('2019-07-01'), datePrecision: 'month', dateLatest: date('2019-07-24'), dateBasis: 'derived-from-publication',
   count: 2, countAtLeast: true, countNote: '"have spoken by phone" and "readouts of phone calls" (plural): at least two calls; the text gives no number.',
   dateNote: '"Since then" (the G20 in late June) and "in recent weeks", before 24 Jul 2019: July 2019.', status: 'happened',
   summary: 'Mnuchin and Lighthizer spoke by phone with Chinese counterparts, with Zhong Shan named in the readouts. Talks focused on Huawei licences and farm purchases, not structural issues.'},
  {id: 'readouts-calls-zhong-2019-07', title: 'Official readouts of the phone calls name Zhong Shan', cameo: '010', channel: 'official-readout',
   date: date('2019-07-01'), datePrecision: 'month', dateBasis: 'derived-from-publication',
   dateNote: '"recently", before 24 Jul 2019.', status: 'happened',
   summary: 'Readouts specifically mentioned the commerce minister, prompting speculation about a more prominent role for him.'},
  {id: 'request-cn-shanghai-venue-2019-07', title: 'China asks for the meeting to be held in Shanghai rather than Beijing', cameo: '026', channel: 'press-report',
   date: date('2019-07-01'), datePrecision: 'month', dateBasis: 'derived-from-publication',
   dateNote: 'Before 24 Jul 2019; known only through a senior administration official, channel not stated.', status: 'happened',
   summary: 'The Chinese requested Shanghai as the venue for the round.'},
  {id: 'interview-mnuchin-cnbc-2019-07-24', title: 'Mnuchin on CNBC: departing Monday for China', cameo: '036', channel: 'media-interview',
   date: date('2019-07-24'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"told CNBC Wednesday" = Wed 24 Jul 2019, the day of writing.', status: 'happened',
   summary: 'Mnuchin said he and Lighthizer would depart Monday for China and hoped to make progress.'},
  {id: 'request-comment-cn-ministries-2019-07-24', title: 'Chinese foreign and commerce ministries do not immediately answer a request for comment', cameo: '011', channel: 'request-for-comment',
   date: date('2019-07-24'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: 'As of writing (24 Jul 2019).', status: 'happened',
   summary: 'No immediate response from the two ministries.'},
  {id: 'retreat-beidaihe-2019', title: 'Annual party retreat at Beidaihe', cameo: '040', channel: 'meeting',
   date: date('2019-07-01'), datePrecision: 'month', dateBasis: 'derived-from-publication',
   dateNote: '"The talks will restart ... as Mr Xi gathers party elders" at Beidaihe: at the time of the Shanghai talks, which the article (written Wed 24 Jul 2019) puts from "Monday" to "through Wednesday", 29-31 Jul 2019. The article gives no dates of the retreat itself, so only its month is recorded.', status: 'expected',
   summary: 'Xi gathers party elders in the seaside resort for an annual policy retreat at a sensitive political moment.'},
  {id: 'accusation-mfa-black-hand-2019-07-23', title: 'Foreign ministry calls the US a "black hand" behind Hong Kong unrest', cameo: '112', channel: 'press-report',
   date: date('2019-07-23'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"On Tuesday" in an article written Wed 24 Jul 2019 = Tue 23 Jul 2019. The text does not say how the ministry made the accusation (press-report).', status: 'happened',
   summary: 'China\'s foreign ministry accused the US of being behind the Hong Kong unrest.'},
  {id: 'white-paper-cn-military-2019-07-24', title: 'Military white paper: Washington "undermined global strategic stability"', cameo: '111', channel: 'public-statement',
   date: date('2019-07-24'), datePrecision: 'day', dateBasis: 'public-record',
   dateNote: 'The text mentions it beside Tuesday\'s foreign-ministry remarks without its own day; China\'s defence white paper was released on Wed 24 Jul 2019 (public record).', status: 'happened',
   summary: 'A sweeping military white paper accused Washington of undermining global strategic stability.'},
  {id: 'interview-ross-bloomberg-tv-2019-07-23', title: 'Ross on Bloomberg TV: a proper deal matters more than timing', cameo: '012', channel: 'media-interview',
   date: date('2019-07-23'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"on Tuesday" in an article written Wed 24 Jul 2019 = Tue 23 Jul 2019.', status: 'happened',
   summary: 'The Commerce Secretary played down a quick deal: the president wants a proper deal or will go ahead with tariffs.'},
  {id: 'talks-breakdown-2019-05', title: 'US-China talks collapse', cameo: '164', channel: 'press-report',
   date: date('2019-05-01'), datePrecision: 'month', dateBasis: 'stated',
   dateNote: '"since talks broke down in May" / "Talks collapsed in May" in an article of July 2019: May 2019. The text names no round, meeting or medium (press-report).', status: 'happened',
   summary: 'Talks collapsed because the two countries disagreed on the draft terms of a deal.'},
  {id: 'meetings-lighthizer-zhong-2017-2019', title: 'Lighthizer and Zhong Shan meet at international meetings such as APEC summits', cameo: '040', channel: 'meeting',
   date: date('2017-07-01'), datePrecision: 'span', endDate: date('2019-07-24'), dateBasis: 'derived-from-publication',
   dateNote: '"several times over the past two years", counted back from 24 Jul 2019: about July 2017 to July 2019. The meetings are spread over the span; the text dates none of them.', status: 'happened',
   count: 2, countAtLeast: true, countNote: '"several times": at least two meetings (a conservative lower bound).',
   summary: 'Repeated meetings that make Zhong a known quantity for US officials.'},
  {id: 'rounds-earlier-2018-2019', title: 'Earlier rounds of high-level trade talks (before the Shanghai round)', cameo: '046', channel: 'in-person-round',
   date: date('2018-05-01'), datePrecision: 'span', endDate: date('2019-05-31'), dateBasis: 'inferred',
   dateNote: 'Undated in the texts. Zhong "was part of the Chinese team at previous rounds" and the US negotiators return "since their last visit" (003); the delegation "will again include" Zhong, Yi Gang and NDRC officials (002). The span runs from the first negotiations the texts mention (May 2018, 000) to the breakdown of May 2019 (003).', status: 'happened',
   count: 1, countAtLeast: true, countNote: '"previous rounds" (plural), one of them in China ("their last visit"): at least one besides the Washington talks of May 2018, which are recorded on their own.',
   basis: 'inferred', reasoning: 'The texts mention previous rounds and a last visit to China without dating or counting them.',
   summary: 'The rounds before the 12th (Shanghai) round that the texts refer to without dates.'},
  {id: 'meeting-trump-tech-ceos-2019-07-22', title: 'Trump and senior officials meet tech chief executives on easing the Huawei ban', cameo: '040', channel: 'meeting',
   date: date('2019-07-22'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"On Monday" in an article written Wed 24 Jul 2019 = Mon 22 Jul 2019.', status: 'happened',
   summary: 'Trump, Mnuchin and Lighthizer met chief executives of US technology companies in a step toward easing the ban on sales to Huawei.'},
  {id: 'remarks-kudlow-2019-07-23', title: 'Kudlow: tech meeting positive, optimistic talks will resume', cameo: '013', channel: 'public-statement',
   date: date('2019-07-23'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"told reporters Tuesday" in an article written Wed 24 Jul 2019 = Tue 23 Jul 2019.', status: 'happened',
   summary: 'The NEC Director called the tech meeting positive and said in-person talks were likely to resume soon.'}
] AS row
MERGE (e:Event {id: row.id})
SET e += row, e.basis = coalesce(row.basis, 'article');

// Measures
UNWIND [
  {id: 'us-huawei-sales-ban-2019', kind: 'sales-ban', title: 'US ban on sales to Huawei Technologies',
   status: 'in-force',
   summary: 'A point of tension; in July 2019 the White House took steps toward easing it.'}
] AS row
MERGE (m:Measure {id: row.id})
SET m += row, m.basis = coalesce(row.basis, 'article');

MATCH (c:Country {id: 'US'})
MATCH (m:Measure {id: 'us-huawei-sales-ban-2019'})
MERGE (c)-[:IMPOSED]->(m);

MATCH (m:Measure {id: 'us-huawei-sales-ban-2019'})
MATCH (c:Country {id: 'CN'})
MERGE (m)-[:TARGETS]->(c);

// Participations
UNWIND [
  {e: 'travel-us-negotiators-shanghai-2019-07-29', who: 'robert-lighthizer', role: 'delegation-lead', post: 'us-trade-representative', side: 'US'},
  {e: 'travel-us-negotiators-shanghai-2019-07-29', who: 'steven-mnuchin', role: 'delegation-lead', post: 'us-treasury-secretary', side: 'US'},
  {e: 'round-12-shanghai-2019', who: 'zhong-shan', role: 'delegation-member', post: 'cn-commerce-minister', side: 'CN'},
  {e: 'statement-senior-official-expectations-2019-07-24', who: 'white-house', role: 'speaker', post: null, side: 'US'},
  {e: 'calls-negotiators-2019-07', who: 'steven-mnuchin', role: 'counterpart', post: 'us-treasury-secretary', side: 'US'},
  {e: 'calls-negotiators-2019-07', who: 'robert-lighthizer', role: 'counterpart', post: 'us-trade-representative', side: 'US'},
  {e: 'calls-negotiators-2019-07', who: 'liu-he', role: 'counterpart', post: 'cn-vice-premier', side: 'CN', basis: 'inferred',
   reasoning: '003 says "their Chinese counterparts" without names; Liu He leads the Chinese core group of negotiators (003).'},
  {e: 'calls-negotiators-2019-07', who: 'zhong-shan', role: 'counterpart', post: 'cn-commerce-minister', side: 'CN', basis: 'inferred',
   reasoning: '003 says Zhong "has been specifically mentioned in the official readouts of phone calls between the two sides": mentioned, not said to have spoken.'},
  {e: 'readouts-calls-zhong-2019-07', who: 'zhong-shan', role: 'subject', post: 'cn-commerce-minister', side: 'CN'},
  {e: 'request-cn-shanghai-venue-2019-07', who: 'cn-state-council', role: 'initiator', post: null, side: 'CN'},
  {e: 'request-cn-shanghai-venue-2019-07', who: 'us-federal-government', role: 'recipient', post: null, side: 'US'},
  {e: 'interview-mnuchin-cnbc-2019-07-24', who: 'steven-mnuchin', role: 'speaker', post: 'us-treasury-secretary', side: 'US'},
  {e: 'interview-mnuchin-cnbc-2019-07-24', who: 'cnbc', role: 'reporter', post: null, side: null},
  {e: 'request-comment-cn-ministries-2019-07-24', who: 'cn-mfa', role: 'recipient', post: null, side: 'CN'},
  {e: 'request-comment-cn-ministries-2019-07-24', who: 'cn-mofcom', role: 'recipient', post: null, side: 'CN'},
  {e: 'retreat-beidaihe-2019', who: 'xi-jinping', role: 'host', post: 'ccp-general-secretary', side: 'CN'},
  {e: 'retreat-beidaihe-2019', who: 'ccp-party-elders', role: 'attendee', post: null, side: 'CN'},
  {e: 'accusation-mfa-black-hand-2019-07-23', who: 'cn-mfa', role: 'speaker', post: null, side: 'CN'},
  {e: 'accusation-mfa-black-hand-2019-07-23', who: 'us-federal-government', role: 'subject', post: null, side: 'US'},
  {e: 'white-paper-cn-military-2019-07-24', who: 'cn-military', role: 'author', post: null, side: 'CN'},
  {e: 'white-paper-cn-military-2019-07-24', who: 'us-federal-government', role: 'subject', post: null, side: 'US'},
  {e: 'interview-ross-bloomberg-tv-2019-07-23', who: 'wilbur-ross', role: 'speaker', post: 'us-commerce-secretary', side: 'US'},
  {e: 'interview-ross-bloomberg-tv-2019-07-23', who: 'bloomberg', role: 'reporter', post: null, side: null},
  {e: 'talks-breakdown-2019-05', who: 'us-federal-government', role: 'counterpart', post: null, side: 'US'},
  {e: 'talks-breakdown-2019-05', who: 'cn-state-council', role: 'counterpart', post: null, side: 'CN'},
  {e: 'meetings-lighthizer-zhong-2017-2019', who: 'robert-lighthizer', role: 'counterpart', post: 'us-trade-representative', side: 'US'},
  {e: 'meetings-lighthizer-zhong-2017-2019', who: 'zhong-shan', role: 'counterpart', post: 'cn-commerce-minister', side: 'CN'},
  {e: 'meetings-lighthizer-zhong-2017-2019', who: 'apec', role: 'host', post: null, side: null},
  {e: 'rounds-earlier-2018-2019', who: 'liu-he', role: 'delegation-lead', post: 'cn-vice-premier', side: 'CN'},
  {e: 'rounds-earlier-2018-2019', who: 'zhong-shan', role: 'delegation-member', post: 'cn-commerce-minister', side: 'CN'},
  {e: 'rounds-earlier-2018-2019', who: 'yi-gang', role: 'delegation-member', post: 'pboc-governor', side: 'CN', basis: 'inferred',
   reasoning: '002: the delegation "will again include" Yi Gang, so he was in an earlier delegation; which round is not said.'},
  {e: 'rounds-earlier-2018-2019', who: 'cn-ndrc', role: 'delegation-member', post: null, side: 'CN', basis: 'inferred',
   reasoning: '002: the delegation "will again include" senior NDRC officials.'},
  {e: 'rounds-earlier-2018-2019', who: 'robert-lighthizer', role: 'delegation-lead', post: 'us-trade-representative', side: 'US', basis: 'inferred',
   reasoning: '003: "The American negotiators" (Lighthizer and Mnuchin) return to China "since their last visit".'},
  {e: 'rounds-earlier-2018-2019', who: 'steven-mnuchin', role: 'delegation-lead', post: 'us-treasury-secretary', side: 'US', basis: 'inferred',
   reasoning: '003: "The American negotiators" (Lighthizer and Mnuchin) return to China "since their last visit".'},
  {e: 'meeting-trump-tech-ceos-2019-07-22', who: 'donald-trump', role: 'host', post: 'us-president', side: 'US'},
  {e: 'meeting-trump-tech-ceos-2019-07-22', who: 'steven-mnuchin', role: 'attendee', post: 'us-treasury-secretary', side: 'US'},
  {e: 'meeting-trump-tech-ceos-2019-07-22', who: 'robert-lighthizer', role: 'attendee', post: 'us-trade-representative', side: 'US'},
  {e: 'meeting-trump-tech-ceos-2019-07-22', who: 'white-house', role: 'attendee', post: null, side: 'US'},
  {e: 'meeting-trump-tech-ceos-2019-07-22', who: 'us-tech-companies', role: 'attendee', post: null, side: 'US'},
  {e: 'meeting-trump-tech-ceos-2019-07-22', who: 'huawei', role: 'subject', post: null, side: 'CN'},
  {e: 'remarks-kudlow-2019-07-23', who: 'larry-kudlow', role: 'speaker', post: 'us-nec-director', side: 'US'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (x) WHERE x.id = row.who AND (x:Person OR x:Organization)
MERGE (x)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role, r.post = row.post, r.side = row.side, r.basis = coalesce(row.basis, 'article'), r.reasoning = row.reasoning;

UNWIND [
  {e: 'travel-us-negotiators-shanghai-2019-07-29', place: 'shanghai'},
  {e: 'retreat-beidaihe-2019', place: 'beidaihe'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (pl:Place {id: row.place})
MERGE (e)-[:AT]->(pl);

UNWIND [
  {id: 'travel-us-negotiators-shanghai-2019-07-29', topics: ['trade-negotiations']},
  {id: 'statement-senior-official-expectations-2019-07-24', topics: ['trade-negotiations']},
  {id: 'calls-negotiators-2019-07', topics: ['trade-negotiations', 'huawei-licences', 'agricultural-purchases', 'structural-reforms']},
  {id: 'readouts-calls-zhong-2019-07', topics: ['trade-negotiations']},
  {id: 'request-cn-shanghai-venue-2019-07', topics: ['trade-negotiations']},
  {id: 'interview-mnuchin-cnbc-2019-07-24', topics: ['trade-negotiations']},
  {id: 'request-comment-cn-ministries-2019-07-24', topics: ['trade-negotiations']},
  {id: 'retreat-beidaihe-2019', topics: ['trade-negotiations']},
  {id: 'accusation-mfa-black-hand-2019-07-23', topics: ['hong-kong']},
  {id: 'white-paper-cn-military-2019-07-24', topics: ['strategic-stability']},
  {id: 'interview-ross-bloomberg-tv-2019-07-23', topics: ['trade-negotiations', 'tariffs']},
  {id: 'talks-breakdown-2019-05', topics: ['trade-negotiations']},
  {id: 'meetings-lighthizer-zhong-2017-2019', topics: ['trade-negotiations']},
  {id: 'rounds-earlier-2018-2019', topics: ['trade-negotiations']},
  {id: 'meeting-trump-tech-ceos-2019-07-22', topics: ['huawei-licences', 'export-controls']},
  {id: 'remarks-kudlow-2019-07-23', topics: ['trade-negotiations', 'huawei-licences']},
  {id: 'us-huawei-sales-ban-2019', topics: ['huawei-licences', 'export-controls']}
] AS row
MATCH (x) WHERE x.id = row.id AND (x:Event OR x:Measure)
UNWIND row.topics AS topicId
MATCH (t:Topic {id: topicId})
MERGE (x)-[:ABOUT]->(t);

UNWIND [
  {later: 'meeting-trump-xi-osaka-2019', earlier: 'talks-breakdown-2019-05'},
  {later: 'calls-negotiators-2019-07', earlier: 'meeting-trump-xi-osaka-2019'},
  {later: 'readouts-calls-zhong-2019-07', earlier: 'calls-negotiators-2019-07'},
  {later: 'travel-us-negotiators-shanghai-2019-07-29', earlier: 'calls-negotiators-2019-07'},
  {later: 'round-12-shanghai-2019', earlier: 'travel-us-negotiators-shanghai-2019-07-29'},
  {later: 'round-12-shanghai-2019', earlier: 'talks-breakdown-2019-05'},
  {later: 'round-12-shanghai-2019', earlier: 'rounds-earlier-2018-2019'},
  {later: 'remarks-kudlow-2019-07-23', earlier: 'meeting-trump-tech-ceos-2019-07-22'}
] AS row
MATCH (a:Event {id: row.later})
MATCH (b:Event {id: row.earlier})
MERGE (a)-[:FOLLOWS]->(b);

UNWIND [
  {e: 'travel-us-negotiators-shanghai-2019-07-29', prior: 'request-cn-shanghai-venue-2019-07'},
  {e: 'remarks-kudlow-2019-07-23', prior: 'meeting-trump-tech-ceos-2019-07-22'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (p:Event {id: row.prior})
MERGE (e)-[:IN_RESPONSE_TO]->(p);

MATCH (e:Event {id: 'meeting-trump-tech-ceos-2019-07-22'})
MATCH (m:Measure {id: 'us-huawei-sales-ban-2019'})
MERGE (e)-[:IN_RESPONSE_TO]->(m);

// The earlier rounds are also what 002's "will again include" refers to (002 loads before this file)
MATCH (e:Event {id: 'rounds-earlier-2018-2019'})
MATCH (ev:Evidence) WHERE ev.id IN ['evidence-002-12', 'evidence-002-13']
MERGE (e)-[:EVIDENCED_BY]->(ev);

// Evidence: exact phrases of 003
UNWIND [
  {id: 'evidence-003-01', location: 'line 3', offset: 14, phrase: 'US negotiators heading to China on Monday for in-person talks', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['travel-us-negotiators-shanghai-2019-07-29', 'CN', 'US']},
  {id: 'evidence-003-02', location: 'line 5', offset: 77, phrase: '[WASHINGTON] US Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin are set to travel to China Monday', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['travel-us-negotiators-shanghai-2019-07-29', 'robert-lighthizer', 'steven-mnuchin', 'washington-dc']},
  {id: 'evidence-003-03', location: 'line 5', offset: 208, phrase: 'the first high-level, face-to-face trade negotiations between the world’s two biggest economies since talks broke down in May', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['round-12-shanghai-2019', 'talks-breakdown-2019-05']},
  {id: 'evidence-003-04', location: 'line 7', offset: 336, phrase: 'The duo will be in Shanghai through Wednesday, according to people familiar with the plans', sourceGrade: 'C', infoGrade: 1, anonymous: true, form: 'report', facts: ['travel-us-negotiators-shanghai-2019-07-29', 'round-12-shanghai-2019', 'shanghai']},
  {id: 'evidence-003-05', location: 'line 7', offset: 533, phrase: 'isn’t expected to yield major breakthroughs, a senior administration official said', sourceGrade: 'C', infoGrade: 2, anonymous: true, form: 'report', facts: ['statement-senior-official-expectations-2019-07-24', 'white-house']},
  {id: 'evidence-003-06', location: 'line 9', offset: 618, phrase: 'President Donald Trump and Chinese counterpart Xi Jinping met at the Group of 20 summit in Japan last month', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['donald-trump', 'xi-jinping', 'g20', 'JP', 'g20-osaka-2019', 'meeting-trump-xi-osaka-2019']},
  {id: 'evidence-003-07', location: 'line 9', offset: 730, phrase: 'declared a tentative truce in their year-long trade war', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['truce-osaka-2019', 'meeting-trump-xi-osaka-2019']},
  {id: 'evidence-003-08', location: 'line 9', offset: 787, phrase: 'The leaders directed their negotiators to resume trade talks.', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['meeting-trump-xi-osaka-2019', 'truce-osaka-2019']},
  {id: 'evidence-003-09', location: 'line 9', offset: 849, phrase: 'Since then Mr Mnuchin, Mr Lighthizer and their Chinese counterparts have spoken by phone.', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['calls-negotiators-2019-07']},
  {id: 'evidence-003-10', location: 'line 11', offset: 987, phrase: 'the Chinese requested that the meeting take place in Shanghai, rather than Beijing', sourceGrade: 'C', infoGrade: 2, anonymous: true, form: 'report', facts: ['request-cn-shanghai-venue-2019-07', 'beijing']},
  {id: 'evidence-003-11', location: 'line 11', offset: 1071, phrase: 'Mr Mnuchin told CNBC Wednesday that he and Mr Lighthizer are departing Monday for China', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['interview-mnuchin-cnbc-2019-07-24', 'cnbc', 'travel-us-negotiators-shanghai-2019-07-29']},
  {id: 'evidence-003-12', location: 'line 11', offset: 1197, phrase: 'The Chinese foreign affairs and commerce ministries didn’t immediately respond to a request for comment.', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['request-comment-cn-ministries-2019-07-24', 'cn-mfa', 'cn-mofcom']},
  {id: 'evidence-003-13', location: 'line 13', offset: 1359, phrase: 'as Mr Xi gathers party elders in the Yellow Sea resort area Beidaihe for an annual policy retreat', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['retreat-beidaihe-2019', 'ccp-party-elders', 'yellow-sea', 'beidaihe']},
  {id: 'evidence-003-14', location: 'line 19', offset: 1662, phrase: 'as the Communist Party grows more impatient with what it sees as the Trump administration’s meddling', sourceGrade: 'B', infoGrade: 3, anonymous: false, form: 'report', facts: ['ccp', 'us-federal-government']},
  {id: 'evidence-003-15', location: 'line 19', offset: 1788, phrase: 'On Tuesday, China’s foreign ministry accused the US of being a “black hand” behind Hong Kong unrest', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['accusation-mfa-black-hand-2019-07-23', 'cn-mfa', 'HK']},
  {id: 'evidence-003-16', location: 'line 19', offset: 1894, phrase: 'the military said in a sweeping white paper that Washington had “undermined global strategic stability.”', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['white-paper-cn-military-2019-07-24', 'cn-military']},
  {id: 'evidence-003-17', location: 'line 21', offset: 2000, phrase: 'Stocks jumped on the news, and the S&P 500 closed up almost 0.7 per cent in New York.', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['sp-500', 'new-york']},
  {id: 'evidence-003-18', location: 'line 21', offset: 2086, phrase: 'Chinese stocks gained Wednesday with all major indexes jumping in the morning', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['chinese-stocks']},
  {id: 'evidence-003-19', location: 'line 24', offset: 2233, phrase: 'US officials have played down the likelihood of a quick deal with China.', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['interview-ross-bloomberg-tv-2019-07-23', 'statement-senior-official-expectations-2019-07-24']},
  {id: 'evidence-003-20', location: 'line 26', offset: 2438, phrase: 'Secretary of Commerce Wilbur Ross told Bloomberg TV on Tuesday', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['interview-ross-bloomberg-tv-2019-07-23', 'wilbur-ross', 'bloomberg']},
  {id: 'evidence-003-21', location: 'line 26', offset: 2308, phrase: 'It is impossible to judge how long it will take', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['interview-ross-bloomberg-tv-2019-07-23']},
  {id: 'evidence-003-22', location: 'line 26', offset: 2503, phrase: 'What is important is if we make a deal, it’s a proper deal, a really good deal.', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['interview-ross-bloomberg-tv-2019-07-23']},
  {id: 'evidence-003-23', location: 'line 28', offset: 2722, phrase: 'Washington’s demands for structural reforms to China’s economy', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['round-12-shanghai-2019']},
  {id: 'evidence-003-24', location: 'line 28', offset: 2789, phrase: 'Beijing’s call for the US to remove existing punitive tariffs on imported Chinese goods', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['round-12-shanghai-2019']},
  {id: 'evidence-003-25', location: 'line 30', offset: 2879, phrase: 'The talks in recent weeks have focused on Huawei licenses and agriculture purchases', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['calls-negotiators-2019-07']},
  {id: 'evidence-003-26', location: 'line 30', offset: 2968, phrase: 'lacked engagement on structural issues that the US wants addressed in any trade deal', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['calls-negotiators-2019-07']},
  {id: 'evidence-003-27', location: 'line 32', offset: 3055, phrase: 'People familiar with next week’s meeting say it’s a positive step for talks overall', sourceGrade: 'C', infoGrade: 3, anonymous: true, form: 'report', facts: ['round-12-shanghai-2019']},
  {id: 'evidence-003-28', location: 'line 32', offset: 3354, phrase: 'Talks collapsed in May because the two countries disagreed on draft terms of a deal.', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['talks-breakdown-2019-05']},
  {id: 'evidence-003-29', location: 'line 35', offset: 3441, phrase: 'Chinese Commerce Minister Zhong Shan will be part of the core group of negotiators', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['zhong-shan', 'round-12-shanghai-2019']},
  {id: 'evidence-003-30', location: 'line 35', offset: 3525, phrase: 'which on the Chinese side has been led by Vice Premier Liu He', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['liu-he', 'round-12-shanghai-2019']},
  {id: 'evidence-003-31', location: 'line 35', offset: 3675, phrase: 'he’s been specifically mentioned in the official readouts of phone calls between the two sides', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['readouts-calls-zhong-2019-07', 'calls-negotiators-2019-07', 'zhong-shan']},
  {id: 'evidence-003-32', location: 'line 37', offset: 3850, phrase: 'Mr Zhong is seen as more of a hardliner than Liu', sourceGrade: 'B', infoGrade: 3, anonymous: false, form: 'report', facts: []},
  {id: 'evidence-003-33', location: 'line 37', offset: 3903, phrase: 'some China watchers say he was added to the talks to ensure that a more hawkish view is represented', sourceGrade: 'C', infoGrade: 3, anonymous: true, form: 'report', facts: ['china-watchers']},
  {id: 'evidence-003-34', location: 'line 37', offset: 4079, phrase: 'Mr Lighthizer who has met him several times over the past two years at international meetings', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['meetings-lighthizer-zhong-2017-2019', 'zhong-shan']},
  {id: 'evidence-003-35', location: 'line 37', offset: 4173, phrase: 'such as Asia-Pacific Economic Cooperation summits', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['apec', 'meetings-lighthizer-zhong-2017-2019']},
  {id: 'evidence-003-36', location: 'line 39', offset: 4225, phrase: 'On Monday, Mr Trump and senior White House officials, including Mr Mnuchin and Mr Lighthizer, met with chief executives', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['meeting-trump-tech-ceos-2019-07-22', 'white-house']},
  {id: 'evidence-003-37', location: 'line 39', offset: 4348, phrase: 'US technology companies in a step toward easing a ban on sales to China’s Huawei Technologies', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['meeting-trump-tech-ceos-2019-07-22', 'us-tech-companies', 'huawei', 'us-huawei-sales-ban-2019']},
  {id: 'evidence-003-38', location: 'line 41', offset: 4505, phrase: 'National Economic Council Director Larry Kudlow told reporters Tuesday that the meeting was positive', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['remarks-kudlow-2019-07-23', 'larry-kudlow', 'us-nec']},
  {id: 'evidence-003-39', location: 'line 41', offset: 4633, phrase: 'he’s optimistic that in-person talks with China were likely to resume soon', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['remarks-kudlow-2019-07-23']},
  {id: 'evidence-003-41', location: 'line 35', offset: 3588, phrase: 'Mr Zhong was part of the Chinese team at previous rounds of negotiations', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['rounds-earlier-2018-2019', 'zhong-shan']},
  {id: 'evidence-003-42', location: 'line 19', offset: 1530, phrase: 'The American negotiators will be returning to a country', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['rounds-earlier-2018-2019']},
  {id: 'evidence-003-43', location: 'line 19', offset: 1638, phrase: 'since their last visit', sourceGrade: 'B', infoGrade: 2, anonymous: false, form: 'report', facts: ['rounds-earlier-2018-2019']},
  {id: 'evidence-003-40', location: 'line 44', offset: 4711, phrase: 'BT is now on Telegram!', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'report', facts: ['business-times']}
] AS row
MERGE (ev:Evidence {id: row.id})
SET ev += row {.location, .offset, .phrase, .sourceGrade, .infoGrade, .anonymous, .form}
WITH ev, row
MATCH (src:Source {id: '003_3e9800d906cc811f'})
MERGE (ev)-[:FROM]->(src)
WITH ev, row
UNWIND row.facts AS factId
MATCH (f) WHERE f.id = factId AND (f:Event OR f:Measure OR f:Person OR f:Organization OR f:Place OR f:Country)
MERGE (f)-[:EVIDENCED_BY]->(ev);
