// 20_stances.cypher: stance claims about negotiators, as the sources make them.
// A Stance is never a Person property: (:Stance)-[:OF]->(:Person), -[:ASSESSED_BY]->(who says so),
// -[:ON_ISSUE]->(:Topic), -[:EVIDENCED_BY]->(:Evidence). score: -1 dove ... +1 hawk.
// validFrom is the source's publication date unless the text dates the stance.
// A label is a word the evidence carries (NegotiatorGraphIT checks it). score is set only where the text places the
// person on the hawk-dove axis; criticism, optimism or a comparison has score null. A comparison ("more of a
// hardliner than Liu") is relation 'more-than' with (:Stance)-[:COMPARED_WITH]->(:Person), not a score for either.
// ASSESSED_BY names whom the text attributes the view to (an unnamed "Beijing" view is its own placeholder).

// Retired by issue 17: claims beyond the text that an earlier version of this file made
MATCH (s:Stance {id: 'stance-liu-he-relative-dove-2019'})
DETACH DELETE s;

MATCH (:Stance {id: 'stance-steven-mnuchin-negotiated-solution-2018'})-[r:ASSESSED_BY]->(:Person {id: 'peter-navarro'})
DELETE r;

MATCH (:Stance {id: 'stance-donald-trump-hawk-beijing-view-2018'})-[r:ASSESSED_BY]->(:Organization {id: 'cn-state-council'})
DELETE r;

UNWIND [
  {id: 'stance-peter-navarro-hawk-2018', label: 'hawk', score: 0.9, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'peter-navarro', assessedBy: ['outlet-000-unnamed'], issues: ['trade-negotiations'], evidence: ['evidence-000-27', 'evidence-000-28', 'evidence-000-30'],
   note: 'The outlet of 000 calls him "one of the most outspoken China hawks in the administration". His speech backs this: no one but Trump or Lighthizer should negotiate.'},
  {id: 'stance-steven-mnuchin-negotiated-solution-2018', label: 'advocate-of-negotiated-solution', score: -0.5, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'steven-mnuchin', assessedBy: ['outlet-000-unnamed'], issues: ['trade-negotiations', 'agricultural-purchases'], evidence: ['evidence-000-29', 'evidence-000-33'],
   note: 'The outlet counts Mnuchin among the "advocates of a negotiated solution" targeted by Navarro\'s broadside (the wording is the outlet\'s, not Navarro\'s), and says he negotiated purchase-focused deals that Trump rejected.'},
  {id: 'stance-wilbur-ross-negotiated-solution-2018', label: 'focused-on-purchases', score: -0.3, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'wilbur-ross', assessedBy: ['outlet-000-unnamed'], issues: ['agricultural-purchases', 'energy-purchases'], evidence: ['evidence-000-33', 'evidence-000-34'],
   note: 'Named as an aide whose deals "focused on increasing purchases rather than substantive reforms". The text labels his deals, not him, and does not call him an advocate of a negotiated solution.'},
  {id: 'stance-donald-trump-hawk-beijing-view-2018', label: 'thwart-china-rise', score: null, validFrom: date('2018-05-01'), validFromPrecision: 'month',
   person: 'donald-trump', assessedBy: ['beijing-view-unattributed'], issues: ['china-rise'], evidence: ['evidence-000-16', 'evidence-000-18'],
   note: 'What was said: "In Beijing" his move "was seen as an insult to Xi" and "cemented a view that Trump\'s real goal was to thwart China\'s rise". The text names no body and uses neither "hawk" nor a score. Dated by the text to May 2018.'},
  {id: 'stance-li-keqiang-conciliatory-2018', label: 'willing-to-negotiate', score: -0.5, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'li-keqiang', assessedBy: ['li-keqiang'], issues: ['trade-negotiations'], evidence: ['evidence-000-19', 'evidence-000-20', 'evidence-000-22'],
   note: 'His own reported words: "We are willing to negotiate with the U.S.", mutual respect, disputes contained by dialogue. The article attaches no label, so the assessor is Li himself.'},
  {id: 'stance-donald-trump-hardliner-peoples-daily-2019', label: 'flip-flopping-bullying', score: null, validFrom: date('2019-09-05'), validFromPrecision: 'day',
   person: 'donald-trump', assessedBy: ['peoples-daily'], issues: ['trade-negotiations', 'tariffs'], evidence: ['evidence-002-22'],
   note: 'The party paper blames his "flip-flopping" and a "bullying, arbitrary mentality" for stopping a deal. A criticism, not a place on the hawk-dove axis: no score.'},
  {id: 'stance-zhong-shan-hardliner-2019', label: 'hardliner', score: null, relation: 'more-than', comparedWith: 'liu-he', validFrom: date('2019-07-24'), validFromPrecision: 'day',
   person: 'zhong-shan', assessedBy: ['business-times'], issues: ['trade-negotiations'], evidence: ['evidence-003-32'],
   note: '"is seen as more of a hardliner than Liu": the outlet\'s (passive) characterisation. A comparison with Liu He, not a score for either.'},
  {id: 'stance-zhong-shan-hawk-china-watchers-2019', label: 'hawk', score: 0.6, validFrom: date('2019-07-24'), validFromPrecision: 'day',
   person: 'zhong-shan', assessedBy: ['china-watchers'], issues: ['trade-negotiations'], evidence: ['evidence-003-33'],
   note: 'Some China watchers say he was added to the talks so that "a more hawkish view" is represented.'},
  {id: 'stance-larry-kudlow-optimist-2019', label: 'optimist', score: null, validFrom: date('2019-07-23'), validFromPrecision: 'day',
   person: 'larry-kudlow', assessedBy: ['larry-kudlow'], issues: ['trade-negotiations', 'huawei-licences'], evidence: ['evidence-003-38', 'evidence-003-39'],
   note: 'Self-described optimism (reported by the outlet) that in-person talks would resume soon. Optimism is not a hawk-dove position: no score.'}
] AS row
MERGE (s:Stance {id: row.id})
SET s += row {.label, .score, .relation, .validFrom, .validFromPrecision, .note}, s.basis = 'article'
WITH s, row
OPTIONAL MATCH (other:Person {id: row.comparedWith})
FOREACH (_ IN CASE WHEN other IS NULL THEN [] ELSE [1] END | MERGE (s)-[:COMPARED_WITH]->(other))
WITH s, row
MATCH (p:Person {id: row.person})
MERGE (s)-[:OF]->(p)
WITH s, row
UNWIND row.assessedBy AS assessorId
MATCH (a) WHERE a.id = assessorId AND (a:Person OR a:Organization)
MERGE (s)-[:ASSESSED_BY]->(a)
WITH DISTINCT s, row
UNWIND row.issues AS topicId
MATCH (t:Topic {id: topicId})
MERGE (s)-[:ON_ISSUE]->(t)
WITH DISTINCT s, row
UNWIND row.evidence AS evidenceId
MATCH (ev:Evidence {id: evidenceId})
MERGE (s)-[:EVIDENCED_BY]->(ev);
