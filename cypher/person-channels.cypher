// title: A person's events by channel
// description: Through which channels one person appears (calls, rounds, statements, interviews, ...): how many
//   events, in which roles, the first and the last.
// param: person person = 'liu-he'  -- the person: name, alias or id
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// example: report run person-channels --param person=donald-trump
MATCH (p:Person {id: $person})-[r:PARTICIPATED_IN]->(e:Event)
WHERE NOT e:Retracted AND ($asOf IS NULL OR EXISTS {
  MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
  WHERE CASE src.publishedPrecision
          WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
          WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
          ELSE src.published END <= $asOf })
WITH e, r,
     CASE e.datePrecision WHEN 'year' THEN toString(e.date.year) WHEN 'month' THEN left(toString(e.date), 7)
       WHEN 'span' THEN left(toString(e.date), 7) + '..' + left(toString(e.endDate), 7)
       ELSE toString(e.date) END AS day
ORDER BY e.date, e.datePrecision = 'span', e.id
WITH e.channel AS channel, count(*) AS events, collect(DISTINCT r.role) AS roles, collect(day) AS days,
     collect(e.id) AS facts
RETURN channel, events, roles AS `as`, days[0] AS first, days[-1] AS last, facts AS fact
ORDER BY events DESC, channel
