// An event that counts as one contact between the sides carries the label Contact: participants of two sides
// (neither a mere subject nor a reporter), and not a part of another event through the same channel. Every write of
// Parley keeps it (org.parley.graph.Contacts holds the rule); this marks the events of a store made before it.
MATCH (e:Event)
WITH e, COUNT { MATCH (e)<-[r:PARTICIPATED_IN]-()
                WHERE r.side IS NOT NULL AND NOT r.role IN ['subject', 'reporter']
                RETURN DISTINCT r.side } > 1
        AND NOT EXISTS { (e)-[:DURING]->(whole:Event) WHERE whole.channel = e.channel } AS contact
FOREACH (_ IN CASE WHEN contact THEN [1] ELSE [] END | SET e:Contact);
