// title: Sources about a person
// description: The articles that mention one person or report events they took part in, oldest first: how many
//   pieces of evidence each holds about the person and their events.
// param: person person = 'liu-he'  -- the person: name, alias or id
// param: asOf date = null  -- only sources published by then; null for all
// example: report run person-sources --param person=zhong-shan
MATCH (p:Person {id: $person})
CALL (p) {
  MATCH (p)-[:EVIDENCED_BY]->(ev:Evidence)
  RETURN ev
  UNION
  MATCH (p)-[:PARTICIPATED_IN]->(e:Event)-[:EVIDENCED_BY]->(ev:Evidence)
  WHERE NOT e:Retracted
  RETURN ev
}
MATCH (ev)-[:FROM]->(src:Source)
WHERE $asOf IS NULL
   OR CASE src.publishedPrecision
        WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
        WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
        ELSE src.published END <= $asOf
OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(outlet:Organization)
WITH src, outlet, count(DISTINCT ev) AS evidence
ORDER BY src.published, src.id
RETURN src.id AS source,
       CASE src.publishedPrecision WHEN 'year' THEN toString(src.published.year)
         WHEN 'month' THEN left(toString(src.published), 7) ELSE toString(src.published) END AS published,
       outlet.name AS outlet, src.title AS title, evidence
