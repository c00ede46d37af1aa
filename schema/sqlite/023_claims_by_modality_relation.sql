-- Relations holding a claim of some modalities (RelationFilter.claimModalities,
-- src/store/sqlite/sqlite-filters.ts): their ids read from this index alone,
-- not from every claim row of those modalities.
CREATE INDEX claims_by_modality_relation ON claims (modality, relation_id) WHERE rejected = 0;
