// The people who took part in a contact with any of $ring (the ego, or the ego's first ring), ranked by how many
// contacts they shared, not counting $known; at most $room of them are returned, with how many there were.
// A contact: an event that happened, not retracted, in [$from, $to], both taking part as more than a subject or
// reporter.
UNWIND $ring AS rid
MATCH (:Person {id: rid})-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(q:Person)
WHERE NOT q.id IN $known
  AND e.status = 'happened' AND NOT e:Retracted
  AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  AND NOT r1.role IN ['subject', 'reporter'] AND NOT r2.role IN ['subject', 'reporter']
WITH q, count(DISTINCT e) AS contacts
ORDER BY contacts DESC, q.name
WITH collect(q.id) AS found
RETURN size(found) AS total, found[0..$room] AS ids
