// title: A person at a glance
// description: One person's side, aliases, how many events they appear in and through how many sources, and
//   their first and last appearance in the events.
// param: person person = 'liu-he'  -- the person: name, alias or id
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// example: report run person-summary --param person=steven-mnuchin
MATCH (p:Person {id: $person})
OPTIONAL MATCH (p)-[:REPRESENTS]->(country:Country)
CALL (p) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
  WHERE NOT e:Retracted AND ($asOf IS NULL OR EXISTS {
    MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
    WHERE CASE src.publishedPrecision
            WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
            WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
            ELSE src.published END <= $asOf })
  WITH e ORDER BY e.date, e.datePrecision = 'span', e.id
  WITH collect(e) AS events
  RETURN size(events) AS appearances, events[0] AS first, events[-1] AS last
}
CALL (p) {
  OPTIONAL MATCH (p)-[:EVIDENCED_BY|PARTICIPATED_IN]->()-[:EVIDENCED_BY*0..1]->(:Evidence)-[:FROM]->(src:Source)
  WHERE $asOf IS NULL
     OR CASE src.publishedPrecision
          WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
          WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
          ELSE src.published END <= $asOf
  RETURN count(DISTINCT src) AS sources
}
RETURN p.name AS person, p.id AS id, country.name AS side, p.aliases AS aliases, appearances AS events, sources,
       CASE first.datePrecision WHEN 'year' THEN toString(first.date.year)
         WHEN 'month' THEN left(toString(first.date), 7)
         WHEN 'span' THEN left(toString(first.date), 7) + '..' + left(toString(first.endDate), 7)
         ELSE toString(first.date) END + ' ' + first.title AS first,
       CASE last.datePrecision WHEN 'year' THEN toString(last.date.year)
         WHEN 'month' THEN left(toString(last.date), 7)
         WHEN 'span' THEN left(toString(last.date), 7) + '..' + left(toString(last.endDate), 7)
         ELSE toString(last.date) END + ' ' + last.title AS last,
       p.id AS fact
