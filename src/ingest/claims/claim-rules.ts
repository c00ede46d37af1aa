import type { ClaimRule } from './rule-context';
import { controlClaims } from './rules/control-claims';
import { lossClaims } from './rules/loss-claims';
import { noCommentClaims } from './rules/no-comment-claims';
import { roleClaims } from './rules/role-claims';
import { sanctionClaims } from './rules/sanction-claims';
import { structuralClaims } from './rules/structural-claims';
import { deploymentClaims, suppliesClaims, supportClaims } from './rules/transfer-claims';
import { fightsForClaims, namedWarClaims, warClaims } from './rules/war-claims';

/** Rules that read how things are named, anywhere in the sentence: the article's own background facts. */
export const NAMING_RULES: readonly ClaimRule[] = [structuralClaims, roleClaims];

/** Rules that read what is said: only in the frame's content, with its speaker and modality. */
export const CONTENT_RULES: readonly ClaimRule[] = [
  noCommentClaims,
  lossClaims,
  warClaims,
  namedWarClaims,
  fightsForClaims,
  deploymentClaims,
  controlClaims,
  suppliesClaims,
  supportClaims,
  sanctionClaims,
];

/** Predicates stated by naming, ASSERTED by the article and kept once per article. */
export const STRUCTURAL_PREDICATES = new Set([
  'PART_OF',
  'LOCATED_IN',
  'CAPITAL_OF',
  'SPOKESPERSON_OF',
  'LEADER_OF',
  'MEMBER_OF',
]);
