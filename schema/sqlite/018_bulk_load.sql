-- Bulk loads (issue 12 item 5, src/store/sqlite/sqlite-bulk-load.ts): `kg import`
-- into a store without claims drops the indexes whose keys arrive in random
-- order and the triggers that keep claim_day_counts, writes the claims
-- without rebuilding their relations, then builds all of it once at the end.
-- What it dropped is listed here, with the SQL that makes it again, in the
-- transaction that drops it: while a row is here the store is not whole
-- (relations, day counts and those indexes lag behind the claims), and
-- opening the store after the loading process died finishes the load.
CREATE TABLE unfinished_bulk_load (
  name       TEXT PRIMARY KEY,
  sql        TEXT NOT NULL,
  on_table   TEXT NOT NULL,
  -- The process loading, so that another process opening the store leaves
  -- a load in progress alone and finishes only one whose loader is gone.
  loader_pid INTEGER NOT NULL
) WITHOUT ROWID;
