-- Analysts' judgements of claims (issue 10, item 3).

-- The latest verdict per claim id, kept apart from `claims`: an article
-- written again replaces its claim rows, and the judgement must outlive
-- that (a claim's id is the same for the same sentence and reading).
CREATE TABLE claim_reviews (
  claim_id TEXT PRIMARY KEY,
  verdict  TEXT NOT NULL CHECK (verdict IN ('CORRECT', 'WRONG')),
  note     TEXT,
  editor   TEXT NOT NULL,
  at       TEXT NOT NULL
) WITHOUT ROWID;

-- 1 for a claim judged WRONG: relations, stats, sources, timelines and
-- walks read only the claims at 0. Set from claim_reviews when a claim is
-- written.
ALTER TABLE claims ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
