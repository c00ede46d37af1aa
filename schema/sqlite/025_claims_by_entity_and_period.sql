-- An entity's claims in a period (issue 12): a claim's period starts at its
-- `time_from`, else its `time_to`, else its article's day of publication,
-- and ends at its `time_to`, else its `time_from`, else that day. The claim
-- keeps its article's day (`published_day`, written with the claim: an
-- article written again has its claims written again), so that a period
-- filter reads no article, and each column naming an entity has a second
-- index with the period's end and start after it: a hub's claims in a
-- quarter are one range of each, read from the index alone, not every claim
-- of the hub and its article. The one-column indexes stay for the entity
-- alone: counting a hub's claims on these wider ones took twice as long.
-- Each is partial, on a condition every claim meets and only a period's
-- statement states (src/store/sqlite/sqlite-filters.ts), so that the
-- planner never takes it for the entity alone (SQLite manual, "Partial
-- Indexes": a query uses one only when its WHERE implies the index's); the
-- day is its last column, so that the index alone answers that condition.
ALTER TABLE claims ADD COLUMN published_day TEXT;

UPDATE claims SET published_day =
  (SELECT substr(a.published_at, 1, 10) FROM articles a WHERE a.id = claims.article_id);

CREATE INDEX claims_by_subject_period ON claims (subject_id,
  coalesce(time_to, time_from, published_day), coalesce(time_from, time_to, published_day),
  published_day) WHERE published_day IS NOT NULL;
CREATE INDEX claims_by_object_period ON claims (object_id,
  coalesce(time_to, time_from, published_day), coalesce(time_from, time_to, published_day),
  published_day) WHERE published_day IS NOT NULL;
CREATE INDEX claims_by_location_period ON claims (location_id,
  coalesce(time_to, time_from, published_day), coalesce(time_from, time_to, published_day),
  published_day) WHERE published_day IS NOT NULL;
CREATE INDEX claims_by_item_period ON claims (item_id,
  coalesce(time_to, time_from, published_day), coalesce(time_from, time_to, published_day),
  published_day) WHERE published_day IS NOT NULL;
CREATE INDEX claims_by_speaker_period ON claims (attributed_to_id,
  coalesce(time_to, time_from, published_day), coalesce(time_from, time_to, published_day),
  published_day) WHERE published_day IS NOT NULL;
CREATE INDEX claims_by_reporter_period ON claims (reported_by_id,
  coalesce(time_to, time_from, published_day), coalesce(time_from, time_to, published_day),
  published_day) WHERE published_day IS NOT NULL;
