// Bulk loads commit a :LoadBatch checkpoint with every batch; a rerun looks its run's checkpoints up by id prefix.
CREATE CONSTRAINT load_batch_id IF NOT EXISTS FOR (n:LoadBatch) REQUIRE n.id IS UNIQUE;
