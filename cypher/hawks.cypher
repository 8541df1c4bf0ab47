// title: Hawks and doves on a date
// description: People ranked by their stance as assessed on a date (+1 hawk ... -1 dove): for each person, the
//   latest assessment by each assessor up to that date, averaged over the assessments that place the person on that
//   scale (criticism or optimism has no score); with the labels, the comparisons the sources make ("more of a
//   hardliner than Liu He", never turned into a score), who assessed them, since when, and how old each assessment
//   is on the date, in the order of the labels (an assessment has no end: the age says how far it is carried).
//   People without a score come last. With a limit, only the top of the ranking is read (from each person's score
//   timeline, kept by every write) unless a topic or a publication date narrows the stances.
// param: side side = null  -- only people of this side (US, CN, EU, DE); null for all
// param: at date = today  -- the date the assessments must hold on
// param: issue topic = null  -- a topic (name or id) the stance is on, e.g. trade-negotiations; null for any
// param: asOf date = null  -- only assessments evidenced by sources published by then; null for all
// param: limit integer = null in 1..1000000000  -- only this many people, from the top of the ranking; null for all
// param: synthetic string = include in [include, only, exclude]  -- synthetic people (generate, load): include, only or exclude them
// example: report run hawks --param side=CN --param at=2019-12-31
CALL () {
  // the top of a ranking ($limit), when no topic or publication date narrows the stances: people sought by the date of
  // their first assessment and ranked by their score timeline (both kept by every write: graph/StanceScores), so only
  // the people shown are read further
  UNWIND CASE WHEN $limit IS NOT NULL AND $issue IS NULL AND $asOf IS NULL THEN [true] ELSE [] END AS top
  CALL () {
    UNWIND CASE WHEN $side IS NULL THEN [true] ELSE [] END AS everyone
    MATCH (p:Person) WHERE p.rankedFrom <= $at
    RETURN p
    UNION
    MATCH (p:Person) WHERE p.side = $side AND p.rankedFrom <= $at
    RETURN p
  }
  WITH p WHERE $synthetic = 'include' OR (p:Synthetic) = ($synthetic = 'only')
  WITH p, [i IN range(0, size(coalesce(p.scoreDates, [])) - 1) WHERE p.scoreDates[i] <= $at] AS upTo
  // NaN: no assessment of the person on the date has a score
  WITH p, CASE WHEN size(upTo) > 0 AND NOT isNaN(p.scores[last(upTo)]) THEN p.scores[last(upTo)] END AS score
  ORDER BY score IS NULL, score DESC, p.name, p.id
  LIMIT coalesce($limit, 1)
  MATCH (s:Stance)-[r:OF|COMPARED_WITH]->(p) WHERE s.validFrom <= $at AND NOT s:Retracted
  WITH p, collect(s) AS holding, collect(CASE WHEN type(r) = 'OF' THEN s END) AS own
  RETURN p, holding, own, EXISTS {
    MATCH (twin:Person {name: p.name}) WHERE twin <> p AND twin.rankedFrom <= $at AND ($side IS NULL OR twin.side = $side)
      AND ($synthetic = 'include' OR (twin:Synthetic) = ($synthetic = 'only')) } AS twins
  UNION
  // the whole ranking: every stance up to the date
  UNWIND CASE WHEN $limit IS NULL OR $issue IS NOT NULL OR $asOf IS NOT NULL THEN [true] ELSE [] END AS whole
  CALL () {
    // every stance up to the date only when no side is given (the UNWIND keeps the planner from reading them otherwise)
    UNWIND CASE WHEN $side IS NULL THEN [true] ELSE [] END AS everyone
    MATCH (s:Stance) WHERE s.validFrom <= $at
    RETURN s
    UNION
    // a side's stances: by the side of the person they are of, and the few that compare with someone (of any side)
    MATCH (s:Stance) WHERE s.personSide = $side AND s.validFrom <= $at
    RETURN s
    UNION
    MATCH (s:Stance) WHERE s.compares = true AND s.validFrom <= $at
    RETURN s
  }
  WITH s
  WHERE NOT s:Retracted
    AND ($issue IS NULL OR EXISTS { (s)-[:ON_ISSUE]->(:Topic {id: $issue}) })
    AND ($asOf IS NULL OR EXISTS {
      MATCH (s)-[:EVIDENCED_BY]->()-[:FROM]->(src)
      WHERE CASE src.publishedPrecision
              WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
              WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
              ELSE src.published END <= $asOf })
  MATCH (s)-[r:OF|COMPARED_WITH]->(p:Person)
  WHERE ($side IS NULL OR p.side = $side) AND ($synthetic = 'include' OR (p:Synthetic) = ($synthetic = 'only'))
  WITH p, collect(s) AS holding, collect(CASE WHEN type(r) = 'OF' THEN s END) AS own
  // two people of one name (synthetic networks repeat names) are told apart by their ids
  WITH p.name AS name, collect({p: p, holding: holding, own: own}) AS same
  UNWIND same AS x
  RETURN x.p AS p, x.holding AS holding, x.own AS own, size(same) > 1 AS twins
}
WITH p, holding, own, CASE WHEN twins THEN p.name + ' (' + p.id + ')' ELSE p.name END AS shown
CALL (p, own) {
  UNWIND own AS s
  MATCH (s)-[:ASSESSED_BY]->(assessor)
  WITH assessor, s ORDER BY s.validFrom DESC, s.id
  WITH assessor, collect(s)[0] AS latest
  RETURN collect(DISTINCT latest) AS stances, collect(DISTINCT assessor.name) AS assessors
}
CALL (p, holding) {
  UNWIND holding AS s
  WITH s WHERE s.compares
  MATCH (s)-[:OF]->(x:Person), (s)-[:COMPARED_WITH]->(y:Person)
  WITH s, x, y ORDER BY s.validFrom, x.name, y.name
  RETURN collect(CASE WHEN x = p THEN 'more of a ' + s.label + ' than ' + y.name
                      ELSE 'less of a ' + s.label + ' than ' + x.name END) AS compared
}
// the scores in ascending order, so that their sum (and its rounding) does not depend on the order they were found in
WITH p, shown, stances, assessors, compared,
     reduce(sorted = [], v IN [s IN stances WHERE s.score IS NOT NULL | s.score] |
            [y IN sorted WHERE y < v] + [v] + [y IN sorted WHERE y >= v]) AS scores
WITH p, shown, stances, assessors, compared,
     CASE WHEN size(scores) = 0 THEN null ELSE round(reduce(total = 0.0, x IN scores | total + x) / size(scores), 2) END AS score,
     [s IN stances | s.label] AS labels,
     reduce(last = null, s IN stances | CASE WHEN last IS NULL OR s.validFrom > last THEN s.validFrom ELSE last END) AS since,
     // whole months from the assessment to the date (as duration.between counts them), without a duration per stance
     [months IN [s IN stances | 12 * ($at.year - s.validFrom.year) + $at.month - s.validFrom.month
                                - CASE WHEN $at.day < s.validFrom.day THEN 1 ELSE 0 END] |
      CASE WHEN months >= 12 THEN toString(months / 12) + 'y ' ELSE '' END + toString(months % 12) + 'm'] AS ages
ORDER BY score IS NULL, score DESC, p.name, p.id
WITH score, collect({person: p, shown: shown, labels: labels, compared: compared, assessors: assessors, since: since, ages: ages,
                     facts: [s IN stances | s.id]}) AS same
ORDER BY score IS NULL, score DESC
WITH collect({score: score, rows: same}) AS groups
UNWIND range(0, size(groups) - 1) AS g
WITH groups[g] AS group, 1 + reduce(ahead = 0, earlier IN groups[..g] | ahead + size(earlier.rows)) AS rank
UNWIND group.rows AS row
RETURN rank, row.shown AS person, row.person.side AS side, group.score AS score, row.labels AS stance,
       row.compared AS compared, COLLECT { UNWIND row.assessors AS name RETURN name ORDER BY name } AS `assessed by`,
       row.since AS since, row.ages AS age, row.facts AS fact
LIMIT coalesce($limit, 1000000000)
