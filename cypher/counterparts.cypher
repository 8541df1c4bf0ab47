// title: A person's counterparts on the other side
// description: Whom one person dealt with on the other side: their posts, the channels, how many contacts
//   happened and how many more were planned or expected, and the first and last contact that happened. A contact
//   is an event both took part in, neither as a mere subject or reporter; a part of an event through the same
//   channel (a demand made during a call) is not counted again; an event recording several contacts (count, a lower
//   bound where the text gives none) counts that many, and a repeated contact over a span shows the span.
// param: person person = 'steven-mnuchin'  -- the person: name, alias or id
// param: at date = today  -- only events up to this date
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// param: synthetic string = include in [include, only, exclude]  -- synthetic counterparts (generate, load): include, only or exclude them
// example: report run counterparts --param person=liu-he --param at=2019-08-01
MATCH (p:Person {id: $person})-[mine:PARTICIPATED_IN]->(e:Event)<-[theirs:PARTICIPATED_IN]-(other:Person)
WHERE NOT mine.role IN ['subject', 'reporter'] AND NOT theirs.role IN ['subject', 'reporter']
  AND mine.side IS NOT NULL AND theirs.side IS NOT NULL AND mine.side <> theirs.side
  AND e.date <= $at AND NOT e:Retracted
  AND ($synthetic = 'include' OR (other:Synthetic) = ($synthetic = 'only'))
  AND ($asOf IS NULL OR EXISTS {
    MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
    WHERE CASE src.publishedPrecision
            WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
            WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
            ELSE src.published END <= $asOf })
OPTIONAL MATCH (theirPost:Post {id: theirs.post})
WITH other, theirPost, e,
     EXISTS { (e)-[:DURING]->(whole:Event) WHERE whole.channel = e.channel } AS part, e.date AS date,
     e.datePrecision AS precision
WITH other, theirPost, e, part, date,
     CASE precision WHEN 'year' THEN left(toString(date), 4) WHEN 'month' THEN left(toString(date), 7)
       WHEN 'span' THEN left(toString(date), 7) + '..' + left(toString(e.endDate), 7)
       ELSE toString(date) END AS day
ORDER BY date, precision = 'span', e.id
WITH other, collect(DISTINCT theirPost.name) AS posts, collect(DISTINCT e.channel) AS channels,
     collect(DISTINCT CASE WHEN e.status = 'happened' AND NOT part THEN e END) AS happened,
     collect(DISTINCT CASE WHEN e.status <> 'happened' AND NOT part THEN e END) AS planned,
     [d IN collect(CASE WHEN e.status = 'happened' THEN day END) WHERE d IS NOT NULL] AS days,
     collect(DISTINCT e.id) AS facts
RETURN other.name AS counterpart, other.side AS side, posts AS post, channels,
       reduce(n = 0, x IN happened | n + coalesce(x.count, 1)) AS contacts,
       size(planned) AS planned, days[0] AS first, days[-1] AS last, facts AS fact
ORDER BY contacts DESC, planned DESC, first, counterpart
