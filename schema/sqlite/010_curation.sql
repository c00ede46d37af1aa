-- Who may change the graph, and what they changed (issue 10).

-- Named keys, created and revoked with `kg keys`. Only the SHA-256 of a key
-- is kept (src/domain/access-key.ts); names stay unique, revoked or not, so
-- the history's editor names stay unambiguous.
CREATE TABLE access_keys (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  role       TEXT NOT NULL CHECK (role IN ('EDITOR', 'READER')),
  hash       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- The change history, written in the transaction of the change itself.
-- `before` and `after` are JSON; a change is listed under every id it
-- touches (change_targets).
CREATE TABLE changes (
  id          TEXT PRIMARY KEY,
  at          TEXT NOT NULL,
  editor      TEXT NOT NULL,
  action      TEXT NOT NULL,
  reason      TEXT,
  before_json TEXT,
  after_json  TEXT,
  target_ids  TEXT NOT NULL
);
CREATE TABLE change_targets (
  target_id TEXT NOT NULL,
  change_id TEXT NOT NULL REFERENCES changes (id),
  at        TEXT NOT NULL,
  PRIMARY KEY (target_id, at, change_id)
) WITHOUT ROWID;
