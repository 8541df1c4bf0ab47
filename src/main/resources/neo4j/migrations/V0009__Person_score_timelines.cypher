// A Person carries the timeline of the score hawks ranks them by: scoreDates, the dates on which an assessment of
// them starts to hold, and scores, their score from each such date on (the mean of the latest assessment by each
// assessor that has a score, rounded to two places; NaN where none has one). rankedFrom is the first date on which any
// assessment is of them or compares with them. All three are derived from the person's stances (not retracted) and
// kept by every write of Parley (org.parley.graph.StanceScores holds the rule); this sets them on an earlier store.
MATCH (p:Person)
CALL (p) {
  // each stance's properties read once, into a map: the latest first (of one day's, the first by id)
  WITH COLLECT { MATCH (p)<-[:OF]-(s:Stance)-[:ASSESSED_BY]->(a) WHERE NOT s:Retracted
                 WITH {a: elementId(a), s: s.id, d: s.validFrom, score: s.score} AS x WHERE x.d IS NOT NULL
                 RETURN x ORDER BY x.d DESC, x.s } AS own
  WITH own, COLLECT { UNWIND own AS x RETURN DISTINCT x.d AS d ORDER BY d } AS dates,
       COLLECT { UNWIND own AS x RETURN DISTINCT x.a AS a } AS assessors
  WITH dates, [d IN dates | [x IN [a IN assessors | head([y IN own WHERE y.a = a AND y.d <= d])] WHERE x IS NOT NULL]] AS latest
  WITH dates, [l IN latest | reduce(held = [], x IN l | CASE WHEN x.s IN [y IN held | y.s] THEN held ELSE held + [x] END)] AS latest
  // the scores in ascending order, so that their sum (and its rounding) does not depend on the order they were found in
  WITH dates, [l IN latest | reduce(sorted = [], v IN [x IN l WHERE x.score IS NOT NULL | x.score] |
                                    [y IN sorted WHERE y < v] + [v] + [y IN sorted WHERE y >= v])] AS scored
  RETURN CASE WHEN size(dates) > 0 THEN dates END AS scoreDates,
         CASE WHEN size(dates) > 0 THEN [v IN scored | CASE WHEN size(v) = 0 THEN 0.0 / 0.0
                                                           ELSE round(reduce(total = 0.0, x IN v | total + x) / size(v), 2) END] END AS scores,
         head(COLLECT { MATCH (p)<-[:OF|COMPARED_WITH]-(c:Stance) WHERE NOT c:Retracted
                       WITH c.validFrom AS first WHERE first IS NOT NULL RETURN first ORDER BY first LIMIT 1 }) AS rankedFrom
}
SET p.scoreDates = scoreDates, p.scores = scores, p.rankedFrom = rankedFrom;
