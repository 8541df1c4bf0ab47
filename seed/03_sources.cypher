// 03_sources.cypher: the five article sources (id = file name without .txt), their outlets
// (named only where the text shows them), and the reports the articles cite.

// Article sources
UNWIND [
  {id: '000_4f605919d46dec3e', titleEditorial: true, title: 'Mnuchin and Liu He resume trade talks by phone ahead of the G20 in Argentina',
   published: date('2018-11-13'), publishedPrecision: 'day', language: 'en',
   publishedBasis: 'Li Keqiang spoke "at an event Tuesday in Singapore" (he was in Singapore for the ASEAN meetings in mid-Nov 2018); the Trump-Xi call (1 Nov 2018 per the tweet in 001) was "two weeks ago"; the G20 (30 Nov-1 Dec) is "later this month"; the SCMP "reported Tuesday" and markets reacted "after the report Tuesday". Tuesday 13 Nov 2018.',
   outletNote: 'Outlet not named. It cites the WSJ and the SCMP as other outlets, so it is neither; the style is that of a wire service.'},
  {id: '001_4874d1d3777de1bd', titleEditorial: true, title: 'Mnuchin-Liu call and G-20 plans, citing the Wall Street Journal',
   published: date('2018-11-01'), publishedPrecision: 'month', language: 'en',
   publishedBasis: 'Cites the WSJ report of "the Friday conversation" (the 9 Nov 2018 call that the WSJ first reported on Mon 12 Nov, per 000), says the leaders spoke "earlier in November" and calls the G-20 (from 30 Nov) "upcoming". So between 12 and 29 Nov 2018; the day cannot be fixed from the text.',
   outletNote: 'Outlet not named. Clues: a "READ MORE:" cross-link, and the embedded tweet date is rendered in a Russian locale ("1 ноября 2018 г.").'},
  {id: '002_49812e43c2240187', titleEditorial: true, title: 'Liu He call with Lighthizer and Mnuchin restarts talks; 13th round set for early October in Washington',
   published: date('2019-09-05'), publishedPrecision: 'day', language: 'en',
   publishedBasis: 'The call was "on Thursday morning Beijing time" and Chinese papers reported it "this morning": Thursday 5 Sep 2019 (Trump "tweeted on Tuesday" = 3 Sep; August manufacturing data cited; talks in "early October"). A next-day (Fri 6 Sep) publication cannot be excluded.',
   outletNote: 'Outlet not named. Hong Kong-style copy (US$ amounts, photo credits "Weibo" and "Xinhua", "party mouthpiece") resembles the South China Morning Post; not asserted.'},
  {id: '003_3e9800d906cc811f', titleEditorial: false, title: 'US negotiators heading to China on Monday for in-person talks',
   published: date('2019-07-24'), publishedPrecision: 'day', language: 'en',
   publishedBasis: 'Mnuchin "told CNBC Wednesday" (past tense) that they depart "Monday" for talks in Shanghai "through Wednesday" (29-31 Jul 2019, matching the 30 Jul banquet in 002); Ross and Kudlow spoke "on Tuesday" (23 Jul); Chinese stocks "gained Wednesday". Written on Wed 24 Jul 2019 (US time); the Singapore edition may carry 25 Jul.',
   outletNote: 'The page shows "BT is now on Telegram!": The Business Times (Singapore). The copy reads like a syndicated wire story with a [WASHINGTON] dateline.'},
  {id: '004_ca7bab2cb521082e', titleEditorial: true, title: 'Bessent and Greer hold video call with He Lifeng; face-to-face talks planned before a Trump-Xi meeting at APEC',
   published: date('2025-10-18'), publishedPrecision: 'day', language: 'en',
   publishedBasis: 'The video call was "on Friday evening Eastern Time (October 17th)" and the article reports Chinese state media coverage "after the meeting", so it was written on 18 Oct 2025 (Beijing time) at the earliest; rare-earth controls announced "last week" (9 Oct) and APEC "at the end of this month" fit. The day is inferred.',
   outletNote: 'Outlet not named. The conversion to "Eastern Time (October 17th)" and "Chairman Xi Jinping" suggest an Asian outlet, possibly translated.'}
] AS row
MERGE (s:Source {id: row.id})
SET s += row, s.kind = 'article', s.file = row.id + '.txt',
    s.titleNote = CASE WHEN row.titleEditorial THEN 'Editorial: the text has no headline; this title summarises it.' ELSE 'The headline printed in the text.' END;

// Article -> outlet (placeholder outlets where the text does not name one)
UNWIND [
  {source: '000_4f605919d46dec3e', outlet: 'outlet-000-unnamed'},
  {source: '001_4874d1d3777de1bd', outlet: 'outlet-001-unnamed'},
  {source: '002_49812e43c2240187', outlet: 'outlet-002-unnamed'},
  {source: '003_3e9800d906cc811f', outlet: 'business-times'},
  {source: '004_ca7bab2cb521082e', outlet: 'outlet-004-unnamed'}
] AS row
MATCH (s:Source {id: row.source})
MATCH (o:Organization {id: row.outlet})
MERGE (s)-[:PUBLISHED_BY]->(o);

// Reports, posts and documents cited inside the articles
UNWIND [
  {id: 'wsj-mnuchin-liu-call-2018-11-12', title: 'WSJ first report of the Mnuchin-Liu He phone call', published: date('2018-11-12'), publishedPrecision: 'day', publishedBasis: '"first reported the phone call Monday" in 000 (published Tue 13 Nov 2018)', citedIn: ['000_4f605919d46dec3e', '001_4874d1d3777de1bd']},
  {id: 'scmp-liu-expected-visit-2018-11-13', title: 'SCMP report that Liu He was "expected" to visit Washington', published: date('2018-11-13'), publishedPrecision: 'day', publishedBasis: '"reported Tuesday" in 000', citedIn: ['000_4f605919d46dec3e']},
  {id: 'x-post-trump-2018-11-01', title: 'Trump tweet on his "long and very good" call with Xi', published: date('2018-11-01'), publishedPrecision: 'day', publishedBasis: 'date shown in the embed in 001', citedIn: ['001_4874d1d3777de1bd']},
  {id: 'bloomberg-tariff-threat-2018-10', title: 'Bloomberg report that the US was preparing tariffs on all remaining Chinese imports', published: date('2018-10-01'), publishedPrecision: 'month', publishedBasis: '"reported in October" in 001', citedIn: ['001_4874d1d3777de1bd']},
  {id: 'read-more-senior-chinese-diplomat-2018', title: 'Linked story: senior Chinese diplomat says US and China must resolve trade disputes through talks', published: null, publishedPrecision: null, publishedBasis: 'cross-link in 001, undated', citedIn: ['001_4874d1d3777de1bd']},
  {id: 'chinese-papers-2019-09-05', title: 'Chinese newspaper reports of Liu He\'s remarks in the call', published: date('2019-09-05'), publishedPrecision: 'day', publishedBasis: '"reports in Chinese papers this morning" in 002', citedIn: ['002_49812e43c2240187']},
  {id: 'xinhua-working-groups-2019-09-05', title: 'Xinhua report on preparatory working-group meetings', published: date('2019-09-05'), publishedPrecision: 'day', publishedBasis: 'reported alongside the call in 002 (inferred same day)', citedIn: ['002_49812e43c2240187']},
  {id: 'peoples-daily-commentary-2019-09', title: 'People\'s Daily commentary blaming Trump\'s "flip-flopping"', published: date('2019-09-01'), publishedPrecision: 'month', publishedBasis: 'cited in 002 without a date', citedIn: ['002_49812e43c2240187']},
  {id: 'x-post-trump-2019-09-03', title: 'Trump tweet that a deal would "get much tougher" in a second term', published: date('2019-09-03'), publishedPrecision: 'day', publishedBasis: '"tweeted on Tuesday" in 002 (published Thu 5 Sep 2019)', citedIn: ['002_49812e43c2240187']},
  {id: 'cnbc-mnuchin-interview-2019-07-24', title: 'Mnuchin CNBC interview on departing for China', published: date('2019-07-24'), publishedPrecision: 'day', publishedBasis: '"told CNBC Wednesday" in 003', citedIn: ['003_3e9800d906cc811f']},
  {id: 'bloomberg-tv-ross-interview-2019-07-23', title: 'Wilbur Ross Bloomberg TV interview on the timing of a deal', published: date('2019-07-23'), publishedPrecision: 'day', publishedBasis: '"told Bloomberg TV on Tuesday" in 003', citedIn: ['003_3e9800d906cc811f']},
  {id: 'cn-defence-white-paper-2019', title: 'Chinese military white paper accusing Washington of undermining strategic stability', published: date('2019-07-24'), publishedPrecision: 'day', publishedBasis: 'public record: China\'s national defence white paper was released 24 Jul 2019; 003 mentions it next to Tuesday\'s foreign-ministry remarks', citedIn: ['003_3e9800d906cc811f']},
  {id: 'cn-state-media-readout-2025-10-18', title: 'Chinese state media readout of the Bessent-Greer-He Lifeng video call', published: date('2025-10-18'), publishedPrecision: 'day', publishedBasis: '"After the meeting" in 004; the call ended on the evening of 17 Oct ET = morning of 18 Oct Beijing time (inferred)', citedIn: ['004_ca7bab2cb521082e']},
  {id: 'x-post-bessent-2025-10-17', title: 'Bessent statement on X after the video call', published: date('2025-10-17'), publishedPrecision: 'day', publishedBasis: '"Tonight" in the post, on the day of the call', citedIn: ['004_ca7bab2cb521082e']},
  {id: 'ustr-social-media-2025-10-17', title: 'USTR social-media confirmation of the call and of face-to-face talks next week', published: date('2025-10-17'), publishedPrecision: 'day', publishedBasis: 'inferred: posted after the call; the platform is not named in 004', citedIn: ['004_ca7bab2cb521082e']},
  {id: 'fox-news-trump-interview-2025-10-17', title: 'Fox News interview excerpts: Trump would still meet Xi at APEC', published: date('2025-10-17'), publishedPrecision: 'day', publishedBasis: '"just hours before this video call" in 004', citedIn: ['004_ca7bab2cb521082e']}
] AS row
MERGE (s:Source {id: row.id})
SET s += row {.title, .published, .publishedPrecision, .publishedBasis}, s.kind = 'cited-report', s.language = 'en'
WITH s, row
UNWIND row.citedIn AS articleId
MATCH (a:Source {id: articleId})
MERGE (s)-[:CITED_IN]->(a);

// Cited report -> outlet, where the text names it
UNWIND [
  {source: 'wsj-mnuchin-liu-call-2018-11-12', outlet: 'wsj'},
  {source: 'scmp-liu-expected-visit-2018-11-13', outlet: 'scmp'},
  {source: 'x-post-trump-2018-11-01', outlet: 'x-platform'},
  {source: 'bloomberg-tariff-threat-2018-10', outlet: 'bloomberg'},
  {source: 'read-more-senior-chinese-diplomat-2018', outlet: 'outlet-001-unnamed'},
  {source: 'xinhua-working-groups-2019-09-05', outlet: 'xinhua'},
  {source: 'peoples-daily-commentary-2019-09', outlet: 'peoples-daily'},
  {source: 'x-post-trump-2019-09-03', outlet: 'x-platform'},
  {source: 'cnbc-mnuchin-interview-2019-07-24', outlet: 'cnbc'},
  {source: 'bloomberg-tv-ross-interview-2019-07-23', outlet: 'bloomberg'},
  {source: 'cn-state-media-readout-2025-10-18', outlet: 'cn-state-media'},
  {source: 'x-post-bessent-2025-10-17', outlet: 'x-platform'},
  {source: 'fox-news-trump-interview-2025-10-17', outlet: 'fox-news'}
] AS row
MATCH (s:Source {id: row.source})
MATCH (o:Organization {id: row.outlet})
MERGE (s)-[:PUBLISHED_BY]->(o);
