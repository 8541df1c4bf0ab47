// 00_reference.cypher: countries, topics and places used by the negotiator graph.
// Idempotent: every node is MERGEd on its stable id, then its properties are SET.

// Countries (ISO 3166 alpha-2 codes; 'EU' is the ISO-reserved code for the European Union)
UNWIND [
  {id: 'US', name: 'United States', aliases: ['U.S.', 'US', 'United States of America', 'Washington']},
  {id: 'CN', name: 'China', aliases: ['People\'s Republic of China', 'PRC', 'Beijing']},
  {id: 'AR', name: 'Argentina', aliases: []},
  {id: 'JP', name: 'Japan', aliases: []},
  {id: 'SG', name: 'Singapore', aliases: []},
  {id: 'HK', name: 'Hong Kong', aliases: ['Hong Kong SAR']},
  {id: 'DE', name: 'Germany', aliases: ['Federal Republic of Germany']},
  {id: 'EU', name: 'European Union', aliases: ['EU']},
  {id: 'AU', name: 'Australia', aliases: []},
  {id: 'NZ', name: 'New Zealand', aliases: []}
] AS row
MERGE (c:Country {id: row.id})
SET c += row;

// Topics that events, measures and stances are ABOUT / ON_ISSUE
UNWIND [
  {id: 'tariffs', name: 'Tariffs', aliases: ['duties', 'punitive tariffs', 'retaliatory duties']},
  {id: 'trade-negotiations', name: 'US-China trade negotiations', aliases: ['trade talks', 'high-level economic and trade talks']},
  {id: 'rare-earths', name: 'Rare earths', aliases: ['rare earth industry', 'rare earth controls']},
  {id: 'export-controls', name: 'Export controls', aliases: ['controls']},
  {id: 'huawei-licences', name: 'Huawei licences', aliases: ['Huawei licenses', 'ban on sales to Huawei']},
  {id: 'agricultural-purchases', name: 'Agricultural purchases', aliases: ['agriculture purchases', 'soybeans', 'agricultural goods']},
  {id: 'energy-purchases', name: 'Energy purchases', aliases: []},
  {id: 'structural-reforms', name: 'Structural reforms', aliases: ['structural changes', 'structural issues', 'industrial policy']},
  {id: 'trade-deficit', name: 'US trade deficit with China', aliases: ['trade deficit']},
  {id: 'fentanyl', name: 'Fentanyl', aliases: ['fentanyl-related substances']},
  {id: 'hong-kong', name: 'Hong Kong unrest', aliases: ['Hong Kong']},
  {id: 'north-korea', name: 'North Korea', aliases: ['DPRK']},
  {id: 'supply-chains', name: 'Supply chains', aliases: ['supply chain', 'diversifying supply sources']},
  {id: 'china-rise', name: 'China\'s rise', aliases: ['thwart China\'s rise']},
  {id: 'strategic-stability', name: 'Global strategic stability', aliases: []}
] AS row
MERGE (t:Topic {id: row.id})
SET t += row;

// Places: nodes first
UNWIND [
  {id: 'washington-dc', name: 'Washington, D.C.', kind: 'city', aliases: ['Washington', 'Washington DC', 'DC', 'the US capital']},
  {id: 'new-york', name: 'New York', kind: 'city', aliases: []},
  {id: 'beijing', name: 'Beijing', kind: 'city', aliases: []},
  {id: 'shanghai', name: 'Shanghai', kind: 'city', aliases: []},
  {id: 'peace-hotel', name: 'Peace Hotel, Shanghai', kind: 'venue', aliases: ['Shanghai\'s Peace Hotel', 'Peace Hotel']},
  {id: 'yangshan-port', name: 'Yangshan container port', kind: 'port', aliases: ['Yangshan', 'Shanghai\'s Yangshan container port']},
  {id: 'beidaihe', name: 'Beidaihe', kind: 'region', aliases: ['Beidaihe resort area']},
  {id: 'yellow-sea', name: 'Yellow Sea', kind: 'region', aliases: []},
  {id: 'singapore-city', name: 'Singapore', kind: 'city', aliases: []},
  {id: 'osaka', name: 'Osaka', kind: 'city', aliases: []},
  {id: 'buenos-aires', name: 'Buenos Aires', kind: 'city', aliases: [], note: 'Not named in the articles (they say "Argentina"); the 2018 G20 venue is public record.'}
] AS row
MERGE (pl:Place {id: row.id})
SET pl += row;

// Places: containment, (place)-[:IN]->(place or country)
UNWIND [
  {place: 'washington-dc', country: 'US'},
  {place: 'new-york', country: 'US'},
  {place: 'beijing', country: 'CN'},
  {place: 'shanghai', country: 'CN'},
  {place: 'beidaihe', country: 'CN'},
  {place: 'singapore-city', country: 'SG'},
  {place: 'osaka', country: 'JP'},
  {place: 'buenos-aires', country: 'AR'}
] AS row
MATCH (pl:Place {id: row.place})
MATCH (c:Country {id: row.country})
MERGE (pl)-[:IN]->(c);

UNWIND [
  {place: 'peace-hotel', parent: 'shanghai'},
  {place: 'yangshan-port', parent: 'shanghai'}
] AS row
MATCH (pl:Place {id: row.place})
MATCH (parent:Place {id: row.parent})
MERGE (pl)-[:IN]->(parent);
