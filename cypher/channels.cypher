// title: Mix of channels per period
// description: How many contacts that happened went through each channel (phone, video, in person, statements,
//   ...) per month, quarter or year, and each channel's share of its period in percent. Without people: every event
//   in which people of each of the given sides took part, neither as a mere subject or reporter (organisations
//   alone make no contact). With a: the events a took part in with a person of another of the sides; with a and b:
//   the events both took part in. A part of an event through the same channel (a demand made during a call) is not
//   counted again. An event dated only to a month or year counts in the period of its first day; a repeated contact
//   over a span counts in a period named after the span (2017..2019). An event recording several contacts (count)
//   counts that many; when its count is a lower bound the row says 'at least'.
// param: a person = null  -- a person (name or id); null for all contacts between the sides
// param: b person = null  -- a second person (needs a); null for a's contacts with the other side
// param: from date = null  -- first day to count; null for the start of the records
// param: to date = null  -- last day to count; null for the end of the records
// param: by string = quarter in [month, quarter, year]  -- the length of a period
// param: sides list<side> = [US, CN]  -- the sides whose contacts count (country codes), at least two
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// param: facts boolean = true  -- list the ids of the counted events in the fact column; false leaves it empty
// chart: bars x=period series=channel value=events
// example: report run channels --param by=year --param a=steven-mnuchin --param b=liu-he
// everyone's contacts can be counted from their monthly tallies (kept by every write, like the Contact label) when
// nothing is asked that a tally does not hold: no event ids, no publication date, whole months from and to
WITH $a IS NULL AND NOT coalesce($facts, false) AND $asOf IS NULL
     AND ($from IS NULL OR $from.day = 1) AND ($to IS NULL OR ($to + duration('P1D')).day = 1) AS tallied
CALL (tallied) {
  UNWIND CASE WHEN tallied THEN [true] ELSE [] END AS everyone
  MATCH (t:__ContactTally)
  WHERE ($from IS NULL OR t.month >= $from) AND ($to IS NULL OR t.month <= $to) AND all(side IN $sides WHERE side IN t.sides)
  // a tally as the contacts it counts: the first days of its first and last month
  RETURN null AS e, {date: t.month, datePrecision: 'span', endDate: t.lastMonth, channel: t.channel, count: t.contacts,
                     countAtLeast: t.atLeast} AS x
  UNION ALL
  // everyone's contacts one by one: only when no person is given (the UNWIND keeps the planner from reading them otherwise)
  UNWIND CASE WHEN $a IS NULL AND NOT tallied THEN [true] ELSE [] END AS everyone
  MATCH (e:Contact) WHERE NOT e:Retracted
  // what is read of each contact, read once (a property read each walks the node's properties again)
  WITH e, e {.status, .date, .datePrecision, .endDate, .contactSides, .channel, .count, .countAtLeast, .id} AS x
  WHERE x.status = 'happened'
    AND x.date >= coalesce($from, date('0001-01-01')) AND x.date <= coalesce($to, date('9999-12-31'))
    // contactSides: the sides of the people who took part actively (kept with the Contact label by every write)
    AND all(side IN $sides WHERE side IN x.contactSides)
  RETURN e, x
  UNION ALL
  MATCH (:Person {id: $a})-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(other)
  WHERE NOT r1.role IN ['subject', 'reporter'] AND NOT r2.role IN ['subject', 'reporter']
    AND other:Person
    AND (($b IS NULL AND r1.side IN $sides AND r2.side IN $sides AND r1.side <> r2.side) OR other.id = $b)
    AND e.status = 'happened' AND NOT e:Retracted
    AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  WITH DISTINCT e
  WHERE NOT EXISTS { (e)-[:DURING]->(whole:Event) WHERE whole.channel = e.channel }
  RETURN e, e {.date, .datePrecision, .endDate, .channel, .count, .countAtLeast, .id} AS x
}
WITH e, x
WHERE $asOf IS NULL OR EXISTS {
  MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
  WHERE CASE src.publishedPrecision
          WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
          WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
          ELSE src.published END <= $asOf }
WITH x, [d IN CASE WHEN x.datePrecision = 'span' AND x.endDate IS :: DATE NOT NULL THEN [x.date, x.endDate] ELSE [x.date] END |
          CASE $by
            WHEN 'month' THEN left(toString(d), 7)
            WHEN 'year' THEN toString(d.year)
            ELSE toString(d.year) + '-Q' + toString(d.quarter) END] AS ends
WITH x, CASE WHEN size(ends) = 2 AND ends[0] <> ends[1] THEN ends[0] + '..' + ends[1] ELSE ends[0] END AS period
WITH period, x.channel AS channel, sum(coalesce(x.count, 1)) AS events, any(v IN collect(x.countAtLeast) WHERE v) AS atLeast,
     collect(CASE WHEN $facts THEN x.id END) AS facts
ORDER BY period, events DESC, channel
WITH period, collect({channel: channel, events: events, atLeast: atLeast, facts: facts}) AS mix, sum(events) AS total
UNWIND mix AS row
RETURN period, row.channel AS channel, row.events AS events, toInteger(round(100.0 * row.events / total)) AS share,
       CASE WHEN row.atLeast THEN 'at least' ELSE 'exact' END AS count,
       COLLECT { UNWIND row.facts AS id RETURN id ORDER BY id } AS fact
ORDER BY period, events DESC, channel
