// title: Evidence behind facts
// description: Everything behind one or more facts (events, stances, measures, people, organizations, places,
//   countries, tenures): each piece of evidence with its source, where it stands in the article, its Admiralty
//   grade and the exact phrase; for a tenure, the public-record page it cites (title and address).
// param: facts list = [call-mnuchin-liu-2018-11-09]  -- ids of the facts, as the fact column of a question shows them
// param: asOf date = null  -- only evidence from sources published by then; null for all
// example: report run evidence --param facts=stance-zhong-shan-hardliner-2019,tenure-liu-he-cn-vice-premier
UNWIND range(0, size($facts) - 1) AS position
WITH position, $facts[position] AS factId
CALL (factId) {
  MATCH (f:Event {id: factId}) RETURN f
  UNION
  MATCH (f:Stance {id: factId}) RETURN f
  UNION
  MATCH (f:Measure {id: factId}) RETURN f
  UNION
  MATCH (f:Tenure {id: factId}) RETURN f
  UNION
  MATCH (f:Person {id: factId}) RETURN f
  UNION
  MATCH (f:Organization {id: factId}) RETURN f
  UNION
  MATCH (f:Place {id: factId}) RETURN f
  UNION
  MATCH (f:Country {id: factId}) RETURN f
}
CALL (f) {
  MATCH (f)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(src:Source)
  WHERE $asOf IS NULL
     OR CASE src.publishedPrecision
          WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
          WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
          ELSE src.published END <= $asOf
  RETURN src, ev.location AS location, ev.sourceGrade + toString(ev.infoGrade) AS grade, ev.phrase AS phrase,
         ev.offset AS offset
  UNION
  MATCH (f)-[:CITES]->(src:Source)
  RETURN src, src.url AS location, null AS grade, src.title AS phrase, 0 AS offset
}
RETURN f.id AS fact, src.id AS source,
       CASE src.publishedPrecision WHEN 'year' THEN toString(src.published.year)
         WHEN 'month' THEN left(toString(src.published), 7) ELSE toString(src.published) END AS published,
       location, grade, phrase
ORDER BY position, src.published, source, offset
