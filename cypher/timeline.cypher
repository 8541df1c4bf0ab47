// title: Timeline of events
// description: Dated events, oldest first, with channel, status (happened, planned, expected, threatened,
//   cancelled), participants with their sides, place and the sources that report them; all events, or those of one
//   person or about one topic. A date is shown as precisely as it is known (2019-10 for "early October", 2017-07..2019-07
//   for a span) and sorts by its latest possible day, so a month-dated event follows the dated call that scheduled it.
// param: person person = null  -- a person (name or id) whose events to show; null for everyone's
// param: topic topic = null  -- a topic (name or id) the events are about, e.g. rare-earths; null for any
// param: from date = null  -- first day; null for the start of the records
// param: to date = null  -- last day; null for the end of the records
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// param: synthetic string = include in [include, only, exclude]  -- synthetic events (generate, load): include, only or exclude them
// example: report run timeline --param topic=rare-earths
CALL () {
  // one branch runs: the person's events, else the topic's, else all (the UNWINDs keep the planner from reading the
  // others)
  MATCH (:Person {id: $person})-[:PARTICIPATED_IN]->(e:Event)
  RETURN DISTINCT e
  UNION ALL
  UNWIND CASE WHEN $person IS NULL THEN [true] ELSE [] END AS noPerson
  MATCH (:Topic {id: $topic})<-[:ABOUT]-(e:Event)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $person IS NULL AND $topic IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (e:Event)
  WHERE e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  RETURN e
}
WITH e
WHERE NOT e:Retracted AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($synthetic = 'include' OR (e:Synthetic) = ($synthetic = 'only'))
  AND ($asOf IS NULL OR EXISTS {
    MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
    WHERE CASE src.publishedPrecision
            WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
            WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
            ELSE src.published END <= $asOf })
CALL (e) {
  MATCH (e)<-[r:PARTICIPATED_IN]-(x)
  WITH x, r ORDER BY r.side, x.name
  RETURN collect(x.name + CASE WHEN r.side IS NULL THEN '' ELSE ' (' + r.side + ')' END) AS participants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:AT]->(place:Place)
  RETURN collect(place.name) AS places
}
CALL (e) {
  MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
  WITH DISTINCT src ORDER BY src.id
  RETURN collect(src.id) AS sources
}
WITH e, participants, places, sources,
     coalesce(e.dateLatest, CASE e.datePrecision
       WHEN 'year' THEN date({year: e.date.year, month: 12, day: 31})
       WHEN 'month' THEN e.date + duration('P1M') - duration('P1D')
       WHEN 'span' THEN e.endDate
       ELSE e.date END) AS latest
RETURN CASE e.datePrecision WHEN 'year' THEN toString(e.date.year) WHEN 'month' THEN left(toString(e.date), 7)
         WHEN 'span' THEN left(toString(e.date), 7) + '..' + left(toString(e.endDate), 7)
         ELSE toString(e.date) END AS date,
       e.title AS event, e.channel AS channel, e.status AS status, participants, places AS place, sources AS source,
       e.id AS fact
ORDER BY latest, e.date, event
