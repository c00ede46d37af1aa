-- Two speakers named in one sentence, or relayed by one agency, are two
-- independent sources (issue 9): a copy (the same sentence, the same agency)
-- no longer joins two named speakers (src/domain/evidence.ts
-- countIndependentSources). The relations where a sentence or an agency's
-- claims name two speakers or more are counted again by this migration's
-- step (sqlite-evidence-backfill.ts recountJoinedSpeakers).
SELECT 1;
