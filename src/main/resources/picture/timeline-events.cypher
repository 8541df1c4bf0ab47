// A person's events in [$from, $to], oldest first: at most $limit, with how many there were.
MATCH (:Person {id: $id})-[r:PARTICIPATED_IN]->(e:Event)
WHERE NOT e:Retracted
  AND e.date >= coalesce($from, date('0001-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
WITH DISTINCT e
ORDER BY e.date, e.title
WITH collect({date: e.date, channel: coalesce(e.channel, 'unknown'), status: e.status, title: e.title}) AS found
RETURN size(found) AS total, found[0..$limit] AS events
