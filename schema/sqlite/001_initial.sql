-- kg SQLite schema, version 1. Applied once, inside a transaction, by
-- src/store/sqlite/sqlite-migrations.ts; never edit an applied migration,
-- add the next file instead.

CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  title        TEXT NOT NULL,
  url          TEXT,
  publisher    TEXT,
  language     TEXT NOT NULL,
  published_at TEXT NOT NULL,
  text         TEXT NOT NULL,
  -- Hash of the whole batch last written for this article: an identical
  -- re-import is recognised without rewriting anything.
  batch_hash   TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles (published_at DESC, id);

CREATE TABLE entities (
  id   TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX entities_by_kind ON entities (kind);

-- Every way to name an entity: its canonical name, labels and aliases.
CREATE TABLE entity_names (
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  type      TEXT NOT NULL CHECK (type IN ('name', 'label', 'alias')),
  lang      TEXT NOT NULL,
  text      TEXT NOT NULL,
  folded    TEXT NOT NULL,
  PRIMARY KEY (entity_id, type, lang, text)
);
CREATE INDEX entity_names_by_folded ON entity_names (folded);

-- Full-text index over folded names; remove_diacritics 2 folds accents the
-- text still carries (see the SQLite FTS5 manual, "Unicode61 Tokenizer").
CREATE VIRTUAL TABLE entity_names_fts USING fts5 (
  folded,
  entity_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE mentions (
  id             TEXT PRIMARY KEY,
  article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id      TEXT NOT NULL REFERENCES entities (id),
  surface        TEXT NOT NULL,
  span_start     INTEGER NOT NULL,
  span_end       INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions (entity_id);
CREATE INDEX mentions_by_article ON mentions (article_id);

CREATE TABLE claims (
  id               TEXT PRIMARY KEY,
  article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  relation_id      TEXT NOT NULL,
  subject_id       TEXT NOT NULL REFERENCES entities (id),
  predicate        TEXT NOT NULL,
  object_id        TEXT REFERENCES entities (id),
  object_value     TEXT,
  quantity_min     REAL,
  quantity_max     REAL,
  quantity_unit    TEXT,
  time_from        TEXT,
  time_to          TEXT,
  location_id      TEXT REFERENCES entities (id),
  item_id          TEXT REFERENCES entities (id),
  modality         TEXT NOT NULL,
  attributed_to_id TEXT REFERENCES entities (id),
  reported_by_id   TEXT REFERENCES entities (id),
  sentence         TEXT NOT NULL,
  sentence_start   INTEGER NOT NULL,
  sentence_end     INTEGER NOT NULL,
  channel          TEXT,
  extractor        TEXT NOT NULL,
  confidence       REAL NOT NULL
);
CREATE INDEX claims_by_article ON claims (article_id);
CREATE INDEX claims_by_relation ON claims (relation_id);
CREATE INDEX claims_by_subject ON claims (subject_id);
CREATE INDEX claims_by_object ON claims (object_id);
CREATE INDEX claims_by_speaker ON claims (attributed_to_id);
CREATE INDEX claims_by_reporter ON claims (reported_by_id);

-- Derived from claims in the same transaction that writes them.
CREATE TABLE relations (
  id           TEXT PRIMARY KEY,
  subject_id   TEXT NOT NULL REFERENCES entities (id),
  predicate    TEXT NOT NULL,
  object_id    TEXT REFERENCES entities (id),
  object_value TEXT,
  claim_count  INTEGER NOT NULL,
  first_seen   TEXT NOT NULL,
  last_seen    TEXT NOT NULL,
  modality     TEXT NOT NULL
);
CREATE INDEX relations_by_subject ON relations (subject_id, predicate);
CREATE INDEX relations_by_object ON relations (object_id, predicate);
