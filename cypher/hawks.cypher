// title: Hawks and doves on a date
// description: People ranked by their stance as assessed on a date (+1 hawk ... -1 dove): for each person, the
//   latest assessment by each assessor up to that date, averaged; with the labels, who assessed them and since when.
// param: side string = null  -- only people of this side (US, CN, EU, DE); null for all
// param: at date = today  -- the date the assessments must hold on
// param: issue string = null  -- id of a topic the stance is on, e.g. trade-negotiations; null for any
// param: asOf date = null  -- only assessments evidenced by sources published by then; null for all
// example: report run hawks --param side=CN --param at=2019-12-31
MATCH (s:Stance)-[:OF]->(p:Person)
WHERE s.validFrom <= $at AND NOT s:Retracted
  AND ($side IS NULL OR p.side = $side)
  AND ($issue IS NULL OR EXISTS { (s)-[:ON_ISSUE]->(:Topic {id: $issue}) })
  AND ($asOf IS NULL OR EXISTS {
    MATCH (s)-[:EVIDENCED_BY]->()-[:FROM]->(src)
    WHERE CASE src.publishedPrecision
            WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
            WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
            ELSE src.published END <= $asOf })
MATCH (s)-[:ASSESSED_BY]->(assessor)
WITH p, assessor, s
ORDER BY s.validFrom DESC
WITH p, assessor, collect(s)[0] AS latest
WITH p, collect(DISTINCT latest) AS stances, collect(DISTINCT latest.label) AS labels,
     collect(DISTINCT assessor.name) AS assessors, max(latest.validFrom) AS since
WITH p, stances, labels, assessors, since,
     round(reduce(total = 0.0, s IN stances | total + s.score) / size(stances), 2) AS score
ORDER BY score IS NULL, score DESC, p.name
WITH score, collect({person: p, labels: labels, assessors: assessors, since: since, facts: [s IN stances | s.id]}) AS same
ORDER BY score IS NULL, score DESC
WITH collect({score: score, rows: same}) AS groups
UNWIND range(0, size(groups) - 1) AS g
WITH groups[g] AS group, 1 + reduce(ahead = 0, earlier IN groups[..g] | ahead + size(earlier.rows)) AS rank
UNWIND group.rows AS row
RETURN rank, row.person.name AS person, row.person.side AS side, group.score AS score, row.labels AS stance,
       COLLECT { UNWIND row.assessors AS name RETURN name ORDER BY name } AS `assessed by`,
       row.since AS since, row.facts AS fact
