// title: A person's channels across turnover
// description: The pairs of posts through which one person dealt with the other side (e.g. Secretary of the
//   Treasury and Vice Premier), and every pair of holders who used each channel, in order: the channel stays, its
//   holders change. Contacts and planned are counted as in the counterparts report; first and last are the first
//   and last contact that happened (an event recording several contacts counts that many, a span shows as one).
// param: person person = 'steven-mnuchin'  -- the person whose channels to follow: name, alias or id
// param: at date = today  -- only events up to this date
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// example: report run post-channels --param person=scott-bessent
MATCH (:Person {id: $person})-[mine:PARTICIPATED_IN]->(mutual:Event)<-[theirs:PARTICIPATED_IN]-(:Person)
WHERE NOT mutual:Retracted AND NOT mine.role IN ['subject', 'reporter'] AND NOT theirs.role IN ['subject', 'reporter']
  AND mine.side IS NOT NULL AND theirs.side IS NOT NULL AND mine.side <> theirs.side
  AND mine.post IS NOT NULL AND theirs.post IS NOT NULL
WITH DISTINCT mine.post AS ourId, theirs.post AS theirId
MATCH (ourPost:Post {id: ourId})<-[:OF_POST]-(held:Tenure)<-[:HELD]-(us:Person)
WHERE NOT held:Retracted
MATCH (theirPost:Post {id: theirId})
MATCH (us)-[a:PARTICIPATED_IN]->(e:Event)<-[b:PARTICIPATED_IN]-(them:Person)
WHERE a.post = ourId AND b.post = theirId
  AND NOT a.role IN ['subject', 'reporter'] AND NOT b.role IN ['subject', 'reporter']
  AND e.date <= $at AND NOT e:Retracted
  AND ($asOf IS NULL OR EXISTS {
    MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
    WHERE CASE src.publishedPrecision
            WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
            WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
            ELSE src.published END <= $asOf })
WITH DISTINCT ourPost, theirPost, us, them, e,
     EXISTS { (e)-[:DURING]->(whole:Event) WHERE whole.channel = e.channel } AS part, e.date AS date,
     e.datePrecision AS precision
WITH ourPost, theirPost, us, them, e, part, date,
     CASE precision WHEN 'year' THEN left(toString(date), 4) WHEN 'month' THEN left(toString(date), 7)
       WHEN 'span' THEN left(toString(date), 7) + '..' + left(toString(e.endDate), 7)
       ELSE toString(date) END AS day
ORDER BY date, precision = 'span', e.id
WITH ourPost, theirPost, us, them, min(date) AS start, collect(DISTINCT e.channel) AS channels,
     collect(DISTINCT CASE WHEN e.status = 'happened' AND NOT part THEN e END) AS happened,
     collect(DISTINCT CASE WHEN e.status <> 'happened' AND NOT part THEN e END) AS planned,
     [d IN collect(CASE WHEN e.status = 'happened' THEN day END) WHERE d IS NOT NULL] AS days,
     collect(DISTINCT e.id) AS facts
RETURN ourPost.name AS `our post`, theirPost.name AS `their post`, us.name AS ours, them.name AS theirs,
       reduce(n = 0, x IN happened | n + coalesce(x.count, 1)) AS contacts, size(planned) AS planned, days[0] AS first, days[-1] AS last, channels,
       ourPost.id AS `our post id`, theirPost.id AS `their post id`, facts AS fact
ORDER BY `our post`, `their post`, start, ours, theirs
