// 10_article_000.cypher: facts from 000_4f605919d46dec3e (published Tue 13 Nov 2018).
// Mnuchin and Liu He resume talks by phone; Trump-Xi call; G20 Buenos Aires planned;
// Li Keqiang in Singapore; Navarro's think-tank speech; tariffs in force and planned.

// Events
UNWIND [
  {id: 'call-trump-xi-2018-11-01', title: 'Trump-Xi phone call', cameo: '041', channel: 'phone-call',
   date: date('2018-11-01'), datePrecision: 'day', dateBasis: 'stated',
   dateNote: 'The embedded tweet in 001 is dated 1 Nov 2018; 000 (13 Nov) says "two weeks ago".', status: 'happened',
   summary: 'First publicly disclosed call between the two presidents in six months, mainly on trade, also on North Korea; they agreed to meet at the G20.'},
  {id: 'call-mnuchin-liu-2018-11-09', title: 'Mnuchin-Liu He phone call', cameo: '041', channel: 'phone-call',
   date: date('2018-11-09'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"on Friday" in 000, published Tue 13 Nov 2018, is Fri 9 Nov 2018. 001 calls it "the Friday conversation".', status: 'happened',
   summary: 'Treasury Secretary and Vice Premier resume trade talks by phone. No concrete results, but a sign of renewed discussions before the G20.'},
  {id: 'report-wsj-call-2018-11-12', title: 'WSJ first reports the Mnuchin-Liu call', cameo: '010', channel: 'press-report',
   date: date('2018-11-12'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"first reported the phone call Monday": the Monday before Tue 13 Nov 2018.', status: 'happened',
   summary: 'The Wall Street Journal is the first outlet to report the Friday call.'},
  {id: 'report-scmp-liu-visit-2018-11-13', title: 'SCMP reports Liu He expected to visit Washington', cameo: '010', channel: 'press-report',
   date: date('2018-11-13'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"reported Tuesday" = the publication day of 000.', status: 'happened',
   summary: 'The Hong Kong paper reports that Liu was expected to visit Washington shortly. Asian markets rose after the report.'},
  {id: 'visit-liu-washington-2018-11', title: 'Possible Washington visit by Liu He before the G20', cameo: '042', channel: 'visit',
   date: date('2018-11-01'), datePrecision: 'month', dateBasis: 'stated',
   dateNote: 'Considered "before the nations\' top leaders meet later this month", i.e. in November 2018 before 30 Nov.', status: 'expected',
   summary: 'A visit by Liu to Washington was being considered and reported as expected; no date was set.'},
  {id: 'g20-buenos-aires-2018', title: 'G20 summit in Argentina (Buenos Aires)', cameo: '040', channel: 'summit-meeting',
   date: date('2018-11-30'), datePrecision: 'day', endDate: date('2018-12-01'), dateBasis: 'stated',
   dateNote: '"scheduled to take place from Nov. 30 to Dec. 1" in 000. The city is public record; the articles say "Argentina".', status: 'happened',
   summary: 'Group of 20 summit at which Trump and Xi were slated to meet. 002 later refers to the consensus they reached in Argentina.'},
  {id: 'meeting-trump-xi-buenos-aires-2018', title: 'Trump-Xi meeting at the G20 in Argentina', cameo: '044', channel: 'summit-meeting',
   date: date('2018-12-01'), datePrecision: 'day', dateBasis: 'public-record',
   dateNote: 'Slated for the summit of 30 Nov-1 Dec 2018 (000, 001). The bilateral dinner on 1 Dec 2018 is public record. 002 confirms that a consensus was reached in Argentina.', status: 'happened',
   summary: 'Leaders\' meeting meant as the starting point for a broad framework deal. It produced the Argentina consensus (a tariff truce).'},
  {id: 'visit-liu-washington-2018-05', title: 'Xi sends Liu He to Washington for negotiations', cameo: '042', channel: 'visit',
   date: date('2018-05-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'Context of "since May, when Trump put a stop to a deal" in 000 (published Nov 2018), so May 2018.', status: 'happened',
   summary: 'Xi sent his top economic policy official to Washington to negotiate the deal that Trump then stopped.'},
  {id: 'stop-deal-2018-05', title: 'Trump puts a stop to the energy and farm purchase deal', cameo: '127', channel: 'press-report',
   date: date('2018-05-01'), datePrecision: 'month', dateBasis: 'stated',
   dateNote: '"since May" in an article of Nov 2018, so May 2018. The text does not say how Trump stopped the deal, so the channel is press-report (known only from the report).', status: 'happened',
   summary: 'Trump halted a deal for China to buy more US energy and farm goods. Beijing saw this as an insult to Xi and as aimed at thwarting China\'s rise.'},
  {id: 'demand-us-structural-changes-2018', title: 'US demands a substantive response on structural changes', cameo: '100', channel: 'public-statement',
   date: date('2018-01-01'), datePrecision: 'year', dateBasis: 'inferred',
   dateNote: '"has said" in an article of Nov 2018; the demand stood through 2018.', status: 'happened',
   summary: 'The Trump administration wanted a substantive response to its long list of demands for structural changes in Chinese industrial policy.'},
  {id: 'rejection-trump-aides-deals-2018', title: 'Trump rejects purchase-focused deals negotiated by aides', cameo: '127', channel: 'press-report',
   date: date('2018-01-01'), datePrecision: 'year', dateBasis: 'inferred',
   dateNote: '"has rejected a number of deals" in an article of Nov 2018; the dates and the channel are not stated (press-report).', status: 'happened',
   summary: 'Deals negotiated by Mnuchin and Ross that centred on purchases rather than reforms were rejected by Trump.'},
  {id: 'talks-liu-washington-2018-05', title: 'Liu He negotiates with the US side in Washington (inferred)', cameo: '046', channel: 'in-person-round',
   date: date('2018-05-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'The negotiations Liu was sent to Washington for, before Trump stopped the deal "since May" (000): May 2018.', status: 'happened',
   basis: 'inferred', reasoning: '000 says Xi sent Liu "to Washington for the negotiations" on the purchase deal Trump stopped in May 2018: negotiations in Washington need a US side. The text does not name it; see the participations for who is inferred.',
   summary: 'The Washington negotiations on Chinese purchases of US energy and farm goods that the text implies; the deal was then stopped by Trump.'},
  {id: 'call-trump-xi-before-2018-05', title: 'Earlier publicly disclosed Trump-Xi call (inferred)', cameo: '041', channel: 'phone-call',
   date: date('2018-05-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'The call of 1 Nov 2018 was "the first publicly disclosed call in six months" (000): the one before it was six months or more earlier, in May 2018 at the latest. The month is an upper bound, not a date the text gives.', status: 'happened',
   basis: 'inferred', reasoning: '"the first publicly disclosed call in six months" implies an earlier publicly disclosed call between the same two leaders, at least six months before 1 Nov 2018.',
   summary: 'The publicly disclosed call between the two presidents that preceded the call of 1 Nov 2018.'},
  {id: 'speech-li-keqiang-singapore-2018-11-13', title: 'Li Keqiang: China willing to negotiate with the US', cameo: '036', channel: 'speech',
   date: date('2018-11-13'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"at an event Tuesday in Singapore" = Tue 13 Nov 2018, the publication day.', status: 'happened',
   summary: 'The Premier said China was willing to negotiate on the basis of mutual respect, balance and good faith, and that disputes could be contained through dialogue.'},
  {id: 'request-comment-cn-mfa-2018-11-13', title: 'China\'s Foreign Ministry does not immediately answer a request for comment on the call', cameo: '011', channel: 'request-for-comment',
   date: date('2018-11-13'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: 'As of publication of 000. The request was faxed; no reply was given in time.', status: 'happened',
   summary: 'The outlet of 000 faxed the ministry a request for comment on the Mnuchin-Liu call and got no immediate reply.'},
  {id: 'speech-navarro-2018-11-09', title: 'Navarro warns Wall Street against shuttle diplomacy with Beijing', cameo: '111', channel: 'speech',
   date: date('2018-11-09'), datePrecision: 'day', dateBasis: 'derived-from-publication',
   dateNote: '"on Friday" in 000 (published Tue 13 Nov 2018) = Fri 9 Nov 2018.', status: 'happened',
   summary: 'In a speech to a Washington think-tank, Navarro warned Wall Street bankers off shuttle diplomacy and said only Trump or Lighthizer should negotiate with Beijing, a broadside at Mnuchin.'}
] AS row
MERGE (e:Event {id: row.id})
SET e += row, e.basis = coalesce(row.basis, 'article');

MATCH (e:Event {id: 'g20-buenos-aires-2018'})
SET e:Summit;

// Measures
UNWIND [
  {id: 'us-tariffs-250bn-2018', kind: 'tariff', title: 'US tariffs on $250 billion of Chinese imports',
   goodsValueUsd: 250000000000, status: 'in-force',
   summary: 'Several rounds of US tariffs in 2018 covering $250 billion of Chinese goods, of which $200 billion were at 10% pending a rise to 25%.'},
  {id: 'us-tariff-hike-200bn-2019-01', kind: 'tariff', title: 'Scheduled rise of tariffs on $200 billion of Chinese imports from 10% to 25%',
   goodsValueUsd: 200000000000, rateFrom: 10, rateTo: 25, effective: date('2019-01-01'), status: 'planned',
   summary: 'Due from January 2019 absent a breakthrough (000), or "if Trump decides to do so" (001). Status as reported in Nov 2018.'},
  {id: 'cn-retaliatory-tariffs-110bn-2018', kind: 'retaliatory-tariff', title: 'Chinese retaliatory duties on $110 billion of US goods',
   goodsValueUsd: 110000000000, status: 'in-force',
   summary: 'Beijing\'s response to the US tariffs of 2018.'},
  {id: 'cn-purchase-deal-2018', kind: 'goodwill-purchase', title: 'Proposed Chinese purchases of US energy and agricultural goods (May 2018 deal)',
   status: 'proposed',
   summary: 'Deal under which China would buy more US energy and farm goods to narrow the trade deficit. Trump stopped it in May 2018.'}
] AS row
MERGE (m:Measure {id: row.id})
SET m += row, m.basis = coalesce(row.basis, 'article');

// Who imposed which measure, and whom it targets
UNWIND [
  {by: 'US', m: 'us-tariffs-250bn-2018'},
  {by: 'US', m: 'us-tariff-hike-200bn-2019-01'},
  {by: 'CN', m: 'cn-retaliatory-tariffs-110bn-2018'},
  {by: 'CN', m: 'cn-purchase-deal-2018'}
] AS row
MATCH (x) WHERE x.id = row.by AND (x:Country OR x:Person OR x:Organization)
MATCH (m:Measure {id: row.m})
MERGE (x)-[:IMPOSED]->(m);

UNWIND [
  {m: 'us-tariffs-250bn-2018', target: 'CN'},
  {m: 'us-tariff-hike-200bn-2019-01', target: 'CN'},
  {m: 'cn-retaliatory-tariffs-110bn-2018', target: 'US'},
  {m: 'cn-purchase-deal-2018', target: 'US'}
] AS row
MATCH (m:Measure {id: row.m})
MATCH (c:Country {id: row.target})
MERGE (m)-[:TARGETS]->(c);

MATCH (m:Measure {id: 'cn-retaliatory-tariffs-110bn-2018'})
MATCH (prior:Measure {id: 'us-tariffs-250bn-2018'})
MERGE (m)-[:RESPONDS_TO]->(prior);

MATCH (m:Measure {id: 'us-tariff-hike-200bn-2019-01'})
MATCH (prior:Measure {id: 'us-tariffs-250bn-2018'})
MERGE (m)-[:RESPONDS_TO]->(prior);

// Participations: (:Person|:Organization)-[:PARTICIPATED_IN {role, post, side}]->(:Event)
UNWIND [
  {e: 'call-trump-xi-2018-11-01', who: 'donald-trump', role: 'counterpart', post: 'us-president', side: 'US'},
  {e: 'call-trump-xi-2018-11-01', who: 'xi-jinping', role: 'counterpart', post: 'cn-president', side: 'CN'},
  {e: 'call-mnuchin-liu-2018-11-09', who: 'steven-mnuchin', role: 'counterpart', post: 'us-treasury-secretary', side: 'US'},
  {e: 'call-mnuchin-liu-2018-11-09', who: 'liu-he', role: 'counterpart', post: 'cn-vice-premier', side: 'CN'},
  {e: 'report-wsj-call-2018-11-12', who: 'wsj', role: 'reporter', post: null, side: null},
  {e: 'report-wsj-call-2018-11-12', who: 'steven-mnuchin', role: 'subject', post: 'us-treasury-secretary', side: 'US'},
  {e: 'report-wsj-call-2018-11-12', who: 'liu-he', role: 'subject', post: 'cn-vice-premier', side: 'CN'},
  {e: 'report-scmp-liu-visit-2018-11-13', who: 'scmp', role: 'reporter', post: null, side: null},
  {e: 'report-scmp-liu-visit-2018-11-13', who: 'liu-he', role: 'subject', post: 'cn-vice-premier', side: 'CN'},
  {e: 'visit-liu-washington-2018-11', who: 'liu-he', role: 'delegation-lead', post: 'cn-vice-premier', side: 'CN'},
  {e: 'g20-buenos-aires-2018', who: 'g20', role: 'host', post: null, side: null},
  {e: 'g20-buenos-aires-2018', who: 'donald-trump', role: 'attendee', post: 'us-president', side: 'US'},
  {e: 'g20-buenos-aires-2018', who: 'xi-jinping', role: 'attendee', post: 'cn-president', side: 'CN'},
  {e: 'meeting-trump-xi-buenos-aires-2018', who: 'donald-trump', role: 'counterpart', post: 'us-president', side: 'US'},
  {e: 'meeting-trump-xi-buenos-aires-2018', who: 'xi-jinping', role: 'counterpart', post: 'cn-president', side: 'CN'},
  {e: 'visit-liu-washington-2018-05', who: 'xi-jinping', role: 'initiator', post: 'cn-president', side: 'CN'},
  {e: 'visit-liu-washington-2018-05', who: 'liu-he', role: 'delegation-lead', post: 'cn-vice-premier', side: 'CN'},
  {e: 'talks-liu-washington-2018-05', who: 'liu-he', role: 'delegation-lead', post: 'cn-vice-premier', side: 'CN'},
  {e: 'talks-liu-washington-2018-05', who: 'steven-mnuchin', role: 'counterpart', post: 'us-treasury-secretary', side: 'US', basis: 'inferred',
   reasoning: '000 does not name the US negotiators of May 2018. It says the stopped deal was about China buying more energy and farm goods, and that Trump rejected deals "negotiated by aides such as Mnuchin" that focused on purchases: Mnuchin is the aide the text ties to purchase deals.'},
  {e: 'call-trump-xi-before-2018-05', who: 'donald-trump', role: 'counterpart', post: 'us-president', side: 'US'},
  {e: 'call-trump-xi-before-2018-05', who: 'xi-jinping', role: 'counterpart', post: 'cn-president', side: 'CN'},
  {e: 'stop-deal-2018-05', who: 'donald-trump', role: 'initiator', post: 'us-president', side: 'US'},
  {e: 'stop-deal-2018-05', who: 'xi-jinping', role: 'subject', post: 'cn-president', side: 'CN'},
  {e: 'demand-us-structural-changes-2018', who: 'us-federal-government', role: 'initiator', post: null, side: 'US'},
  {e: 'demand-us-structural-changes-2018', who: 'cn-state-council', role: 'recipient', post: null, side: 'CN'},
  {e: 'rejection-trump-aides-deals-2018', who: 'donald-trump', role: 'initiator', post: 'us-president', side: 'US'},
  {e: 'rejection-trump-aides-deals-2018', who: 'steven-mnuchin', role: 'subject', post: 'us-treasury-secretary', side: 'US'},
  {e: 'rejection-trump-aides-deals-2018', who: 'wilbur-ross', role: 'subject', post: 'us-commerce-secretary', side: 'US'},
  {e: 'speech-li-keqiang-singapore-2018-11-13', who: 'li-keqiang', role: 'speaker', post: 'cn-premier', side: 'CN'},
  {e: 'request-comment-cn-mfa-2018-11-13', who: 'outlet-000-unnamed', role: 'initiator', post: null, side: null},
  {e: 'request-comment-cn-mfa-2018-11-13', who: 'cn-mfa', role: 'recipient', post: null, side: 'CN'},
  {e: 'speech-navarro-2018-11-09', who: 'peter-navarro', role: 'speaker', post: 'us-otmp-director', side: 'US'},
  {e: 'speech-navarro-2018-11-09', who: 'washington-think-tank', role: 'host', post: null, side: 'US'},
  {e: 'speech-navarro-2018-11-09', who: 'wall-street', role: 'subject', post: null, side: 'US'},
  {e: 'speech-navarro-2018-11-09', who: 'steven-mnuchin', role: 'subject', post: 'us-treasury-secretary', side: 'US'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (x) WHERE x.id = row.who AND (x:Person OR x:Organization)
MERGE (x)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role, r.post = row.post, r.side = row.side, r.basis = coalesce(row.basis, 'article'), r.reasoning = row.reasoning;

// Where events took place
UNWIND [
  {e: 'visit-liu-washington-2018-11', place: 'washington-dc'},
  {e: 'g20-buenos-aires-2018', place: 'buenos-aires'},
  {e: 'meeting-trump-xi-buenos-aires-2018', place: 'buenos-aires'},
  {e: 'visit-liu-washington-2018-05', place: 'washington-dc'},
  {e: 'talks-liu-washington-2018-05', place: 'washington-dc'},
  {e: 'speech-li-keqiang-singapore-2018-11-13', place: 'singapore-city'},
  {e: 'speech-navarro-2018-11-09', place: 'washington-dc'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (pl:Place {id: row.place})
MERGE (e)-[:AT]->(pl);

// Topics of events and measures
UNWIND [
  {id: 'call-trump-xi-2018-11-01', topics: ['trade-negotiations', 'tariffs', 'north-korea']},
  {id: 'call-mnuchin-liu-2018-11-09', topics: ['trade-negotiations', 'tariffs']},
  {id: 'report-wsj-call-2018-11-12', topics: ['trade-negotiations']},
  {id: 'report-scmp-liu-visit-2018-11-13', topics: ['trade-negotiations']},
  {id: 'visit-liu-washington-2018-11', topics: ['trade-negotiations']},
  {id: 'g20-buenos-aires-2018', topics: ['trade-negotiations']},
  {id: 'meeting-trump-xi-buenos-aires-2018', topics: ['trade-negotiations', 'tariffs']},
  {id: 'visit-liu-washington-2018-05', topics: ['trade-negotiations', 'energy-purchases', 'agricultural-purchases']},
  {id: 'talks-liu-washington-2018-05', topics: ['trade-negotiations', 'energy-purchases', 'agricultural-purchases']},
  {id: 'call-trump-xi-before-2018-05', topics: ['trade-negotiations']},
  {id: 'stop-deal-2018-05', topics: ['energy-purchases', 'agricultural-purchases', 'trade-deficit', 'china-rise']},
  {id: 'demand-us-structural-changes-2018', topics: ['structural-reforms']},
  {id: 'rejection-trump-aides-deals-2018', topics: ['agricultural-purchases', 'energy-purchases', 'structural-reforms']},
  {id: 'speech-li-keqiang-singapore-2018-11-13', topics: ['trade-negotiations']},
  {id: 'request-comment-cn-mfa-2018-11-13', topics: ['trade-negotiations']},
  {id: 'speech-navarro-2018-11-09', topics: ['trade-negotiations']},
  {id: 'us-tariffs-250bn-2018', topics: ['tariffs']},
  {id: 'us-tariff-hike-200bn-2019-01', topics: ['tariffs']},
  {id: 'cn-retaliatory-tariffs-110bn-2018', topics: ['tariffs']},
  {id: 'cn-purchase-deal-2018', topics: ['energy-purchases', 'agricultural-purchases', 'trade-deficit']}
] AS row
MATCH (x) WHERE x.id = row.id AND (x:Event OR x:Measure)
UNWIND row.topics AS topicId
MATCH (t:Topic {id: topicId})
MERGE (x)-[:ABOUT]->(t);

// Sequence and causality between events
UNWIND [
  {later: 'call-mnuchin-liu-2018-11-09', earlier: 'call-trump-xi-2018-11-01'},
  {later: 'report-wsj-call-2018-11-12', earlier: 'call-mnuchin-liu-2018-11-09'},
  {later: 'report-scmp-liu-visit-2018-11-13', earlier: 'report-wsj-call-2018-11-12'},
  {later: 'meeting-trump-xi-buenos-aires-2018', earlier: 'call-trump-xi-2018-11-01'},
  {later: 'stop-deal-2018-05', earlier: 'visit-liu-washington-2018-05'},
  {later: 'stop-deal-2018-05', earlier: 'talks-liu-washington-2018-05'},
  {later: 'call-trump-xi-2018-11-01', earlier: 'call-trump-xi-before-2018-05'}
] AS row
MATCH (a:Event {id: row.later})
MATCH (b:Event {id: row.earlier})
MERGE (a)-[:FOLLOWS]->(b);

MATCH (e:Event {id: 'meeting-trump-xi-buenos-aires-2018'})
MATCH (s:Event {id: 'g20-buenos-aires-2018'})
MERGE (e)-[:DURING]->(s);

MATCH (e:Event {id: 'stop-deal-2018-05'})
MATCH (m:Measure {id: 'cn-purchase-deal-2018'})
MERGE (e)-[:IN_RESPONSE_TO]->(m);

MATCH (e:Event {id: 'request-comment-cn-mfa-2018-11-13'})
MATCH (c:Event {id: 'call-mnuchin-liu-2018-11-09'})
MERGE (e)-[:IN_RESPONSE_TO]->(c);

// Evidence: exact phrases of 000 (location = cat -n line, offset = 0-based character offset)
UNWIND [
  {id: 'evidence-000-01', location: 'line 1', offset: 0, phrase: 'U.S. Treasury Secretary Steven Mnuchin and Chinese Vice Premier Liu He have resumed talks on trade', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['steven-mnuchin', 'liu-he', 'call-mnuchin-liu-2018-11-09', 'us-treasury', 'US', 'CN']},
  {id: 'evidence-000-02', location: 'line 1', offset: 104, phrase: 'a potential Washington visit by Liu is being considered before the nations’ top leaders meet later this month', sourceGrade: 'C', infoGrade: 3, anonymous: false, form: 'report', facts: ['visit-liu-washington-2018-11', 'washington-dc', 'meeting-trump-xi-buenos-aires-2018']},
  {id: 'evidence-000-03', location: 'line 3', offset: 280, phrase: 'Commerce Secretary Wibur Ross, US Trade Rep Robert Lighthizer', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['wilbur-ross', 'robert-lighthizer', 'us-commerce', 'ustr-office']},
  {id: 'evidence-000-04', location: 'line 7', offset: 479, phrase: 'The two officials spoke by phone on Friday, according to people briefed on the matter', sourceGrade: 'C', infoGrade: 2, anonymous: true, form: 'report', facts: ['call-mnuchin-liu-2018-11-09']},
  {id: 'evidence-000-05', location: 'line 7', offset: 629, phrase: 'The conversation didn’t yield any concrete results, the people said.', sourceGrade: 'C', infoGrade: 2, anonymous: true, form: 'report', facts: ['call-mnuchin-liu-2018-11-09']},
  {id: 'evidence-000-06', location: 'line 7', offset: 698, phrase: 'The Hong Kong-based South China Morning Post reported Tuesday that Liu was “expected” to visit Washington shortly.', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['scmp', 'HK', 'report-scmp-liu-visit-2018-11-13', 'visit-liu-washington-2018-11']},
  {id: 'evidence-000-07', location: 'line 7', offset: 813, phrase: 'The Wall Street Journal first reported the phone call Monday.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['wsj', 'report-wsj-call-2018-11-12']},
  {id: 'evidence-000-08', location: 'line 9', offset: 906, phrase: 'a call between President Donald Trump and China’s Xi Jinping two weeks ago', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['donald-trump', 'xi-jinping', 'call-trump-xi-2018-11-01']},
  {id: 'evidence-000-09', location: 'line 9', offset: 981, phrase: 'the first publicly disclosed call in six months', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['call-trump-xi-2018-11-01', 'call-trump-xi-before-2018-05']},
  {id: 'evidence-000-10', location: 'line 9', offset: 1030, phrase: 'The two leaders are slated to meet at the Group of 20 nations summit in Argentina', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['g20', 'AR', 'g20-buenos-aires-2018', 'meeting-trump-xi-buenos-aires-2018']},
  {id: 'evidence-000-11', location: 'line 9', offset: 1113, phrase: 'which is scheduled to take place from Nov. 30 to Dec. 1.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['g20-buenos-aires-2018']},
  {id: 'evidence-000-12', location: 'line 11', offset: 1171, phrase: 'Asian stocks came off their lows after the report Tuesday', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['asian-stocks']},
  {id: 'evidence-000-13', location: 'line 11', offset: 1234, phrase: 'the Australian and New Zealand dollars climbed. China’s yuan was poised to advance', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['currency-markets', 'AU', 'NZ']},
  {id: 'evidence-000-14', location: 'line 13', offset: 1351, phrase: 'U.S.-China talks have made little progress since May, when Trump put a stop to a deal', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['stop-deal-2018-05', 'cn-purchase-deal-2018', 'talks-liu-washington-2018-05']},
  {id: 'evidence-000-15', location: 'line 13', offset: 1430, phrase: 'a deal that would have seen China buy more energy and agricultural goods to narrow the trade deficit', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['cn-purchase-deal-2018', 'stop-deal-2018-05']},
  {id: 'evidence-000-16', location: 'line 13', offset: 1532, phrase: 'In Beijing, Trump’s move was seen as an insult to Xi', sourceGrade: 'C', infoGrade: 3, anonymous: false, form: 'report', facts: ['beijing', 'stop-deal-2018-05']},
  {id: 'evidence-000-17', location: 'line 13', offset: 1586, phrase: 'who sent Liu—his top economic policy official—to Washington for the negotiations', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['visit-liu-washington-2018-05', 'talks-liu-washington-2018-05']},
  {id: 'evidence-000-18', location: 'line 13', offset: 1672, phrase: 'cemented a view that Trump’s real goal was to thwart China’s rise', sourceGrade: 'C', infoGrade: 3, anonymous: false, form: 'report', facts: ['stop-deal-2018-05']},
  {id: 'evidence-000-19', location: 'line 15', offset: 1740, phrase: '“We are willing to negotiate with the U.S.,” Chinese Premier Li Keqiang said at an event Tuesday in Singapore', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['li-keqiang', 'singapore-city', 'speech-li-keqiang-singapore-2018-11-13']},
  {id: 'evidence-000-20', location: 'line 15', offset: 1863, phrase: 'the talks should be carried out on the basis of mutual respect, balance and good faith', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['speech-li-keqiang-singapore-2018-11-13']},
  {id: 'evidence-000-21', location: 'line 15', offset: 2015, phrase: 'be able to find a solution that is acceptable to both sides.', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['speech-li-keqiang-singapore-2018-11-13']},
  {id: 'evidence-000-22', location: 'line 17', offset: 2172, phrase: 'those disagreements could also be contained with dialogue', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['speech-li-keqiang-singapore-2018-11-13']},
  {id: 'evidence-000-23', location: 'line 19', offset: 2366, phrase: 'China’s Foreign Ministry didn’t immediately respond to a faxed request for comment on the call.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['cn-mfa', 'request-comment-cn-mfa-2018-11-13', 'outlet-000-unnamed']},
  {id: 'evidence-000-24', location: 'line 21', offset: 2463, phrase: 'The two nations have levied several rounds of tariffs on each other’s goods', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['us-tariffs-250bn-2018', 'cn-retaliatory-tariffs-110bn-2018']},
  {id: 'evidence-000-25', location: 'line 21', offset: 2544, phrase: 'tariffs on $200 billion Chinese imports are due to rise to 25 percent from January', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['us-tariff-hike-200bn-2019-01']},
  {id: 'evidence-000-26', location: 'line 23', offset: 2678, phrase: 'In a speech to a Washington think-tank on Friday, Peter Navarro', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['peter-navarro', 'washington-think-tank', 'speech-navarro-2018-11-09']},
  {id: 'evidence-000-27', location: 'line 23', offset: 2742, phrase: 'a White House trade adviser who is one of the most outspoken China hawks in the administration', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['white-house', 'us-federal-government']},
  {id: 'evidence-000-28', location: 'line 23', offset: 2837, phrase: 'warned “Wall Street” bankers not to get involved in shuttle diplomacy with Beijing', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['wall-street', 'speech-navarro-2018-11-09']},
  {id: 'evidence-000-29', location: 'line 23', offset: 2921, phrase: 'In a thinly-veiled broadside at Mnuchin and other advocates of a negotiated solution', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['speech-navarro-2018-11-09']},
  {id: 'evidence-000-30', location: 'line 23', offset: 3019, phrase: 'no one but Trump or Robert Lighthizer, the U.S. trade representative, should be negotiating with Beijing', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['speech-navarro-2018-11-09']},
  {id: 'evidence-000-31', location: 'line 25', offset: 3126, phrase: 'The Trump administration has said that it wanted a substantive response to a long list of demands', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['demand-us-structural-changes-2018', 'us-federal-government']},
  {id: 'evidence-000-32', location: 'line 25', offset: 3228, phrase: 'what it calls “structural” changes in Chinese industrial policy', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['demand-us-structural-changes-2018']},
  {id: 'evidence-000-33', location: 'line 25', offset: 3293, phrase: 'Trump has rejected a number of deals negotiated by aides such as Mnuchin and U.S. Commerce Secretary Wilbur Ross', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['rejection-trump-aides-deals-2018']},
  {id: 'evidence-000-34', location: 'line 25', offset: 3416, phrase: 'focused on increasing purchases rather than substantive reforms', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['rejection-trump-aides-deals-2018']}
] AS row
MERGE (ev:Evidence {id: row.id})
SET ev += row {.location, .offset, .phrase, .sourceGrade, .infoGrade, .anonymous, .form}
WITH ev, row
MATCH (src:Source {id: '000_4f605919d46dec3e'})
MERGE (ev)-[:FROM]->(src)
WITH ev, row
UNWIND row.facts AS factId
MATCH (f) WHERE f.id = factId AND (f:Event OR f:Measure OR f:Person OR f:Organization OR f:Place OR f:Country)
MERGE (f)-[:EVIDENCED_BY]->(ev);
