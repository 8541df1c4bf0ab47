// title: Hawks and doves on a date
// description: People ranked by their stance as assessed on a date (+1 hawk ... -1 dove): for each person, the
//   latest assessment by each assessor up to that date, averaged over the assessments that place the person on that
//   scale (criticism or optimism has no score); with the labels, the comparisons the sources make ("more of a
//   hardliner than Liu He", never turned into a score), who assessed them, since when, and how old each assessment
//   is on the date, in the order of the labels (an assessment has no end: the age says how far it is carried).
//   People without a score come last.
// param: side side = null  -- only people of this side (US, CN, EU, DE); null for all
// param: at date = today  -- the date the assessments must hold on
// param: issue topic = null  -- a topic (name or id) the stance is on, e.g. trade-negotiations; null for any
// param: asOf date = null  -- only assessments evidenced by sources published by then; null for all
// param: synthetic string = include in [include, only, exclude]  -- synthetic people (generate, load): include, only or exclude them
// example: report run hawks --param side=CN --param at=2019-12-31
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
WITH x.p AS p, x.holding AS holding, x.own AS own,
     CASE WHEN size(same) > 1 THEN name + ' (' + x.p.id + ')' ELSE name END AS shown
CALL (p, own) {
  UNWIND own AS s
  MATCH (s)-[:ASSESSED_BY]->(assessor)
  WITH assessor, s ORDER BY s.validFrom DESC
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
WITH p, shown, stances, assessors, compared, [s IN stances WHERE s.score IS NOT NULL | s.score] AS scores
WITH p, shown, stances, assessors, compared,
     CASE WHEN size(scores) = 0 THEN null ELSE round(reduce(total = 0.0, x IN scores | total + x) / size(scores), 2) END AS score,
     [s IN stances | s.label] AS labels,
     reduce(last = null, s IN stances | CASE WHEN last IS NULL OR s.validFrom > last THEN s.validFrom ELSE last END) AS since,
     // whole months from the assessment to the date (as duration.between counts them), without a duration per stance
     [months IN [s IN stances | 12 * ($at.year - s.validFrom.year) + $at.month - s.validFrom.month
                                - CASE WHEN $at.day < s.validFrom.day THEN 1 ELSE 0 END] |
      CASE WHEN months >= 12 THEN toString(months / 12) + 'y ' ELSE '' END + toString(months % 12) + 'm'] AS ages
ORDER BY score IS NULL, score DESC, p.name
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
