// title: How two people are connected
// description: The shortest chains from one person to another through events both took part in (calls, rounds,
//   meetings, statements) and posts one held after the other, one row per step, explained in words. Evidence,
//   sources, topics, places and organizations are not links. At most five chains of the shortest length: first
//   those where people took part rather than being only the subject, then those through confirmed tenures and
//   events that happened.
// param: a person = 'peter-navarro'  -- the first person: name, alias or id
// param: b person = 'he-lifeng'  -- the second person: name, alias or id
// param: asOf date = null  -- only events evidenced by sources published by then; null for all
// example: report run path --param a=wilbur-ross --param b=xi-jinping
MATCH (a:Person {id: $a}), (b:Person {id: $b})
MATCH chain = allShortestPaths((a)-[:PARTICIPATED_IN|HELD|OF_POST*..16]-(b))
WHERE all(n IN nodes(chain) WHERE n:Person OR (n:Tenure AND NOT n:Retracted) OR n:Post
          OR (n:Event AND NOT n:Retracted AND ($asOf IS NULL OR EXISTS {
            MATCH (n)-[:EVIDENCED_BY]->()-[:FROM]->(src)
            WHERE CASE src.publishedPrecision
                    WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
                    WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
                    ELSE src.published END <= $asOf })))
  AND all(r IN relationships(chain) WHERE type(r) <> 'PARTICIPATED_IN' OR r.role <> 'reporter')
WITH chain, size([r IN relationships(chain) WHERE r.role = 'subject']) AS passive,
     size([n IN nodes(chain) WHERE n.confirmed = false OR n.status IN ['planned', 'expected']]) AS uncertain
ORDER BY passive, uncertain, [n IN nodes(chain) | n.id]
WITH chain LIMIT 5
WITH collect(chain) AS chains
UNWIND range(0, size(chains) - 1) AS c
WITH c + 1 AS number, nodes(chains[c]) AS ns, relationships(chains[c]) AS rs
WITH number, ns, rs, [i IN range(0, size(ns) - 1) WHERE ns[i]:Person] AS people
UNWIND range(0, size(people) - 2) AS k
WITH number, k + 1 AS step, ns, rs, people[k] AS i, people[k + 1] AS j
WITH number, step, ns[i] AS from, ns[j] AS to, ns[i + 1] AS via, rs[i] AS r1, rs[j - 1] AS r2,
     CASE WHEN j - i = 4 THEN ns[i + 2] END AS post, CASE WHEN j - i = 4 THEN ns[i + 3] END AS later
WITH number, step, from, to, via, r1, r2, post, later,
     CASE via.datePrecision WHEN 'year' THEN toString(via.date.year) WHEN 'month' THEN left(toString(via.date), 7)
       ELSE toString(via.date) END AS day,
     CASE via.channel WHEN 'in-person-round' THEN 'in-person round' ELSE replace(via.channel, '-', ' ') END AS channel
RETURN number AS path, step,
       CASE
         WHEN post IS NOT NULL THEN
           from.name + ' held the post of ' + post.name + ' (from ' + toString(via.start)
           + coalesce(' to ' + toString(via.end), '') + '), as ' + to.name + ' did (from ' + toString(later.start)
           + coalesce(' to ' + toString(later.end), '') + ')'
         WHEN r1.role <> 'subject' AND r2.role <> 'subject' THEN
           from.name + ' took part in the ' + channel + ' of ' + day + ' with ' + to.name + ': ' + via.title
         ELSE
           from.name + ' (' + r1.role + ') and ' + to.name + ' (' + r2.role + ') are both in the ' + channel + ' of '
           + day + ': ' + via.title
       END AS explanation,
       CASE WHEN post IS NOT NULL THEN [via.id, later.id] ELSE [via.id] END AS fact
ORDER BY path, step
