-- Claims by their own period (issue 9 item 7): stats narrowed to a period
-- and to nothing an index finds sooner (src/store/sqlite/sqlite-filtered-stats.ts)
-- read the claims with a time of their own here, and the others through
-- their articles by date (articles_by_date_ascending, claims_by_article),
-- instead of every claim. A claim's period ends at its `time_to`, else its
-- `time_from`, and starts at its `time_from`, else its `time_to`; the
-- claims without a time of their own are left out, so each index holds
-- only the claims it can answer for.
CREATE INDEX claims_by_own_period_end ON claims (coalesce(time_to, time_from))
  WHERE coalesce(time_to, time_from) IS NOT NULL;
CREATE INDEX claims_by_own_period_start ON claims (coalesce(time_from, time_to))
  WHERE coalesce(time_from, time_to) IS NOT NULL;
