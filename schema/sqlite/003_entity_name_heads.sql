-- Each name's first words, folded as the gazetteer folds them
-- (src/domain/name-key.ts): ingestion finds the entities an article names
-- by the article's phrases, without reading every entity. SQLite cannot
-- fold as the gazetteer does, so the store fills the column: on every write,
-- and, right after this file, for the names stored before it
-- (src/store/sqlite/sqlite-name-heads.ts).
ALTER TABLE entity_names ADD COLUMN head TEXT NOT NULL DEFAULT '';
CREATE INDEX entity_names_by_head ON entity_names (head);
