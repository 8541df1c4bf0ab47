// 14_article_004.cypher: facts from 004_ca7bab2cb521082e (written 18 Oct 2025, outlet not named).
// Bessent and Greer video call with He Lifeng; face-to-face talks next week; Trump-Xi meeting at APEC;
// rare-earth controls, the 100% tariff threat, the truce expiring 10 Nov; the G7 response.

// Events
UNWIND [
  {id: 'call-bessent-greer-he-2025-10-17', title: 'Bessent and Greer video call with He Lifeng', cameo: '041', channel: 'video-call',
   date: date('2025-10-17'), datePrecision: 'day', dateBasis: 'stated',
   dateNote: '"on Friday evening Eastern Time (October 17th)".', status: 'happened',
   summary: 'Frank, in-depth exchanges on trade relations. The sides agreed to hold a new round of talks as soon as possible, face to face the following week.'},
  {id: 'readout-cn-state-media-2025-10-18', title: 'Chinese state media report of the video call', cameo: '036', channel: 'press-report',
   date: date('2025-10-18'), datePrecision: 'day', dateBasis: 'inferred',
   dateNote: '"After the meeting": the call ended on the evening of 17 Oct ET, i.e. the morning of 18 Oct in Beijing. The text says state media "reported"; it does not call it an official readout (press-report).', status: 'happened',
   summary: 'State media reported "frank, in-depth, and constructive exchanges" and an agreement to hold a new round soon.'},
  {id: 'post-bessent-x-2025-10-17', title: 'Bessent statement on X about the call', cameo: '036', channel: 'social-media-post',
   date: date('2025-10-17'), datePrecision: 'day', dateBasis: 'stated',
   dateNote: '"Tonight" in the post, on the evening of the call (17 Oct 2025 ET).', status: 'happened',
   summary: 'Bessent reported frank and in-depth discussions with He Lifeng and a face-to-face meeting next week.'},
  {id: 'post-ustr-2025-10-17', title: 'USTR office confirms the call on social media', cameo: '036', channel: 'social-media-post',
   date: date('2025-10-17'), datePrecision: 'day', dateBasis: 'inferred',
   dateNote: 'Posted after the call; the text gives no day.', status: 'happened',
   summary: 'The office confirmed a frank dialogue and said face-to-face talks would come next week, before Trump meets Xi.'},
  {id: 'talks-face-to-face-2025-10', title: 'Face-to-face US-China trade talks "next week"', cameo: '046', channel: 'in-person-round',
   date: date('2025-10-01'), datePrecision: 'month', dateEarliest: date('2025-10-20'), dateLatest: date('2025-10-26'), dateBasis: 'derived-from-publication',
   dateNote: '"next week" from the call of Fri 17 Oct 2025: the week of 20-26 Oct 2025. The place is not stated.', status: 'planned',
   summary: 'New round of economic and trade negotiations meant to prepare a Trump-Xi summit.'},
  {id: 'apec-2025', title: 'APEC summit (end of October 2025)', cameo: '040', channel: 'summit-meeting',
   date: date('2025-10-01'), datePrecision: 'month', dateBasis: 'stated',
   dateNote: '"at the end of this month" in an article of Oct 2025. The host city is not stated in the text.', status: 'planned',
   summary: 'Asia-Pacific Economic Cooperation summit on whose sidelines Trump and Xi are to meet.'},
  {id: 'meeting-trump-xi-apec-2025', title: 'Trump-Xi meeting on the sidelines of APEC', cameo: '044', channel: 'summit-meeting',
   date: date('2025-10-01'), datePrecision: 'month', dateBasis: 'stated',
   dateNote: 'At the APEC summit "at the end of this month" (October 2025).', status: 'planned',
   summary: 'Planned leaders\' meeting. Trump had threatened to cancel it over the rare-earth controls, then said he would still meet Xi.'},
  {id: 'threat-trump-cancel-xi-meeting-2025-10', title: 'Trump threatens to cancel his meeting with Xi', cameo: '134', channel: 'press-report',
   date: date('2025-10-01'), datePrecision: 'month', dateLatest: date('2025-10-17'), dateBasis: 'inferred',
   dateNote: '"Prior to this", after Beijing\'s rare-earth announcement "last week": between 9 and 17 Oct 2025. The channel is not stated (press-report).', status: 'happened',
   summary: 'Trump threatened to cancel the APEC meeting with Xi because of China\'s strict rare-earth controls.'},
  {id: 'interview-trump-fox-2025-10-17', title: 'Fox News interview: Trump will still meet Xi at APEC', cameo: '036', channel: 'media-interview',
   date: date('2025-10-17'), datePrecision: 'day', dateBasis: 'stated',
   dateNote: 'Excerpts released "just hours before this video call" (17 Oct 2025).', status: 'happened',
   summary: 'Trump said he would still meet Xi at the APEC summit.'},
  {id: 'announcement-cn-rare-earth-controls-2025-10', title: 'Beijing announces comprehensive controls on the rare-earth industry', cameo: '163', channel: 'public-statement',
   date: date('2025-10-09'), datePrecision: 'day', dateBasis: 'public-record',
   dateNote: '"last week" in an article of 18 Oct 2025 = 6-12 Oct; the announcements of 9 Oct 2025 are public record.', status: 'happened',
   summary: 'China announced comprehensive export controls on rare earths, the trigger of the new round of tensions.'},
  {id: 'threat-trump-100pct-tariffs-2025-10', title: 'Trump threatens 100% tariffs on Chinese imports from 1 November', cameo: '1312', channel: 'press-report',
   date: date('2025-10-01'), datePrecision: 'month', dateLatest: date('2025-10-17'), dateBasis: 'inferred',
   dateNote: 'Prompted by the rare-earth announcement "last week", so between 9 and 17 Oct 2025. The day and channel are not stated (press-report).', status: 'happened',
   summary: 'Trump threatened 100% tariffs on Chinese imports from 1 Nov unless Beijing lifts the restrictions.'},
  {id: 'rally-g7-2025-10', title: 'Washington rallies the G7 against China\'s export controls', cameo: '053', channel: 'press-report',
   date: date('2025-10-01'), datePrecision: 'month', dateLatest: date('2025-10-18'), dateBasis: 'derived-from-publication',
   dateNote: 'Around the time of the 17 Oct 2025 call ("Amid this high-level video conference"). The text names no meeting or medium (press-report).', status: 'happened',
   summary: 'The US sought a coordinated G7 response to China\'s latest export controls.'},
  {id: 'meeting-g7-finance-ministers-2025-10', title: 'G7 finance ministers agree to coordinate a response', cameo: '040', channel: 'press-report',
   date: date('2025-10-01'), datePrecision: 'month', dateLatest: date('2025-10-18'), dateBasis: 'inferred',
   dateNote: 'Reported in an article of 18 Oct 2025 without a day; the statement was made in Washington. The text says the ministers "have agreed", not how (press-report).', status: 'happened',
   summary: 'Ministers agreed on coordinating short-term response measures and diversifying supply sources.'},
  {id: 'statement-dombrovskis-2025-10', title: 'Dombrovskis: G7 agreed on short-term response and supply diversification', cameo: '010', channel: 'public-statement',
   date: date('2025-10-01'), datePrecision: 'month', dateLatest: date('2025-10-18'), dateBasis: 'inferred',
   dateNote: 'Made in Washington in the days before 18 Oct 2025; no day given.', status: 'happened',
   summary: 'The EU commissioner reported the G7 finance ministers\' agreement.'},
  {id: 'statement-klingbeil-2025-10', title: 'Klingbeil: the G7 does not agree with China\'s actions', cameo: '111', channel: 'public-statement',
   date: date('2025-10-01'), datePrecision: 'month', dateBasis: 'inferred',
   dateNote: 'Reported in an article of 18 Oct 2025 without a day.', status: 'happened',
   summary: 'The German finance minister said the G7 had clearly stated its disagreement with China\'s actions.'},
  {id: 'appeal-bessent-imf-world-bank-2025-10', title: 'Bessent calls on the IMF and World Bank to be firmer with China', cameo: '020', channel: 'press-report',
   date: date('2025-10-01'), datePrecision: 'month', dateLatest: date('2025-10-18'), dateBasis: 'inferred',
   dateNote: 'Reported in an article of 18 Oct 2025 without a day. "called on" names no medium (press-report).', status: 'happened',
   summary: 'Bessent urged the IMF and World Bank to take a firmer stance against China.'}
] AS row
MERGE (e:Event {id: row.id})
SET e += row, e.basis = coalesce(row.basis, 'article');

MATCH (e:Event {id: 'apec-2025'})
SET e:Summit;

// Measures
UNWIND [
  {id: 'cn-rare-earth-controls-2025', kind: 'export-control', title: 'Chinese comprehensive controls on the rare-earth industry',
   status: 'in-force',
   summary: 'Announced in early October 2025; vital for products from smartphones to missiles. Not aimed at one country, so no TARGETS edge.'},
  {id: 'us-100pct-tariff-threat-2025', kind: 'threat', title: 'Threatened 100% US tariffs on Chinese imports',
   rateTo: 100, effective: date('2025-11-01'), status: 'threatened',
   summary: 'To start on 1 Nov 2025 unless Beijing lifts its rare-earth restrictions.'},
  {id: 'truce-us-cn-2025', kind: 'truce', title: 'US-China tariff truce agreement (2025)',
   expires: date('2025-11-10'), status: 'in-force',
   summary: 'Set to expire on 10 Nov 2025. The article does not give its start.'}
] AS row
MERGE (m:Measure {id: row.id})
SET m += row, m.basis = coalesce(row.basis, 'article');

UNWIND [
  {by: 'CN', m: 'cn-rare-earth-controls-2025'},
  {by: 'donald-trump', m: 'us-100pct-tariff-threat-2025'},
  {by: 'US', m: 'truce-us-cn-2025'}, {by: 'CN', m: 'truce-us-cn-2025'}
] AS row
MATCH (x) WHERE x.id = row.by AND (x:Country OR x:Person OR x:Organization)
MATCH (m:Measure {id: row.m})
MERGE (x)-[:IMPOSED]->(m);

UNWIND [
  {m: 'us-100pct-tariff-threat-2025', target: 'CN'},
  {m: 'truce-us-cn-2025', target: 'US'}, {m: 'truce-us-cn-2025', target: 'CN'}
] AS row
MATCH (m:Measure {id: row.m})
MATCH (c:Country {id: row.target})
MERGE (m)-[:TARGETS]->(c);

MATCH (m:Measure {id: 'us-100pct-tariff-threat-2025'})
MATCH (p:Measure {id: 'cn-rare-earth-controls-2025'})
MERGE (m)-[:RESPONDS_TO]->(p);

// Participations
UNWIND [
  {e: 'call-bessent-greer-he-2025-10-17', who: 'scott-bessent', role: 'counterpart', post: 'us-treasury-secretary', side: 'US'},
  {e: 'call-bessent-greer-he-2025-10-17', who: 'jamieson-greer', role: 'counterpart', post: 'us-trade-representative', side: 'US'},
  {e: 'call-bessent-greer-he-2025-10-17', who: 'he-lifeng', role: 'counterpart', post: 'cn-vice-premier', side: 'CN'},
  {e: 'readout-cn-state-media-2025-10-18', who: 'cn-state-media', role: 'author', post: null, side: 'CN'},
  {e: 'post-bessent-x-2025-10-17', who: 'scott-bessent', role: 'author', post: 'us-treasury-secretary', side: 'US'},
  {e: 'post-bessent-x-2025-10-17', who: 'he-lifeng', role: 'subject', post: 'cn-vice-premier', side: 'CN'},
  {e: 'post-ustr-2025-10-17', who: 'ustr-office', role: 'author', post: null, side: 'US'},
  {e: 'talks-face-to-face-2025-10', who: 'scott-bessent', role: 'counterpart', post: 'us-treasury-secretary', side: 'US'},
  {e: 'talks-face-to-face-2025-10', who: 'jamieson-greer', role: 'counterpart', post: 'us-trade-representative', side: 'US'},
  {e: 'talks-face-to-face-2025-10', who: 'he-lifeng', role: 'counterpart', post: 'cn-vice-premier', side: 'CN'},
  {e: 'apec-2025', who: 'apec', role: 'host', post: null, side: null},
  {e: 'apec-2025', who: 'donald-trump', role: 'attendee', post: 'us-president', side: 'US'},
  {e: 'apec-2025', who: 'xi-jinping', role: 'attendee', post: 'cn-president', side: 'CN'},
  {e: 'meeting-trump-xi-apec-2025', who: 'donald-trump', role: 'counterpart', post: 'us-president', side: 'US'},
  {e: 'meeting-trump-xi-apec-2025', who: 'xi-jinping', role: 'counterpart', post: 'cn-president', side: 'CN'},
  {e: 'threat-trump-cancel-xi-meeting-2025-10', who: 'donald-trump', role: 'initiator', post: 'us-president', side: 'US'},
  {e: 'threat-trump-cancel-xi-meeting-2025-10', who: 'xi-jinping', role: 'subject', post: 'cn-president', side: 'CN'},
  {e: 'interview-trump-fox-2025-10-17', who: 'donald-trump', role: 'speaker', post: 'us-president', side: 'US'},
  {e: 'interview-trump-fox-2025-10-17', who: 'fox-news', role: 'reporter', post: null, side: null},
  {e: 'announcement-cn-rare-earth-controls-2025-10', who: 'cn-state-council', role: 'initiator', post: null, side: 'CN'},
  {e: 'threat-trump-100pct-tariffs-2025-10', who: 'donald-trump', role: 'initiator', post: 'us-president', side: 'US'},
  {e: 'rally-g7-2025-10', who: 'us-federal-government', role: 'initiator', post: null, side: 'US'},
  {e: 'rally-g7-2025-10', who: 'g7', role: 'recipient', post: null, side: null},
  {e: 'meeting-g7-finance-ministers-2025-10', who: 'g7-finance-ministers', role: 'host', post: null, side: null},
  {e: 'meeting-g7-finance-ministers-2025-10', who: 'valdis-dombrovskis', role: 'attendee', post: 'eu-commissioner-economy', side: 'EU'},
  {e: 'meeting-g7-finance-ministers-2025-10', who: 'lars-klingbeil', role: 'attendee', post: 'de-finance-minister', side: 'DE'},
  {e: 'statement-dombrovskis-2025-10', who: 'valdis-dombrovskis', role: 'speaker', post: 'eu-commissioner-economy', side: 'EU'},
  {e: 'statement-klingbeil-2025-10', who: 'lars-klingbeil', role: 'speaker', post: 'de-finance-minister', side: 'DE'},
  {e: 'appeal-bessent-imf-world-bank-2025-10', who: 'scott-bessent', role: 'speaker', post: 'us-treasury-secretary', side: 'US'},
  {e: 'appeal-bessent-imf-world-bank-2025-10', who: 'imf', role: 'recipient', post: null, side: null},
  {e: 'appeal-bessent-imf-world-bank-2025-10', who: 'world-bank', role: 'recipient', post: null, side: null}
] AS row
MATCH (e:Event {id: row.e})
MATCH (x) WHERE x.id = row.who AND (x:Person OR x:Organization)
MERGE (x)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role, r.post = row.post, r.side = row.side, r.basis = coalesce(row.basis, 'article'), r.reasoning = row.reasoning;

MATCH (e:Event {id: 'statement-dombrovskis-2025-10'})
MATCH (pl:Place {id: 'washington-dc'})
MERGE (e)-[:AT]->(pl);

UNWIND [
  {id: 'call-bessent-greer-he-2025-10-17', topics: ['trade-negotiations', 'rare-earths', 'export-controls', 'tariffs']},
  {id: 'readout-cn-state-media-2025-10-18', topics: ['trade-negotiations']},
  {id: 'post-bessent-x-2025-10-17', topics: ['trade-negotiations']},
  {id: 'post-ustr-2025-10-17', topics: ['trade-negotiations']},
  {id: 'talks-face-to-face-2025-10', topics: ['trade-negotiations']},
  {id: 'apec-2025', topics: ['trade-negotiations']},
  {id: 'meeting-trump-xi-apec-2025', topics: ['trade-negotiations', 'rare-earths', 'tariffs']},
  {id: 'threat-trump-cancel-xi-meeting-2025-10', topics: ['rare-earths', 'trade-negotiations']},
  {id: 'interview-trump-fox-2025-10-17', topics: ['trade-negotiations']},
  {id: 'announcement-cn-rare-earth-controls-2025-10', topics: ['rare-earths', 'export-controls']},
  {id: 'threat-trump-100pct-tariffs-2025-10', topics: ['tariffs', 'rare-earths']},
  {id: 'rally-g7-2025-10', topics: ['export-controls', 'rare-earths']},
  {id: 'meeting-g7-finance-ministers-2025-10', topics: ['export-controls', 'supply-chains']},
  {id: 'statement-dombrovskis-2025-10', topics: ['export-controls', 'supply-chains']},
  {id: 'statement-klingbeil-2025-10', topics: ['export-controls']},
  {id: 'appeal-bessent-imf-world-bank-2025-10', topics: ['export-controls']},
  {id: 'cn-rare-earth-controls-2025', topics: ['rare-earths', 'export-controls']},
  {id: 'us-100pct-tariff-threat-2025', topics: ['tariffs', 'rare-earths']},
  {id: 'truce-us-cn-2025', topics: ['tariffs']}
] AS row
MATCH (x) WHERE x.id = row.id AND (x:Event OR x:Measure)
UNWIND row.topics AS topicId
MATCH (t:Topic {id: topicId})
MERGE (x)-[:ABOUT]->(t);

UNWIND [
  {later: 'readout-cn-state-media-2025-10-18', earlier: 'call-bessent-greer-he-2025-10-17'},
  {later: 'post-bessent-x-2025-10-17', earlier: 'call-bessent-greer-he-2025-10-17'},
  {later: 'post-ustr-2025-10-17', earlier: 'call-bessent-greer-he-2025-10-17'},
  {later: 'talks-face-to-face-2025-10', earlier: 'call-bessent-greer-he-2025-10-17'},
  {later: 'meeting-trump-xi-apec-2025', earlier: 'talks-face-to-face-2025-10'},
  {later: 'call-bessent-greer-he-2025-10-17', earlier: 'interview-trump-fox-2025-10-17'},
  {later: 'interview-trump-fox-2025-10-17', earlier: 'threat-trump-cancel-xi-meeting-2025-10'},
  {later: 'threat-trump-100pct-tariffs-2025-10', earlier: 'announcement-cn-rare-earth-controls-2025-10'},
  {later: 'statement-dombrovskis-2025-10', earlier: 'meeting-g7-finance-ministers-2025-10'},
  {later: 'statement-klingbeil-2025-10', earlier: 'meeting-g7-finance-ministers-2025-10'}
] AS row
MATCH (a:Event {id: row.later})
MATCH (b:Event {id: row.earlier})
MERGE (a)-[:FOLLOWS]->(b);

MATCH (e:Event {id: 'meeting-trump-xi-apec-2025'})
MATCH (s:Event {id: 'apec-2025'})
MERGE (e)-[:DURING]->(s);

UNWIND [
  {e: 'announcement-cn-rare-earth-controls-2025-10', m: 'cn-rare-earth-controls-2025'},
  {e: 'threat-trump-100pct-tariffs-2025-10', m: 'us-100pct-tariff-threat-2025'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (m:Measure {id: row.m})
MERGE (e)-[:ANNOUNCED]->(m);

UNWIND [
  {e: 'threat-trump-cancel-xi-meeting-2025-10', m: 'cn-rare-earth-controls-2025'},
  {e: 'threat-trump-100pct-tariffs-2025-10', m: 'cn-rare-earth-controls-2025'},
  {e: 'rally-g7-2025-10', m: 'cn-rare-earth-controls-2025'},
  {e: 'meeting-g7-finance-ministers-2025-10', m: 'cn-rare-earth-controls-2025'},
  {e: 'statement-klingbeil-2025-10', m: 'cn-rare-earth-controls-2025'},
  {e: 'appeal-bessent-imf-world-bank-2025-10', m: 'cn-rare-earth-controls-2025'}
] AS row
MATCH (e:Event {id: row.e})
MATCH (m:Measure {id: row.m})
MERGE (e)-[:IN_RESPONSE_TO]->(m);

// Evidence: exact phrases of 004
UNWIND [
  {id: 'evidence-004-01', location: 'line 1', offset: 26, phrase: 'Scott Bessent and Trade Representative Jamieson Greer held a video call with Chinese Vice Premier He Lifeng', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['call-bessent-greer-he-2025-10-17', 'scott-bessent', 'jamieson-greer', 'he-lifeng', 'US', 'CN']},
  {id: 'evidence-004-02', location: 'line 1', offset: 134, phrase: 'on Friday evening Eastern Time (October 17th)', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['call-bessent-greer-he-2025-10-17']},
  {id: 'evidence-004-03', location: 'line 2', offset: 200, phrase: 'Chinese state media reported that the US and China engaged in “frank, in-depth, and constructive exchanges”', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['readout-cn-state-media-2025-10-18', 'cn-state-media']},
  {id: 'evidence-004-04', location: 'line 2', offset: 371, phrase: 'agreeing to hold a new round of economic and trade negotiations as soon as possible', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['readout-cn-state-media-2025-10-18', 'talks-face-to-face-2025-10']},
  {id: 'evidence-004-05', location: 'line 3', offset: 456, phrase: 'Scott Bessent also issued a statement on X', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['post-bessent-x-2025-10-17', 'x-platform']},
  {id: 'evidence-004-06', location: 'line 3', offset: 508, phrase: '“Tonight, Vice Premier He Lifeng and I had frank and in-depth discussions on US-China trade issues.”', sourceGrade: 'A', infoGrade: 1, anonymous: false, form: 'post', facts: ['post-bessent-x-2025-10-17', 'call-bessent-greer-he-2025-10-17']},
  {id: 'evidence-004-07', location: 'line 4', offset: 609, phrase: '“We will continue discussions in a face-to-face meeting next week,” Bessent said.', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['post-bessent-x-2025-10-17', 'talks-face-to-face-2025-10']},
  {id: 'evidence-004-08', location: 'line 5', offset: 691, phrase: 'The US Trade Representative’s Office also confirmed on social media that the three parties had “a frank dialogue', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['post-ustr-2025-10-17', 'ustr-office', 'call-bessent-greer-he-2025-10-17']},
  {id: 'evidence-004-09', location: 'line 5', offset: 847, phrase: 'the upcoming meeting next week could pave the way for a possible “Trump-Xi summit.”', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['talks-face-to-face-2025-10', 'meeting-trump-xi-apec-2025']},
  {id: 'evidence-004-10', location: 'line 6', offset: 958, phrase: '“Both sides will switch to face-to-face talks next week, scheduled before @POTUS (US President Trump) meets with Chairman Xi Jinping.”', sourceGrade: 'A', infoGrade: 1, anonymous: false, form: 'post', facts: ['post-ustr-2025-10-17', 'talks-face-to-face-2025-10', 'meeting-trump-xi-apec-2025', 'donald-trump', 'xi-jinping']},
  {id: 'evidence-004-11', location: 'line 7', offset: 1108, phrase: 'Trump had threatened to cancel his meeting with Xi Jinping on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['threat-trump-cancel-xi-meeting-2025-10', 'meeting-trump-xi-apec-2025', 'apec-2025', 'apec']},
  {id: 'evidence-004-12', location: 'line 7', offset: 1239, phrase: 'at the end of this month due to China’s strict rare earth controls', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['apec-2025', 'threat-trump-cancel-xi-meeting-2025-10', 'cn-rare-earth-controls-2025']},
  {id: 'evidence-004-13', location: 'line 8', offset: 1316, phrase: 'just hours before this video call, Fox News released excerpts of an interview with Trump', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['interview-trump-fox-2025-10-17', 'fox-news']},
  {id: 'evidence-004-14', location: 'line 8', offset: 1412, phrase: 'he stated that he would still meet Xi at the APEC summit', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['interview-trump-fox-2025-10-17', 'meeting-trump-xi-apec-2025', 'apec-2025']},
  {id: 'evidence-004-15', location: 'line 9', offset: 1543, phrase: 'helped Wall Street stocks recover on the same day', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['wall-street']},
  {id: 'evidence-004-16', location: 'line 10', offset: 1653, phrase: 'Beijing’s announcement last week of comprehensive controls on the crucial rare earth industry', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['announcement-cn-rare-earth-controls-2025-10', 'cn-rare-earth-controls-2025', 'cn-state-council']},
  {id: 'evidence-004-17', location: 'line 10', offset: 1814, phrase: 'This prompted Trump to threaten imposing 100% tariffs on Chinese imports starting on November 1 unless Beijing lifts the restrictions.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['threat-trump-100pct-tariffs-2025-10', 'us-100pct-tariff-threat-2025']},
  {id: 'evidence-004-18', location: 'line 11', offset: 1949, phrase: 'The US-China tariff truce agreement is set to expire on November 10.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['truce-us-cn-2025']},
  {id: 'evidence-004-19', location: 'line 12', offset: 2057, phrase: 'Washington is rallying the Group of Seven (G7) to respond to China’s latest export controls.', sourceGrade: 'C', infoGrade: 2, anonymous: false, form: 'report', facts: ['rally-g7-2025-10', 'g7', 'us-federal-government', 'cn-rare-earth-controls-2025']},
  {id: 'evidence-004-20', location: 'line 13', offset: 2150, phrase: 'European Commissioner for Economic Affairs Valdis Dombrovskis stated in Washington', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['statement-dombrovskis-2025-10', 'valdis-dombrovskis', 'european-commission', 'washington-dc', 'EU']},
  {id: 'evidence-004-21', location: 'line 13', offset: 2238, phrase: 'G7 finance ministers have agreed on coordinating short-term response measures and diversifying supply sources', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['meeting-g7-finance-ministers-2025-10', 'g7-finance-ministers', 'statement-dombrovskis-2025-10']},
  {id: 'evidence-004-22', location: 'line 14', offset: 2349, phrase: 'German Finance Minister Lars Klingbeil expressed', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['lars-klingbeil', 'statement-klingbeil-2025-10', 'de-finance-ministry', 'DE']},
  {id: 'evidence-004-23', location: 'line 14', offset: 2399, phrase: '“We have clearly stated within the G7 that we do not agree with China’s actions.”', sourceGrade: 'B', infoGrade: 1, anonymous: false, form: 'quote', facts: ['statement-klingbeil-2025-10', 'meeting-g7-finance-ministers-2025-10']},
  {id: 'evidence-004-24', location: 'line 15', offset: 2481, phrase: 'Bessent also called on the International Monetary Fund and World Bank to take a firmer stance against China.', sourceGrade: 'C', infoGrade: 1, anonymous: false, form: 'report', facts: ['appeal-bessent-imf-world-bank-2025-10', 'imf', 'world-bank']}
] AS row
MERGE (ev:Evidence {id: row.id})
SET ev += row {.location, .offset, .phrase, .sourceGrade, .infoGrade, .anonymous, .form}
WITH ev, row
MATCH (src:Source {id: '004_ca7bab2cb521082e'})
MERGE (ev)-[:FROM]->(src)
WITH ev, row
UNWIND row.facts AS factId
MATCH (f) WHERE f.id = factId AND (f:Event OR f:Measure OR f:Person OR f:Organization OR f:Place OR f:Country)
MERGE (f)-[:EVIDENCED_BY]->(ev);
