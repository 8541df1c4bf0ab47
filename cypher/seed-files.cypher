// title: Seed files loaded
// description: Each seed script applied to this graph: when, how many statements, and the start of its checksum.
// param: since datetime = null  -- only files applied at or after this time; null for all
// example: report run seed-files --param since=2026-01-01T00:00Z --format markdown
MATCH (f:SeedFile)
WHERE $since IS NULL OR f.appliedAt >= $since
RETURN f.name AS file, f.statements AS statements, f.appliedAt AS applied, left(f.checksum, 12) AS checksum
ORDER BY file
