// title: Mix of channels per period
// description: How many contacts that happened went through each channel (phone, video, in person, statements,
//   ...) per month, quarter or year, and each channel's share of its period in percent. Without people: every event
//   with participants of two different sides, neither a mere subject or reporter (the label Contact). With a: the
//   events a took part in with the other side; with a and b: the events both took part in. A part of an event
//   through the same channel (a demand made during a call) is not counted again. An event dated only to a month or
//   year counts in the period of its first day.
// param: a string = null  -- id of a person; null for all cross-side contacts
// param: b string = null  -- id of a second person (needs a); null for a's contacts with the other side
// param: from date = null  -- first day to count; null for the start of the records
// param: to date = null  -- last day to count; null for the end of the records
// param: by string = quarter in [month, quarter, year]  -- the length of a period
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// param: facts boolean = true  -- list the ids of the counted events in the fact column; false leaves it empty
// example: report run channels --param by=year --param a=steven-mnuchin --param b=liu-he
CALL () {
  // everyone's contacts: only when no person is given (the UNWIND keeps the planner from reading them otherwise)
  UNWIND CASE WHEN $a IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (e:Contact)
  WHERE e.status = 'happened' AND NOT e:Retracted
    AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  RETURN e
  UNION ALL
  MATCH (:Person {id: $a})-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(other)
  WHERE NOT r1.role IN ['subject', 'reporter'] AND NOT r2.role IN ['subject', 'reporter']
    AND (($b IS NULL AND r1.side IS NOT NULL AND r2.side IS NOT NULL AND r1.side <> r2.side)
      OR (other:Person AND other.id = $b))
    AND e.status = 'happened' AND NOT e:Retracted
    AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  WITH DISTINCT e
  WHERE NOT EXISTS { (e)-[:DURING]->(whole:Event) WHERE whole.channel = e.channel }
  RETURN e
}
WITH e
WHERE $asOf IS NULL OR EXISTS {
  MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
  WHERE CASE src.publishedPrecision
          WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
          WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
          ELSE src.published END <= $asOf }
WITH e, CASE $by
          WHEN 'month' THEN left(toString(e.date), 7)
          WHEN 'year' THEN toString(e.date.year)
          ELSE toString(e.date.year) + '-Q' + toString(e.date.quarter) END AS period
WITH period, e.channel AS channel, count(*) AS events, collect(CASE WHEN $facts THEN e.id END) AS facts
ORDER BY period, events DESC, channel
WITH period, collect({channel: channel, events: events, facts: facts}) AS mix, sum(events) AS total
UNWIND mix AS row
RETURN period, row.channel AS channel, row.events AS events, toInteger(round(100.0 * row.events / total)) AS share,
       COLLECT { UNWIND row.facts AS id RETURN id ORDER BY id } AS fact
ORDER BY period, events DESC, channel
