// 01_institutions.cypher: organizations (governments, ministries, party bodies, outlets,
// forums, markets) and the posts whose holders negotiate. Nodes first, then relationships.

// Organizations
UNWIND [
  // United States
  {id: 'us-federal-government', name: 'United States federal government', kind: 'executive-office', side: 'US', aliases: ['Washington', 'US government', 'Trump administration', 'the administration']},
  {id: 'white-house', name: 'Executive Office of the President (White House)', kind: 'executive-office', side: 'US', aliases: ['White House', 'EOP', 'senior White House officials', 'senior administration official']},
  {id: 'us-treasury', name: 'US Department of the Treasury', kind: 'government-department', side: 'US', aliases: ['Treasury', 'US Treasury', 'Treasury Department']},
  {id: 'us-commerce', name: 'US Department of Commerce', kind: 'government-department', side: 'US', aliases: ['Commerce Department', 'Department of Commerce']},
  {id: 'ustr-office', name: 'Office of the United States Trade Representative', kind: 'agency', side: 'US', aliases: ['USTR', 'Office of the USTR', 'US Trade Representative\'s Office']},
  {id: 'us-nec', name: 'National Economic Council', kind: 'executive-office', side: 'US', aliases: ['NEC', 'White House NEC']},
  {id: 'us-national-trade-council', name: 'White House National Trade Council', kind: 'executive-office', side: 'US', aliases: ['National Trade Council', 'NTC']},
  {id: 'us-otmp', name: 'Office of Trade and Manufacturing Policy', kind: 'executive-office', side: 'US', aliases: ['OTMP']},
  {id: 'us-tech-companies', name: 'US technology companies', kind: 'company', side: 'US', aliases: ['chief executives of US technology companies']},
  // China
  {id: 'cn-state-council', name: 'State Council of the People\'s Republic of China', kind: 'state-council', side: 'CN', aliases: ['State Council', 'Central People\'s Government', 'Chinese government', 'Beijing', 'cabinet']},
  {id: 'cn-state', name: 'People\'s Republic of China (state presidency)', kind: 'executive-office', side: 'CN', aliases: ['PRC (state)', 'Chinese presidency']},
  {id: 'cn-mofcom', name: 'Ministry of Commerce of the People\'s Republic of China', kind: 'ministry', side: 'CN', aliases: ['MOFCOM', 'commerce ministry', 'Chinese commerce ministry']},
  {id: 'cn-mfa', name: 'Ministry of Foreign Affairs of the People\'s Republic of China', kind: 'ministry', side: 'CN', aliases: ['China\'s Foreign Ministry', 'foreign ministry', 'foreign affairs ministry', 'MFA']},
  {id: 'cn-ndrc', name: 'National Development and Reform Commission', kind: 'ministry', side: 'CN', aliases: ['NDRC', 'mini-state council']},
  {id: 'pboc', name: 'People\'s Bank of China', kind: 'central-bank', side: 'CN', aliases: ['PBOC', 'PBoC']},
  {id: 'ccp', name: 'Communist Party of China', kind: 'party-body', side: 'CN', aliases: ['Communist Party', 'CCP', 'CPC', 'the party']},
  {id: 'ccp-central-committee', name: 'Central Committee of the Communist Party of China', kind: 'party-body', side: 'CN', aliases: ['CCP Central Committee']},
  {id: 'ccp-politburo', name: 'Politburo of the CCP Central Committee', kind: 'party-body', side: 'CN', aliases: ['Politburo', 'Communist Party\'s Politburo']},
  {id: 'cn-cfeac', name: 'Central Financial and Economic Affairs Commission', kind: 'party-body', side: 'CN', aliases: ['CFEAC', 'Central Leading Group for Financial and Economic Affairs']},
  {id: 'ccp-party-elders', name: 'CCP party elders', kind: 'party-body', side: 'CN', aliases: ['party elders']},
  {id: 'cn-military', name: 'People\'s Liberation Army (China\'s military)', kind: 'military', side: 'CN', aliases: ['the military', 'PLA']},
  {id: 'cn-lawmakers', name: 'Chinese lawmakers', kind: 'legislature', side: 'CN', aliases: ['lawmakers'], note: 'As the article words it. The body that scheduled fentanyl-related substances is not named in the text.'},
  {id: 'chinese-importers', name: 'Chinese importers', kind: 'company', side: 'CN', aliases: []},
  {id: 'huawei', name: 'Huawei Technologies', kind: 'company', side: 'CN', aliases: ['Huawei']},
  {id: 'cn-state-media', name: 'Chinese state media', kind: 'media-outlet', side: 'CN', aliases: ['state media', 'Beijing mouthpieces']},
  {id: 'xinhua', name: 'Xinhua News Agency', kind: 'media-outlet', side: 'CN', aliases: ['Xinhua']},
  {id: 'peoples-daily', name: 'People\'s Daily', kind: 'media-outlet', side: 'CN', aliases: ['party mouthpiece', 'the broadsheet']},
  {id: 'weibo', name: 'Weibo', kind: 'company', side: 'CN', aliases: ['Sina Weibo']},
  // Europe
  {id: 'european-commission', name: 'European Commission', kind: 'executive-office', side: 'EU', aliases: ['Commission']},
  {id: 'de-federal-government', name: 'Federal Government of Germany', kind: 'executive-office', side: 'DE', aliases: ['German government']},
  {id: 'de-finance-ministry', name: 'Federal Ministry of Finance (Germany)', kind: 'ministry', side: 'DE', aliases: ['Bundesministerium der Finanzen', 'German finance ministry']},
  // Media outlets and platforms
  {id: 'wsj', name: 'The Wall Street Journal', kind: 'media-outlet', side: null, aliases: ['Wall Street Journal', 'WSJ']},
  {id: 'scmp', name: 'South China Morning Post', kind: 'media-outlet', side: null, aliases: ['SCMP', 'Hong Kong-based South China Morning Post']},
  {id: 'bloomberg', name: 'Bloomberg', kind: 'media-outlet', side: null, aliases: ['Bloomberg News', 'Bloomberg TV']},
  {id: 'cnbc', name: 'CNBC', kind: 'media-outlet', side: null, aliases: []},
  {id: 'fox-news', name: 'Fox News', kind: 'media-outlet', side: null, aliases: ['Fox']},
  {id: 'business-times', name: 'The Business Times (Singapore)', kind: 'media-outlet', side: null, aliases: ['BT', 'Business Times']},
  {id: 'x-platform', name: 'X (formerly Twitter)', kind: 'company', side: null, aliases: ['X', 'Twitter']},
  // Placeholders for the outlets of articles whose text does not name them (see 03_sources.cypher)
  {id: 'outlet-000-unnamed', name: 'Outlet of article 000 (not named in the text)', kind: 'media-outlet', side: null, aliases: [], note: 'Wire-style report. Cites the WSJ and SCMP as other outlets, so it is neither.'},
  {id: 'outlet-001-unnamed', name: 'Outlet of article 001 (not named in the text)', kind: 'media-outlet', side: null, aliases: [], note: 'Has a READ MORE link and a tweet embed rendered in a Russian locale.'},
  {id: 'outlet-002-unnamed', name: 'Outlet of article 002 (not named in the text)', kind: 'media-outlet', side: null, aliases: [], note: 'Hong Kong-style copy (US$ amounts, photo credits Weibo and Xinhua). Looks like the SCMP but is not named.'},
  {id: 'outlet-004-unnamed', name: 'Outlet of article 004 (not named in the text)', kind: 'media-outlet', side: null, aliases: [], note: 'Converts the call time to "Eastern Time (October 17th)", which suggests an Asian outlet.'},
  // Forums, international bodies, analysts and markets
  {id: 'g20', name: 'Group of 20', kind: 'forum', side: null, aliases: ['G20', 'G-20', 'Group of 20 nations']},
  {id: 'apec', name: 'Asia-Pacific Economic Cooperation', kind: 'forum', side: null, aliases: ['APEC']},
  {id: 'g7', name: 'Group of Seven', kind: 'forum', side: null, aliases: ['G7']},
  {id: 'g7-finance-ministers', name: 'G7 finance ministers', kind: 'forum', side: null, aliases: ['G7 finance ministers\' meeting']},
  {id: 'imf', name: 'International Monetary Fund', kind: 'international-body', side: null, aliases: ['IMF']},
  {id: 'world-bank', name: 'World Bank', kind: 'international-body', side: null, aliases: []},
  {id: 'washington-think-tank', name: 'Unnamed Washington think-tank', kind: 'analyst-community', side: 'US', aliases: ['a Washington think-tank'], note: 'The article does not name the think-tank where Navarro spoke.'},
  {id: 'china-watchers', name: 'China watchers', kind: 'analyst-community', side: null, aliases: ['some China watchers']},
  {id: 'beijing-view-unattributed', name: 'Unattributed view "in Beijing"', kind: 'unattributed', side: 'CN', aliases: [], note: 'Article 000 reports how Trump\'s move "was seen" "In Beijing" without naming who holds that view: not the State Council or any other body.'},
  {id: 'wall-street', name: 'Wall Street', kind: 'market', side: 'US', aliases: ['Wall Street bankers', 'Wall Street stocks']},
  {id: 'sp-500', name: 'S&P 500', kind: 'market', side: 'US', aliases: ['S&P 500 index']},
  {id: 'asian-stocks', name: 'Asian stock markets', kind: 'market', side: null, aliases: ['Asian stocks']},
  {id: 'chinese-stocks', name: 'Chinese stock markets', kind: 'market', side: 'CN', aliases: ['Chinese stocks']},
  {id: 'currency-markets', name: 'Currency markets', kind: 'market', side: null, aliases: ['Australian dollar', 'New Zealand dollar', 'yuan']}
] AS row
MERGE (o:Organization {id: row.id})
SET o += row;

// Organization -> country
UNWIND [
  {org: 'us-federal-government', country: 'US'}, {org: 'white-house', country: 'US'},
  {org: 'us-treasury', country: 'US'}, {org: 'us-commerce', country: 'US'},
  {org: 'ustr-office', country: 'US'}, {org: 'us-nec', country: 'US'},
  {org: 'us-national-trade-council', country: 'US'}, {org: 'us-otmp', country: 'US'},
  {org: 'us-tech-companies', country: 'US'},
  {org: 'cn-state-council', country: 'CN'}, {org: 'cn-state', country: 'CN'},
  {org: 'cn-mofcom', country: 'CN'}, {org: 'cn-mfa', country: 'CN'},
  {org: 'cn-ndrc', country: 'CN'}, {org: 'pboc', country: 'CN'},
  {org: 'ccp', country: 'CN'}, {org: 'ccp-central-committee', country: 'CN'},
  {org: 'ccp-politburo', country: 'CN'}, {org: 'cn-cfeac', country: 'CN'},
  {org: 'ccp-party-elders', country: 'CN'}, {org: 'cn-military', country: 'CN'},
  {org: 'cn-lawmakers', country: 'CN'}, {org: 'chinese-importers', country: 'CN'},
  {org: 'huawei', country: 'CN'}, {org: 'cn-state-media', country: 'CN'},
  {org: 'xinhua', country: 'CN'}, {org: 'peoples-daily', country: 'CN'},
  {org: 'weibo', country: 'CN'},
  {org: 'european-commission', country: 'EU'},
  {org: 'de-federal-government', country: 'DE'}, {org: 'de-finance-ministry', country: 'DE'},
  {org: 'wsj', country: 'US'}, {org: 'scmp', country: 'HK'}, {org: 'bloomberg', country: 'US'},
  {org: 'cnbc', country: 'US'}, {org: 'fox-news', country: 'US'}, {org: 'business-times', country: 'SG'},
  {org: 'x-platform', country: 'US'},
  {org: 'washington-think-tank', country: 'US'},
  {org: 'wall-street', country: 'US'}, {org: 'sp-500', country: 'US'}, {org: 'chinese-stocks', country: 'CN'}
] AS row
MATCH (o:Organization {id: row.org})
MATCH (c:Country {id: row.country})
MERGE (o)-[:OF_COUNTRY]->(c);

// Organization -> parent organization
UNWIND [
  {org: 'white-house', parent: 'us-federal-government'},
  {org: 'us-treasury', parent: 'us-federal-government'},
  {org: 'us-commerce', parent: 'us-federal-government'},
  {org: 'ustr-office', parent: 'white-house'},
  {org: 'us-nec', parent: 'white-house'},
  {org: 'us-national-trade-council', parent: 'white-house'},
  {org: 'us-otmp', parent: 'white-house'},
  {org: 'cn-mofcom', parent: 'cn-state-council'},
  {org: 'cn-mfa', parent: 'cn-state-council'},
  {org: 'cn-ndrc', parent: 'cn-state-council'},
  {org: 'pboc', parent: 'cn-state-council'},
  {org: 'ccp-central-committee', parent: 'ccp'},
  {org: 'ccp-politburo', parent: 'ccp-central-committee'},
  {org: 'cn-cfeac', parent: 'ccp-central-committee'},
  {org: 'ccp-party-elders', parent: 'ccp'},
  {org: 'de-finance-ministry', parent: 'de-federal-government'},
  {org: 'g7-finance-ministers', parent: 'g7'}
] AS row
MATCH (o:Organization {id: row.org})
MATCH (parent:Organization {id: row.parent})
MERGE (o)-[:PART_OF]->(parent);

// Posts (official titles; aliases are the forms used in the sources)
UNWIND [
  {id: 'us-president', name: 'President of the United States', side: 'US', org: 'us-federal-government', aliases: ['President', 'US President', 'POTUS', '@POTUS']},
  {id: 'us-treasury-secretary', name: 'Secretary of the Treasury', side: 'US', org: 'us-treasury', aliases: ['Treasury Secretary', 'Secretary of the Treasury', 'US Treasury Secretary', 'U.S. Treasury Secretary']},
  {id: 'us-trade-representative', name: 'United States Trade Representative', side: 'US', org: 'ustr-office', aliases: ['USTR', 'Trade Rep', 'US Trade Rep', 'US Trade Representative', 'U.S. trade representative', 'Trade Representative']},
  {id: 'us-commerce-secretary', name: 'Secretary of Commerce', side: 'US', org: 'us-commerce', aliases: ['Commerce Secretary', 'Secretary of Commerce', 'US Commerce Secretary', 'U.S. Commerce Secretary']},
  {id: 'us-nec-director', name: 'Assistant to the President for Economic Policy and Director of the National Economic Council', side: 'US', org: 'us-nec', aliases: ['National Economic Council Director', 'NEC Director', 'NEC director']},
  {id: 'us-ntc-director', name: 'Deputy Assistant to the President and Director, White House National Trade Council', side: 'US', org: 'us-national-trade-council', aliases: ['National Trade Council Director']},
  {id: 'us-otmp-director', name: 'Assistant to the President and Director, Office of Trade and Manufacturing Policy', side: 'US', org: 'us-otmp', aliases: ['White House trade adviser', 'OTMP Director']},
  {id: 'us-senior-counselor-trade', name: 'Senior Counselor to the President for Trade and Manufacturing', side: 'US', org: 'white-house', aliases: ['White House trade adviser', 'Senior Counselor for Trade and Manufacturing']},
  {id: 'ccp-general-secretary', name: 'General Secretary of the Chinese Communist Party', side: 'CN', org: 'ccp-central-committee', aliases: ['General Secretary', 'Chairman']},
  {id: 'cn-president', name: 'President of the People\'s Republic of China', side: 'CN', org: 'cn-state', aliases: ['President', 'Chinese President', 'President of China']},
  {id: 'cn-vice-premier', name: 'Vice Premier of the State Council', side: 'CN', org: 'cn-state-council', seats: 4, seatsNote: 'Several vice premiers serve at once (four in the State Councils of 2018 and 2023: public record). The graph records only those in the corpus.', aliases: ['Vice Premier', 'Chinese Vice Premier']},
  {id: 'cn-trade-talks-lead', name: 'Lead negotiator of the Chinese side in the US-China trade talks', side: 'CN', org: 'cn-state-council', seats: 1, aliases: ['Vice Premier leading the talks', 'Chinese lead negotiator', 'economic tsar', 'economic czar', 'trade talks lead']},
  {id: 'ccp-politburo-member', name: 'Member of the Politburo of the CCP Central Committee', side: 'CN', org: 'ccp-politburo', aliases: ['Politburo member']},
  {id: 'cn-cfeac-office-director', name: 'Director of the Office of the Central Financial and Economic Affairs Commission', side: 'CN', org: 'cn-cfeac', aliases: ['Director, General Office of the Central Financial and Economic Affairs Commission', 'Director, General Office of the Central Leading Group for Financial and Economic Affairs']},
  {id: 'cn-ndrc-chairman', name: 'Chairman of the National Development and Reform Commission', side: 'CN', org: 'cn-ndrc', aliases: ['NDRC Chairman']},
  {id: 'cn-premier', name: 'Premier of the State Council', side: 'CN', org: 'cn-state-council', aliases: ['Premier', 'Chinese Premier']},
  {id: 'cn-commerce-minister', name: 'Minister of Commerce', side: 'CN', org: 'cn-mofcom', aliases: ['Commerce Minister', 'Chinese Commerce Minister', 'MOFCOM minister']},
  {id: 'cn-vice-commerce-minister', name: 'Vice Minister of Commerce', side: 'CN', org: 'cn-mofcom', aliases: ['Vice Commerce Minister']},
  {id: 'pboc-governor', name: 'Governor of the People\'s Bank of China', side: 'CN', org: 'pboc', aliases: ['PBOC Governor', 'People\'s Bank of China Governor']},
  {id: 'cn-international-trade-representative', name: 'China International Trade Representative', side: 'CN', org: 'cn-mofcom', aliases: ['international trade negotiations representative', 'China\'s top trade negotiator']},
  {id: 'eu-commissioner-economy', name: 'European Commissioner for Economy and Productivity, Implementation and Simplification', side: 'EU', org: 'european-commission', aliases: ['European Commissioner for Economic Affairs', 'Economy Commissioner']},
  {id: 'eu-trade-commissioner', name: 'Executive Vice-President and European Commissioner for Trade', side: 'EU', org: 'european-commission', aliases: ['Trade Commissioner', 'EU Trade Commissioner']},
  {id: 'de-finance-minister', name: 'Federal Minister of Finance', side: 'DE', org: 'de-finance-ministry', aliases: ['German Finance Minister', 'Finance Minister']},
  {id: 'de-vice-chancellor', name: 'Vice-Chancellor of Germany', side: 'DE', org: 'de-federal-government', aliases: ['Vice-Chancellor']}
] AS row
MERGE (p:Post {id: row.id})
SET p += row {.name, .side, .aliases, .seats, .seatsNote}
WITH p, row
MATCH (o:Organization {id: row.org})
MERGE (p)-[:IN]->(o);
