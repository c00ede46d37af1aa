-- Entities an extractor made up from unknown names, to review (see src/domain/entity.ts).
ALTER TABLE entities ADD COLUMN candidate INTEGER NOT NULL DEFAULT 0 CHECK (candidate IN (0, 1));
