// title: A person's stance over time
// description: Every assessment of one person's stance, oldest first: label, score (+1 hawk ... -1 dove),
//   who assessed it, on which issues, and the note on how the source supports it.
// param: person person = 'zhong-shan'  -- the person: name, alias or id, e.g. donald-trump
// param: asOf date = null  -- only assessments evidenced by sources published by then; null for all
// example: report run stance --param person=donald-trump
MATCH (p:Person {id: $person})<-[:OF]-(s:Stance)
WHERE NOT s:Retracted AND ($asOf IS NULL OR EXISTS {
  MATCH (s)-[:EVIDENCED_BY]->()-[:FROM]->(src)
  WHERE CASE src.publishedPrecision
          WHEN 'year' THEN src.published + duration('P1Y') - duration('P1D')
          WHEN 'month' THEN src.published + duration('P1M') - duration('P1D')
          ELSE src.published END <= $asOf })
CALL (s) {
  MATCH (s)-[:ASSESSED_BY]->(assessor)
  WITH assessor ORDER BY assessor.name
  RETURN collect(assessor.name) AS assessors
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ON_ISSUE]->(topic:Topic)
  WITH topic ORDER BY topic.name
  RETURN collect(topic.name) AS issues
}
RETURN s.validFrom AS since, s.label AS stance, s.score AS score, assessors AS `assessed by`, issues,
       s.note AS note, s.id AS fact
ORDER BY since, stance
