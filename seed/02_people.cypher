// 02_people.cypher: people, the countries they represent, and their public-record tenures
// (basis 'background'), each citing the reference pages listed in shared/reference/tenures.md.
// QIDs: only Trump (Q22686) and Xi (Q15031) were found in the record; the others stay null.

// People named in the five articles, plus successors and predecessors needed for the tenure timeline
UNWIND [
  {id: 'donald-trump', name: 'Donald Trump', side: 'US', qid: 'Q22686', aliases: ['Trump', 'Mr Trump', 'President Trump', 'President Donald Trump', 'Donald J. Trump', '@realDonaldTrump', 'POTUS', '@POTUS']},
  {id: 'xi-jinping', name: 'Xi Jinping', side: 'CN', qid: 'Q15031', aliases: ['Xi', 'Mr Xi', 'President Xi', 'President Xi Jinping', 'Chairman Xi', 'Chairman Xi Jinping']},
  {id: 'steven-mnuchin', name: 'Steven Mnuchin', side: 'US', qid: null, aliases: ['Mnuchin', 'Mr Mnuchin', 'Steve Mnuchin', 'Steven T. Mnuchin']},
  {id: 'robert-lighthizer', name: 'Robert Lighthizer', side: 'US', qid: null, aliases: ['Lighthizer', 'Mr Lighthizer', 'Bob Lighthizer']},
  {id: 'wilbur-ross', name: 'Wilbur Ross', side: 'US', qid: null, aliases: ['Ross', 'Mr Ross', 'Wibur Ross']},
  {id: 'peter-navarro', name: 'Peter Navarro', side: 'US', qid: null, aliases: ['Navarro', 'Mr Navarro']},
  {id: 'larry-kudlow', name: 'Larry Kudlow', side: 'US', qid: null, aliases: ['Kudlow', 'Lawrence Kudlow', 'Mr Kudlow']},
  {id: 'scott-bessent', name: 'Scott Bessent', side: 'US', qid: null, aliases: ['Bessent', 'Mr Bessent']},
  {id: 'jamieson-greer', name: 'Jamieson Greer', side: 'US', qid: null, aliases: ['Greer', 'Mr Greer']},
  {id: 'janet-yellen', name: 'Janet Yellen', side: 'US', qid: null, aliases: ['Yellen']},
  {id: 'katherine-tai', name: 'Katherine Tai', side: 'US', qid: null, aliases: ['Tai']},
  {id: 'gina-raimondo', name: 'Gina Raimondo', side: 'US', qid: null, aliases: ['Raimondo']},
  {id: 'howard-lutnick', name: 'Howard Lutnick', side: 'US', qid: null, aliases: ['Lutnick']},
  {id: 'kevin-hassett', name: 'Kevin Hassett', side: 'US', qid: null, aliases: ['Hassett']},
  {id: 'liu-he', name: 'Liu He', side: 'CN', qid: null, aliases: ['Liu', 'Mr Liu', 'Vice Premier Liu He']},
  {id: 'he-lifeng', name: 'He Lifeng', side: 'CN', qid: null, aliases: ['Vice Premier He Lifeng']},
  {id: 'li-keqiang', name: 'Li Keqiang', side: 'CN', qid: null, aliases: ['Li', 'Premier Li', 'Premier Li Keqiang']},
  {id: 'li-qiang', name: 'Li Qiang', side: 'CN', qid: null, aliases: ['Premier Li Qiang']},
  {id: 'zhong-shan', name: 'Zhong Shan', side: 'CN', qid: null, aliases: ['Zhong', 'Mr Zhong']},
  {id: 'wang-wentao', name: 'Wang Wentao', side: 'CN', qid: null, aliases: ['Wang']},
  {id: 'yi-gang', name: 'Yi Gang', side: 'CN', qid: null, aliases: ['Yi']},
  {id: 'pan-gongsheng', name: 'Pan Gongsheng', side: 'CN', qid: null, aliases: ['Pan']},
  {id: 'li-chenggang', name: 'Li Chenggang', side: 'CN', qid: null, aliases: []},
  {id: 'valdis-dombrovskis', name: 'Valdis Dombrovskis', side: 'EU', qid: null, aliases: ['Dombrovskis']},
  {id: 'lars-klingbeil', name: 'Lars Klingbeil', side: 'DE', qid: null, aliases: ['Klingbeil']}
] AS row
MERGE (p:Person {id: row.id})
SET p += row
WITH p, row
MATCH (c:Country {id: row.side})
MERGE (p)-[:REPRESENTS]->(c);

// Reference sources: one node per URL cited in tenures.md (gathered 2026-11-23)
UNWIND [
  {id: 'ref-factually-trump-first-term', url: 'https://factually.co/fact-checks/politics/donald-trump-first-term-dates-2017-2021-e59379', title: 'Fact check: Donald Trump first-term dates 2017-2021'},
  {id: 'ref-civicsbeginner-trump-47', url: 'https://civicsbeginner.com/?p=845', title: 'Trump as 47th president (civicsbeginner.com)'},
  {id: 'ref-namegenerator-trump-47', url: 'https://namegenerator.biz/donald-trump-in-office-date-what-really-happened-with-the-47th-presidents-timeline-2436', title: 'Donald Trump in-office date, 47th president timeline'},
  {id: 'ref-movatter-mnuchin', url: 'http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FSteven_Mnuchin', title: 'Steven Mnuchin (Wikipedia mirror)'},
  {id: 'ref-highergroundtimes-mnuchin', url: 'https://highergroundtimes.com/higher-ground/2017/feb/13/steven-mnuchin-sworn-trumps-treasury-secretary', title: 'Steven Mnuchin sworn in as Treasury Secretary (13 Feb 2017)'},
  {id: 'ref-federalnewsnetwork-yellen', url: 'https://federalnewsnetwork.com/government-news/2021/01/janet-yellen-sworn-in-as-first-woman-treasury-secretary/', title: 'Janet Yellen sworn in as first woman Treasury Secretary'},
  {id: 'ref-dailybeast-lebryk', url: 'https://thedailybeast.com/senior-treasury-official-quits-after-clash-with-elon-musk-over-doge-access', title: 'Senior Treasury official quits (Lebryk named acting secretary)'},
  {id: 'ref-accountingtoday-bessent', url: 'https://accountingtoday.com/articles/scott-bessent-is-sworn-in-as-79th-us-treasury-secretary', title: 'Scott Bessent sworn in as 79th US Treasury Secretary'},
  {id: 'ref-cavac-treasury-secretary', url: 'https://cavac.at/cavacopedia/United_States_Secretary_of_the_Treasury', title: 'United States Secretary of the Treasury (encyclopedia mirror)'},
  {id: 'ref-clateway-lighthizer', url: 'https://review.clateway.com/wiki/view_html.php?q=Robert_Lighthizer&sq=Qlik', title: 'Robert Lighthizer (Wikipedia mirror)'},
  {id: 'ref-apparelnews-lighthizer', url: 'http://www.apparelnews.net/news/2017/may/18/new-us-trade-representative-will-have-busy-schedul/', title: 'New US Trade Representative will have busy schedule (May 2017)'},
  {id: 'ref-wikipedia-katherine-tai', url: 'https://en.wikipedia.org/wiki/Katherine_Tai', title: 'Katherine Tai (Wikipedia)'},
  {id: 'ref-movatter-greer', url: 'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FJamieson_Greer', title: 'Jamieson Greer (Wikipedia mirror)'},
  {id: 'ref-ballotpedia-greer', url: 'https://news.ballotpedia.org/?p=40789', title: 'Senate confirms Jamieson Greer (Ballotpedia News)'},
  {id: 'ref-uncensoredwiki-commerce-secretary', url: 'http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Secretary_of_Commerce.html', title: 'Secretary of Commerce (2017 Wikipedia snapshot)'},
  {id: 'ref-providencejournal-raimondo', url: 'https://www.providencejournal.com/story/news/politics/2021/03/03/kamala-harris-swear-gina-raimondo-commerce-secretary/6906221002/', title: 'Kamala Harris swears in Gina Raimondo as Commerce Secretary'},
  {id: 'ref-wikisum-raimondo', url: 'https://wikisum.wiki/wiki/Gina_Raimondo', title: 'Gina Raimondo (wiki summary)'},
  {id: 'ref-foxnews-lutnick', url: 'https://www.foxnews.com/politics/howard-lutnick-sworn-white-house-trumps-commerce-secretary', title: 'Howard Lutnick sworn in as Commerce Secretary'},
  {id: 'ref-friendlywiki-commerce-secretary', url: 'https://friendlywiki.com/article/index.php?title=United_States_Secretary_of_Commerce', title: 'United States Secretary of Commerce (wiki mirror)'},
  {id: 'ref-wikimili-ntc', url: 'https://www.wikimili.com/en/White_House_National_Trade_Council', title: 'White House National Trade Council (wiki mirror)'},
  {id: 'ref-askwikinow-navarro', url: 'https://askwikinow.com/view_html.php?lang=en&q=Peter_Navarro&sq=Facebook', title: 'Peter Navarro (Wikipedia mirror)'},
  {id: 'ref-steelmarketupdate-navarro', url: 'https://steelmarketupdate.com/2024/12/04/trump-taps-former-adviser-navarro-for-key-trade-manufacturing-role', title: 'Trump taps former adviser Navarro for trade and manufacturing role (Dec 2024)'},
  {id: 'ref-wikipedia-kudlow', url: 'https://en.wikipedia.org/wiki/Larry_Kudlow', title: 'Larry Kudlow (Wikipedia)'},
  {id: 'ref-project2025admin-kudlow', url: 'https://project2025admin.com/personnel/larry-kudlow', title: 'Larry Kudlow personnel page'},
  {id: 'ref-wikipedia-hassett', url: 'https://en.wikipedia.org/wiki/Kevin_Hassett', title: 'Kevin Hassett (Wikipedia)'},
  {id: 'ref-simplewiki-xi-jinping', url: 'https://simple.m.wikipedia.org/wiki/Xi_Jinping', title: 'Xi Jinping (Simple English Wikipedia)'},
  {id: 'ref-mapsofworld-xi-elected', url: 'https://www.mapsofworld.com/events/year-2012/politics/xi-jinping-elected.html', title: 'Xi Jinping elected General Secretary (2012)'},
  {id: 'ref-simplewiki-president-of-china', url: 'https://simple.wikipedia.org/wiki/President_of_China', title: 'President of China (Simple English Wikipedia)'},
  {id: 'ref-iiab-liu-he', url: 'https://iiab.live/kiwix/content/wikipedia_en_all_maxi_2023-05/A/Liu_He_(politician)', title: 'Liu He (Wikipedia snapshot, May 2023)'},
  {id: 'ref-swissinfo-liu-he', url: 'https://www.swissinfo.ch/eng/reuters/china-president-xi-s-key-economic-adviser-liu-he-nominated-as-a-vice-premier/43982074', title: 'Xi\'s key economic adviser Liu He nominated as a vice premier (Reuters via swissinfo)'},
  {id: 'ref-owiki-liu-he', url: 'http://w.owiki.org/wiki/Liu_He_%28politician%29', title: 'Liu He (wiki mirror)'},
  {id: 'ref-aimweb-liu-he-2023', url: 'https://aimweb.pl/exclusive-chinas-former-economic-czar-still-has-a-big-seat-at-the-table-quietly-meets-western-delegation-sources', title: 'China\'s former economic czar still has a big seat at the table (2023)'},
  {id: 'ref-sboll-he-lifeng-cfeac', url: 'https://sboll.com/chinas-economic-czar-he-lifeng-assumes-key-policy-leader-role', title: 'He Lifeng assumes key policy leader role'},
  {id: 'ref-movatter-he-lifeng', url: 'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FHe_Lifeng', title: 'He Lifeng (Wikipedia mirror)'},
  {id: 'ref-asiatimes-2017-cabinet', url: 'https://asiatimes.com/2017/03/three-money-men-one-graft-slayer-chinas-latest-cabinet-ministers/', title: 'Three money men, one graft slayer: China\'s latest cabinet ministers (Mar 2017)'},
  {id: 'ref-peoplecn-2023-vice-premiers', url: 'http://en.people.cn/n3/2023/0312/c90000-10220855.html', title: 'China\'s new vice premiers (People\'s Daily Online, 12 Mar 2023)'},
  {id: 'ref-scmp-he-lifeng-cfeac', url: 'https://m.scmp.com/economy/china-economy/article/3239659/chinas-vice-premier-he-lifeng-handed-increased-economic-authority-takes-over-key-policymaking-role', title: 'He Lifeng takes over key policymaking role (SCMP, Oct 2023)'},
  {id: 'ref-cryer-li-keqiang-government', url: 'http://cryer.org.uk/Li_Keqiang_Government', title: 'Li Keqiang Government'},
  {id: 'ref-peoplecn-2023-premier', url: 'http://en.people.cn/n3/2023/0312/c90000-10220761.html', title: 'Li Qiang appointed Premier (People\'s Daily Online, Mar 2023)'},
  {id: 'ref-wikipedia-zhong-shan', url: 'https://en.wikipedia.org/wiki/Zhong_Shan', title: 'Zhong Shan (Wikipedia)'},
  {id: 'ref-npc2018-state-council', url: 'http://formacion-profesional-a-distancia.com/china/NPC_CPPCC_2018/2018-03/19/content_50721803.htm', title: 'March 2018 State Council appointments (NPC 2018 mirror)'},
  {id: 'ref-wikiwand-wang-wentao', url: 'https://www.wikiwand.com/en/articles/Wang_Wentao', title: 'Wang Wentao (Wikiwand)'},
  {id: 'ref-govcn-yi-gang', url: 'http://english.www.gov.cn/state_council/ministries/2018/03/19/content_281476082590344.htm', title: 'Yi Gang appointed PBOC governor (gov.cn, 19 Mar 2018)'},
  {id: 'ref-urdupoint-pboc-2023', url: 'https://www.urdupoint.com/en/business/chinese-parliament-appoints-new-central-bank-1728985.html', title: 'Chinese parliament appoints new central bank governor (2023)'},
  {id: 'ref-thehindu-pan-gongsheng', url: 'https://www.thehindu.com/business/china-names-pan-gongsheng-to-lead-central-bank-succeeding-yi-gang/article67120213.ece/amp/', title: 'China names Pan Gongsheng to lead central bank (The Hindu)'},
  {id: 'ref-nbcla-li-chenggang', url: 'https://www.nbclosangeles.com/news/business/money-report/china-replaces-top-trade-negotiating-official-as-talks-with-washington-stall/3679984/', title: 'China replaces top trade negotiating official (Apr 2025)'},
  {id: 'ref-cna-li-chenggang', url: 'https://www.channelnewsasia.com/east-asia/china-appoints-new-top-international-trade-negotiator-amid-tariff-tensions-us-5068976', title: 'China appoints new top international trade negotiator (CNA)'},
  {id: 'ref-klgates-eu-commission-2024', url: 'https://klgates.com/New-EU-Commission-Takes-OfficeFocus-and-Priorities-12-6-2024', title: 'New EU Commission takes office: focus and priorities (K&L Gates, Dec 2024)'},
  {id: 'ref-fiwonline-commission-start', url: 'https://fiwonline.de/eu-amtsantritt-der-kommission', title: 'EU: Amtsantritt der Kommission (FIW)'},
  {id: 'ref-econostrum-dombrovskis-trade', url: 'https://en.econostrum.info/Valdis-Dombrovskis-becomes-European-Commissioner-for-Trade_a603.html', title: 'Valdis Dombrovskis becomes European Commissioner for Trade'},
  {id: 'ref-hqproductreviews-vdl-commission', url: 'https://hqproductreviews.com?arsae=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FVon_der_Leyen_Commission', title: 'Von der Leyen Commission (Wikipedia mirror)'},
  {id: 'ref-evrimagaci-klingbeil', url: 'https://evrimagaci.org/tpg/lars-klingbeil-officially-becomes-finance-minister-and-vice-chancellor-344651', title: 'Lars Klingbeil becomes finance minister and vice-chancellor (May 2025)'}
] AS row
MERGE (s:Source {id: row.id})
SET s += row, s.kind = 'reference', s.language = 'en';

// Tenures: (:Person)-[:HELD]->(:Tenure)-[:OF_POST]->(:Post), (:Tenure)-[:CITES]->(:Source)
// end = null means incumbent as of late 2025. Start and end days are both counted as in office.
UNWIND [
  {id: 'tenure-donald-trump-us-president-45', person: 'donald-trump', post: 'us-president', start: date('2017-01-20'), startPrecision: 'day', end: date('2021-01-20'), endPrecision: 'day', ordinal: 45, confirmed: true, note: null, cites: ['ref-factually-trump-first-term']},
  {id: 'tenure-donald-trump-us-president-47', person: 'donald-trump', post: 'us-president', start: date('2025-01-20'), startPrecision: 'day', end: null, endPrecision: null, ordinal: 47, confirmed: true, note: null, cites: ['ref-civicsbeginner-trump-47', 'ref-namegenerator-trump-47']},
  {id: 'tenure-steven-mnuchin-us-treasury-secretary', person: 'steven-mnuchin', post: 'us-treasury-secretary', start: date('2017-02-13'), startPrecision: 'day', end: date('2021-01-20'), endPrecision: 'day', ordinal: 77, confirmed: true, note: 'Sworn in 13 Feb 2017.', cites: ['ref-movatter-mnuchin', 'ref-highergroundtimes-mnuchin']},
  {id: 'tenure-janet-yellen-us-treasury-secretary', person: 'janet-yellen', post: 'us-treasury-secretary', start: date('2021-01-26'), startPrecision: 'day', end: date('2025-01-20'), endPrecision: 'day', ordinal: 78, confirmed: false, note: 'End date inferred: the source says Trump named Lebryk acting secretary upon taking office on 20 Jan 2025.', cites: ['ref-federalnewsnetwork-yellen', 'ref-dailybeast-lebryk']},
  {id: 'tenure-scott-bessent-us-treasury-secretary', person: 'scott-bessent', post: 'us-treasury-secretary', start: date('2025-01-28'), startPrecision: 'day', end: null, endPrecision: null, ordinal: 79, confirmed: true, note: 'Sworn in the Tuesday after his 27 Jan 2025 confirmation. Lebryk was acting secretary 20-28 Jan 2025 (not modelled).', cites: ['ref-accountingtoday-bessent', 'ref-cavac-treasury-secretary']},
  {id: 'tenure-robert-lighthizer-us-trade-representative', person: 'robert-lighthizer', post: 'us-trade-representative', start: date('2017-05-15'), startPrecision: 'day', end: date('2021-01-20'), endPrecision: 'day', ordinal: 18, confirmed: true, note: 'Sworn in 15 May 2017.', cites: ['ref-clateway-lighthizer', 'ref-apparelnews-lighthizer']},
  {id: 'tenure-katherine-tai-us-trade-representative', person: 'katherine-tai', post: 'us-trade-representative', start: date('2021-03-18'), startPrecision: 'day', end: date('2025-01-20'), endPrecision: 'day', ordinal: 19, confirmed: true, note: null, cites: ['ref-wikipedia-katherine-tai']},
  {id: 'tenure-jamieson-greer-us-trade-representative', person: 'jamieson-greer', post: 'us-trade-representative', start: date('2025-02-27'), startPrecision: 'day', end: null, endPrecision: null, ordinal: 20, confirmed: false, note: 'Confirmed by the Senate 26 Feb 2025. The 27 Feb start date is flagged "citation needed" in the source.', cites: ['ref-movatter-greer', 'ref-ballotpedia-greer']},
  {id: 'tenure-wilbur-ross-us-commerce-secretary', person: 'wilbur-ross', post: 'us-commerce-secretary', start: date('2017-02-28'), startPrecision: 'day', end: date('2021-01-20'), endPrecision: 'day', ordinal: 39, confirmed: false, note: 'Start sourced. End date UNCONFIRMED in tenures.md (no source found); 20 Jan 2021 is the change of administration.', cites: ['ref-uncensoredwiki-commerce-secretary']},
  {id: 'tenure-gina-raimondo-us-commerce-secretary', person: 'gina-raimondo', post: 'us-commerce-secretary', start: date('2021-03-03'), startPrecision: 'day', end: date('2025-01-20'), endPrecision: 'day', ordinal: 40, confirmed: false, note: 'Start sourced. The source gives only the year 2025 for the end; 20 Jan 2025 is UNCONFIRMED.', cites: ['ref-providencejournal-raimondo', 'ref-wikisum-raimondo']},
  {id: 'tenure-howard-lutnick-us-commerce-secretary', person: 'howard-lutnick', post: 'us-commerce-secretary', start: date('2025-02-21'), startPrecision: 'day', end: null, endPrecision: null, ordinal: 41, confirmed: true, note: null, cites: ['ref-foxnews-lutnick', 'ref-friendlywiki-commerce-secretary']},
  {id: 'tenure-peter-navarro-us-ntc-director', person: 'peter-navarro', post: 'us-ntc-director', start: date('2017-01-20'), startPrecision: 'day', end: date('2017-04-29'), endPrecision: 'day', ordinal: null, confirmed: true, note: null, cites: ['ref-wikimili-ntc', 'ref-askwikinow-navarro']},
  {id: 'tenure-peter-navarro-us-otmp-director', person: 'peter-navarro', post: 'us-otmp-director', start: date('2017-04-29'), startPrecision: 'day', end: date('2021-01-20'), endPrecision: 'day', ordinal: null, confirmed: true, note: 'OTMP was placed under the NEC in Sept 2017 and became independent again in Feb 2018 (per the wikimili NTC page).', cites: ['ref-askwikinow-navarro', 'ref-wikimili-ntc']},
  {id: 'tenure-peter-navarro-us-senior-counselor-trade', person: 'peter-navarro', post: 'us-senior-counselor-trade', start: date('2025-01-20'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'Named in Dec 2024.', cites: ['ref-askwikinow-navarro', 'ref-steelmarketupdate-navarro']},
  {id: 'tenure-larry-kudlow-us-nec-director', person: 'larry-kudlow', post: 'us-nec-director', start: date('2018-04-02'), startPrecision: 'day', end: date('2021-01-20'), endPrecision: 'day', ordinal: 12, confirmed: true, note: null, cites: ['ref-wikipedia-kudlow', 'ref-project2025admin-kudlow']},
  {id: 'tenure-kevin-hassett-us-nec-director', person: 'kevin-hassett', post: 'us-nec-director', start: date('2025-01-20'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: null, cites: ['ref-wikipedia-hassett']},
  {id: 'tenure-xi-jinping-ccp-general-secretary', person: 'xi-jinping', post: 'ccp-general-secretary', start: date('2012-11-15'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: null, cites: ['ref-simplewiki-xi-jinping', 'ref-mapsofworld-xi-elected']},
  {id: 'tenure-xi-jinping-cn-president', person: 'xi-jinping', post: 'cn-president', start: date('2013-03-14'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: null, cites: ['ref-simplewiki-president-of-china', 'ref-simplewiki-xi-jinping']},
  {id: 'tenure-liu-he-cn-vice-premier', person: 'liu-he', post: 'cn-vice-premier', start: date('2018-03-19'), startPrecision: 'day', end: date('2023-03-12'), endPrecision: 'day', ordinal: null, confirmed: true, note: 'One of several vice premiers at once. Leading the trade talks is its own role (cn-trade-talks-lead).', cites: ['ref-iiab-liu-he', 'ref-swissinfo-liu-he']},
  {id: 'tenure-liu-he-ccp-politburo-member', person: 'liu-he', post: 'ccp-politburo-member', start: date('2017-10-01'), startPrecision: 'month', end: date('2022-10-31'), endPrecision: 'month', ordinal: null, confirmed: false, note: '19th Central Committee. Sources give Oct 2017 and "2017 to 2022". The exact days (25 Oct 2017, 23 Oct 2022) and the end month are UNCONFIRMED.', cites: ['ref-iiab-liu-he', 'ref-owiki-liu-he']},
  {id: 'tenure-liu-he-cn-cfeac-office-director', person: 'liu-he', post: 'cn-cfeac-office-director', start: date('2013-03-20'), startPrecision: 'day', end: date('2023-03-31'), endPrecision: 'month', endLatest: date('2023-09-30'), ordinal: null, confirmed: false, note: 'End DISPUTED: a Wikipedia snapshot gives Mar 2023, the SCMP reported he still held it in mid-2023, and He Lifeng was named by Oct 2023. Before Mar 2018 the body was the Central Leading Group for Financial and Economic Affairs.', cites: ['ref-iiab-liu-he', 'ref-aimweb-liu-he-2023', 'ref-sboll-he-lifeng-cfeac']},
  {id: 'tenure-liu-he-cn-trade-talks-lead', person: 'liu-he', post: 'cn-trade-talks-lead', start: date('2018-05-01'), startPrecision: 'month', end: date('2023-03-12'), endPrecision: 'day', ordinal: null, confirmed: false, basis: 'article', note: 'Start: Xi "sent Liu ... to Washington for the negotiations" in May 2018 (000); the core group "has been led by Vice Premier Liu He" (003, Jul 2019). The end is not in the articles: it is the end of his vice premiership (public record), UNCONFIRMED for this role.', cites: ['ref-iiab-liu-he']},
  {id: 'tenure-he-lifeng-cn-trade-talks-lead', person: 'he-lifeng', post: 'cn-trade-talks-lead', start: date('2025-10-17'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: false, basis: 'article', note: 'First shown leading the Chinese side in the corpus: the video call of 17 Oct 2025 (004). He took the role earlier; the day is not in the articles.', cites: ['ref-peoplecn-2023-vice-premiers']},
  {id: 'tenure-he-lifeng-cn-ndrc-chairman', person: 'he-lifeng', post: 'cn-ndrc-chairman', start: date('2017-02-24'), startPrecision: 'day', end: date('2023-03-11'), endPrecision: 'day', ordinal: null, confirmed: true, note: 'The mirror gives 11 Mar 2023 as the end. His successor Zheng Shanjie was approved 12 Mar 2023.', cites: ['ref-movatter-he-lifeng', 'ref-asiatimes-2017-cabinet']},
  {id: 'tenure-he-lifeng-cn-vice-premier', person: 'he-lifeng', post: 'cn-vice-premier', start: date('2023-03-12'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'One of several vice premiers at once. Leading the trade talks is its own role (cn-trade-talks-lead).', cites: ['ref-peoplecn-2023-vice-premiers']},
  {id: 'tenure-he-lifeng-cn-cfeac-office-director', person: 'he-lifeng', post: 'cn-cfeac-office-director', start: date('2023-10-01'), startPrecision: 'month', startEarliest: date('2023-04-01'), end: null, endPrecision: null, ordinal: null, confirmed: false, note: 'Oct 2023 is the first public use of the title. The exact day is UNCONFIRMED and the appointment may be earlier.', cites: ['ref-scmp-he-lifeng-cfeac', 'ref-movatter-he-lifeng']},
  {id: 'tenure-li-keqiang-cn-premier', person: 'li-keqiang', post: 'cn-premier', start: date('2013-03-15'), startPrecision: 'day', end: date('2023-03-11'), endPrecision: 'day', ordinal: null, confirmed: true, note: 'His premiership ended when Li Qiang was appointed on 11 Mar 2023. The State Council of his government was dissolved on 12 Mar 2023.', cites: ['ref-cryer-li-keqiang-government', 'ref-peoplecn-2023-premier']},
  {id: 'tenure-li-qiang-cn-premier', person: 'li-qiang', post: 'cn-premier', start: date('2023-03-11'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: null, cites: ['ref-peoplecn-2023-premier']},
  {id: 'tenure-zhong-shan-cn-commerce-minister', person: 'zhong-shan', post: 'cn-commerce-minister', start: date('2017-02-24'), startPrecision: 'day', end: date('2020-12-26'), endPrecision: 'day', ordinal: null, confirmed: true, note: 'Reappointed in the March 2018 State Council.', cites: ['ref-wikipedia-zhong-shan', 'ref-asiatimes-2017-cabinet', 'ref-npc2018-state-council']},
  {id: 'tenure-wang-wentao-cn-commerce-minister', person: 'wang-wentao', post: 'cn-commerce-minister', start: date('2020-12-26'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: null, cites: ['ref-wikiwand-wang-wentao']},
  {id: 'tenure-yi-gang-pboc-governor', person: 'yi-gang', post: 'pboc-governor', start: date('2018-03-19'), startPrecision: 'day', end: date('2023-07-25'), endPrecision: 'day', ordinal: null, confirmed: true, note: null, cites: ['ref-govcn-yi-gang', 'ref-urdupoint-pboc-2023']},
  {id: 'tenure-pan-gongsheng-pboc-governor', person: 'pan-gongsheng', post: 'pboc-governor', start: date('2023-07-25'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'PBOC party secretary from early July 2023.', cites: ['ref-thehindu-pan-gongsheng']},
  {id: 'tenure-li-chenggang-cn-international-trade-representative', person: 'li-chenggang', post: 'cn-international-trade-representative', start: date('2025-04-16'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'The appointment date is sourced. Whether he holds the post at minister-level rank is UNCONFIRMED, so the rank is not recorded.', cites: ['ref-nbcla-li-chenggang', 'ref-cna-li-chenggang']},
  {id: 'tenure-li-chenggang-cn-vice-commerce-minister', person: 'li-chenggang', post: 'cn-vice-commerce-minister', start: date('2025-04-16'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'Appointed together with the trade representative post.', cites: ['ref-nbcla-li-chenggang', 'ref-cna-li-chenggang']},
  {id: 'tenure-valdis-dombrovskis-eu-commissioner-economy', person: 'valdis-dombrovskis', post: 'eu-commissioner-economy', start: date('2024-12-01'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'Von der Leyen II Commission.', cites: ['ref-klgates-eu-commission-2024', 'ref-fiwonline-commission-start']},
  {id: 'tenure-valdis-dombrovskis-eu-trade-commissioner', person: 'valdis-dombrovskis', post: 'eu-trade-commissioner', start: date('2020-10-12'), startPrecision: 'day', end: date('2024-11-30'), endPrecision: 'day', ordinal: null, confirmed: false, note: 'Context for 2020-24. Named 8 Sep 2020 and acting since late Aug 2020. The formal start is UNCONFIRMED (12 Oct 2020 is best knowledge). End = dissolution of von der Leyen I.', cites: ['ref-econostrum-dombrovskis-trade', 'ref-hqproductreviews-vdl-commission']},
  {id: 'tenure-lars-klingbeil-de-finance-minister', person: 'lars-klingbeil', post: 'de-finance-minister', start: date('2025-05-06'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'Merz cabinet.', cites: ['ref-evrimagaci-klingbeil']},
  {id: 'tenure-lars-klingbeil-de-vice-chancellor', person: 'lars-klingbeil', post: 'de-vice-chancellor', start: date('2025-05-06'), startPrecision: 'day', end: null, endPrecision: null, ordinal: null, confirmed: true, note: 'Held together with the finance ministry.', cites: ['ref-evrimagaci-klingbeil']}
] AS row
MERGE (t:Tenure {id: row.id})
SET t += row {.start, .startPrecision, .startEarliest, .end, .endPrecision, .endLatest, .ordinal, .confirmed, .note}, t.basis = coalesce(row.basis, 'background')
WITH t, row
MATCH (p:Person {id: row.person})
MATCH (post:Post {id: row.post})
MERGE (p)-[:HELD]->(t)
MERGE (t)-[:OF_POST]->(post)
WITH t, row
UNWIND row.cites AS refId
MATCH (s:Source {id: refId})
MERGE (t)-[:CITES]->(s);
