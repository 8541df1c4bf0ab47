// 20_stances.cypher: stance claims about negotiators, as the sources make them.
// A Stance is never a Person property: (:Stance)-[:OF]->(:Person), -[:ASSESSED_BY]->(who says so),
// -[:ON_ISSUE]->(:Topic), -[:EVIDENCED_BY]->(:Evidence). score: -1 dove ... +1 hawk.
// validFrom is the source's publication date unless the text dates the stance.

UNWIND [
  {id: 'stance-peter-navarro-hawk-2018', label: 'hawk', score: 0.9, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'peter-navarro', assessedBy: ['outlet-000-unnamed'], issues: ['trade-negotiations'], evidence: ['evidence-000-27', 'evidence-000-28', 'evidence-000-30'],
   note: 'The outlet of 000 calls him "one of the most outspoken China hawks in the administration". His speech backs this: no one but Trump or Lighthizer should negotiate.'},
  {id: 'stance-steven-mnuchin-negotiated-solution-2018', label: 'advocate-of-negotiated-solution', score: -0.5, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'steven-mnuchin', assessedBy: ['outlet-000-unnamed', 'peter-navarro'], issues: ['trade-negotiations', 'agricultural-purchases'], evidence: ['evidence-000-29', 'evidence-000-33'],
   note: 'The outlet counts Mnuchin among the "advocates of a negotiated solution" targeted by Navarro\'s broadside, and says he negotiated purchase-focused deals that Trump rejected. Navarro is linked as the critic whose speech framed him so.'},
  {id: 'stance-wilbur-ross-negotiated-solution-2018', label: 'advocate-of-negotiated-solution', score: -0.3, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'wilbur-ross', assessedBy: ['outlet-000-unnamed'], issues: ['agricultural-purchases', 'energy-purchases'], evidence: ['evidence-000-33', 'evidence-000-34'],
   note: 'Named as an aide whose deals focused on increasing purchases rather than substantive reforms. Weaker than for Mnuchin: the text labels his deals, not him.'},
  {id: 'stance-donald-trump-hawk-beijing-view-2018', label: 'hawk', score: 0.8, validFrom: date('2018-05-01'), validFromPrecision: 'month',
   person: 'donald-trump', assessedBy: ['cn-state-council'], issues: ['china-rise'], evidence: ['evidence-000-16', 'evidence-000-18'],
   note: 'The view "in Beijing" (the Chinese leadership, modelled as the State Council) after Trump stopped the May 2018 deal: his real goal was to thwart China\'s rise. Dated by the text to May 2018.'},
  {id: 'stance-li-keqiang-conciliatory-2018', label: 'conciliatory', score: -0.5, validFrom: date('2018-11-13'), validFromPrecision: 'day',
   person: 'li-keqiang', assessedBy: ['li-keqiang'], issues: ['trade-negotiations'], evidence: ['evidence-000-19', 'evidence-000-20', 'evidence-000-22'],
   note: 'Read from his own reported words (willing to negotiate, mutual respect, disputes contained by dialogue). The article attaches no label, so the assessor is Li himself.'},
  {id: 'stance-donald-trump-hardliner-peoples-daily-2019', label: 'hardliner', score: 0.7, validFrom: date('2019-09-05'), validFromPrecision: 'day',
   person: 'donald-trump', assessedBy: ['peoples-daily'], issues: ['trade-negotiations', 'tariffs'], evidence: ['evidence-002-22'],
   note: 'The party paper blames his "flip-flopping" and a "bullying, arbitrary mentality" for stopping a deal.'},
  {id: 'stance-zhong-shan-hardliner-2019', label: 'hardliner', score: 0.6, validFrom: date('2019-07-24'), validFromPrecision: 'day',
   person: 'zhong-shan', assessedBy: ['business-times'], issues: ['trade-negotiations'], evidence: ['evidence-003-32'],
   note: '"is seen as more of a hardliner than Liu": the outlet\'s (passive) characterisation, relative to Liu He.'},
  {id: 'stance-zhong-shan-hawk-china-watchers-2019', label: 'hawk', score: 0.6, validFrom: date('2019-07-24'), validFromPrecision: 'day',
   person: 'zhong-shan', assessedBy: ['china-watchers'], issues: ['trade-negotiations'], evidence: ['evidence-003-33'],
   note: 'Some China watchers say he was added to the talks so that "a more hawkish view" is represented.'},
  {id: 'stance-liu-he-relative-dove-2019', label: 'dove', score: -0.2, validFrom: date('2019-07-24'), validFromPrecision: 'day',
   person: 'liu-he', assessedBy: ['business-times', 'china-watchers'], issues: ['trade-negotiations'], evidence: ['evidence-003-32', 'evidence-003-33'],
   note: 'Only relative: Zhong is "more of a hardliner than Liu". The text gives no absolute label for Liu; the dove label and the mild score mark the comparison only (low confidence).'},
  {id: 'stance-larry-kudlow-optimist-2019', label: 'optimist', score: -0.2, validFrom: date('2019-07-23'), validFromPrecision: 'day',
   person: 'larry-kudlow', assessedBy: ['larry-kudlow'], issues: ['trade-negotiations', 'huawei-licences'], evidence: ['evidence-003-38', 'evidence-003-39'],
   note: 'Self-described optimism (reported by the outlet) that in-person talks would resume soon. Optimism is not a hawk-dove position, so the score stays near neutral.'}
] AS row
MERGE (s:Stance {id: row.id})
SET s += row {.label, .score, .validFrom, .validFromPrecision, .note}
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
