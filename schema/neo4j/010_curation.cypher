// Who may change the graph, and what they changed (issue 10). Named keys
// (:AccessKey, only the SHA-256 of each key, src/domain/access-key.ts) and
// the change history: each (:Change) points at a (:ChangeTarget) per id it
// touches, so that `history(id)` starts from one indexed node.

CREATE CONSTRAINT access_key_id IF NOT EXISTS FOR (k:AccessKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT access_key_name IF NOT EXISTS FOR (k:AccessKey) REQUIRE k.name IS UNIQUE;
CREATE CONSTRAINT access_key_hash IF NOT EXISTS FOR (k:AccessKey) REQUIRE k.hash IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_target_id IF NOT EXISTS FOR (t:ChangeTarget) REQUIRE t.id IS UNIQUE;
