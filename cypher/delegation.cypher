// title: Who sat on each side of an event
// description: The members of each side of one round, call or meeting: their role (delegation lead, host,
//   member, ...) and the post they acted in. Mere subjects and reporters of the event are left out.
// param: event event = 'round-13-washington-2019-10'  -- the event: title or id, e.g. round-12-shanghai-2019
// param: asOf date = null  -- answer only if the event is evidenced by sources published by then; null for all
// example: report run delegation --param event=call-bessent-greer-he-2025-10-17
MATCH (e:Event {id: $event})<-[r:PARTICIPATED_IN]-(member)
WHERE NOT r.role IN ['subject', 'reporter'] AND NOT e:Retracted
  AND ($asOf IS NULL OR EXISTS {
    MATCH (e)-[:EVIDENCED_BY]->()-[:FROM]->(src)
    WHERE CASE src.publishedPrecision
            WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
            WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
            ELSE src.published END <= $asOf })
OPTIONAL MATCH (post:Post {id: r.post})
RETURN coalesce(r.side, '-') AS side, member.name AS member, r.role AS role, post.name AS post, e.id AS fact
ORDER BY side = '-', side DESC,
         CASE r.role WHEN 'delegation-lead' THEN 0 WHEN 'host' THEN 1 WHEN 'initiator' THEN 2 WHEN 'counterpart' THEN 3
           ELSE 4 END,
         member
