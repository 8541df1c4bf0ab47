// The contacts between the people drawn ($ids), per pair and channel, most contacts first: at most $limit of them,
// with how many there were.
UNWIND $ids AS aid
MATCH (a:Person {id: aid})-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(b:Person)
WHERE b.id IN $ids AND a.id < b.id
  AND e.status = 'happened' AND NOT e:Retracted
  AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  AND NOT r1.role IN ['subject', 'reporter'] AND NOT r2.role IN ['subject', 'reporter']
WITH a.id AS a, b.id AS b, coalesce(e.channel, 'unknown') AS channel, count(DISTINCT e) AS contacts
ORDER BY contacts DESC, a, b, channel
WITH collect({a: a, b: b, channel: channel, contacts: contacts}) AS found
RETURN size(found) AS total, found[0..$limit] AS links
