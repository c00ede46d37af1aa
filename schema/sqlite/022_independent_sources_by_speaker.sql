-- Two speakers named in one sentence are two independent sources (issue 9):
-- the rule (src/domain/evidence.ts countIndependentSources) no longer merges
-- them as one wire copy. The relations whose claims share a sentence with
-- different speakers, or with a speaker and none, are counted again by this
-- migration's step (sqlite-evidence-backfill.ts recountSharedSentences).
SELECT 1;
