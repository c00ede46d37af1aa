// Analysts' judgements of claims (issue 10, item 3). The latest verdict per
// claim id is a (:ClaimReview) of its own, so it outlives the claim node
// when its article is written again. A claim judged WRONG trades its :Claim
// label for :RejectedClaim: every read of :Claim leaves it out.

CREATE CONSTRAINT claim_review_id IF NOT EXISTS FOR (r:ClaimReview) REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT rejected_claim_id IF NOT EXISTS FOR (c:RejectedClaim) REQUIRE c.id IS UNIQUE;

// The sentences of claims judged WRONG, for a text search that asks for
// them (`includeRejected`): claim_sentence (004) indexes :Claim only.
CREATE FULLTEXT INDEX rejected_claim_sentence IF NOT EXISTS
FOR (c:RejectedClaim) ON EACH [c.sentenceWords];
