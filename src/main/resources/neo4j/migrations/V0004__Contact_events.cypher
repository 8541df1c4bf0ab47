// Events with participants of two sides (neither a mere subject nor a reporter) carry the label CrossSide, which
// every write of Parley keeps (org.parley.graph.CrossSideEvents); this marks the events of a store made before it.
MATCH (e:Event)
WITH e, COUNT { MATCH (e)<-[r:PARTICIPATED_IN]-()
                WHERE r.side IS NOT NULL AND NOT r.role IN ['subject', 'reporter']
                RETURN DISTINCT r.side } > 1 AS cross
FOREACH (_ IN CASE WHEN cross THEN [1] ELSE [] END | SET e:CrossSide);
