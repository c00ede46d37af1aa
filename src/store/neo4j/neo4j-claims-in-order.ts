import { PREDICATES } from '../../domain/predicates';
import type { ClaimFilter } from '../graph-store';
import type { OrderedListQuery } from './neo4j-paging';
import { CLAIM_PROJECTION } from './neo4j-records';
import { ENTITY_ID_TYPES, isRoleIdProperty, ROLE_ID_TYPES } from './neo4j-claim-role-ids';
import type { EntityIdProperty, RoleIdProperty } from './neo4j-claim-role-ids';
import { ENTITY_CLAIM_COUNT, ENTITY_PREDICATE_CLAIM_COUNT } from './neo4j-entity-claim-counts';
import { CLAIM_KIND_COUNT } from './neo4j-kind-counts';

/**
 * Pages of claims that read what the page holds (issue 12 item 6): the
 * claims come in the order of every claim list by the key each keeps
 * (`publishedOrder`, neo4j-claim-order.ts), and the total is counted apart,
 * so only the page's claims have their article read.
 */

/** The order of every claim list (neo4j-claims.ts CLAIM_ORDER), as the one property that keeps it. */
export const KEPT_ORDER = 'c.publishedOrder';

/** Fields that leave a filter to the indexes on predicate, modality and the kept order. */
const INDEXED = new Set<string>(['predicates', 'modalities', 'includeRejected']);

/** The fields a filter sets: not absent, null or an empty list (which filters nothing). */
export function setFields(filter: ClaimFilter): string[] {
  return Object.entries(filter)
    .filter(
      ([, value]) =>
        value !== undefined && value !== null && !(Array.isArray(value) && !value.length),
    )
    .map(([field]) => field);
}

/**
 * The predicates and modalities of a filter that names nothing else, each
 * once; modalities alone are those modalities of every predicate (each claim
 * has one), so that they too are read per predicate and modality from the
 * index, where matching every claim of a modality read 80,000 claims and
 * their articles at a million claims. Null for any other filter, or one
 * naming neither, which the general claim match answers.
 */
export function predicatesAlone(
  filter: ClaimFilter,
): { predicates: string[]; modalities: string[] } | null {
  if (filter.includeRejected === true) return null;
  if (setFields(filter).some((field) => !INDEXED.has(field))) return null;
  const modalities = [...new Set(filter.modalities ?? [])];
  const named = [...new Set(filter.predicates ?? [])];
  const predicates = named.length === 0 && modalities.length > 0 ? [...PREDICATES] : named;
  if (predicates.length === 0) return null;
  return { predicates, modalities };
}

/**
 * The entity of a filter that names one kept role (subject, object, speaker
 * or relay) and nothing else but whether claims judged WRONG are wanted,
 * with the role's kept id property: such a list is that entity's claims in
 * that role, which `ofEntityInOrder` reads. Null for any other filter,
 * which the general claim match answers.
 */
export function roleAlone(
  filter: ClaimFilter,
): { property: RoleIdProperty; entityId: string; includeRejected: boolean } | null {
  const named = setFields(filter).filter((field) => field !== 'includeRejected');
  const property = named[0];
  if (named.length !== 1 || !isRoleIdProperty(property!)) return null;
  return {
    property,
    entityId: filter[property]!,
    includeRejected: filter.includeRejected === true,
  };
}

/**
 * The entity of a filter that names an entity in any role and nothing else
 * (claims judged WRONG left out): `ofEntityInAnyRole` reads it. Null for any
 * other filter.
 */
export function anyRoleAlone(filter: ClaimFilter): string | null {
  const named = setFields(filter);
  if (
    filter.includeRejected === true ||
    named.some((f) => f !== 'entityId' && f !== 'includeRejected')
  )
    return null;
  return named.includes('entityId') ? filter.entityId! : null;
}

/**
 * The entity and predicates of a filter that names an entity in any role and
 * some predicates, and nothing else (claims judged WRONG left out):
 * `ofEntityAndPredicatesInOrder` reads it. Null for any other filter.
 */
export function entityAndPredicatesAlone(
  filter: ClaimFilter,
): { entityId: string; predicates: string[] } | null {
  const named = setFields(filter);
  if (
    filter.includeRejected === true ||
    !named.includes('entityId') ||
    !named.includes('predicates') ||
    named.some((f) => f !== 'entityId' && f !== 'predicates' && f !== 'includeRejected')
  )
    return null;
  return { entityId: filter.entityId!, predicates: [...new Set(filter.predicates)] };
}

/**
 * The seek of the composite index on `properties` (migrations 021-023), as a
 * planner hint (Cypher Manual, "Index hints for the Cypher planner"). The
 * planner picks among the indexes that could start a match by its
 * statistics: on a small or emptied graph it prefers claim_predicate
 * (migration 007) and sorts the matches, which at scale reads every claim
 * of the predicate; the hint makes the ordered seek the plan on any graph.
 * A hint that cannot be followed (index missing or still populating) only
 * warns, with Neo4j's default `dbms.cypher.hints_error=false`.
 */
export function seekOf(properties: readonly string[], label = 'Claim'): string {
  return `USING INDEX SEEK c:${label}(${properties.join(', ')})`;
}

/**
 * Claims of some predicates (and modalities): the first `$offset + $first`
 * of each predicate (and modality) are read in the order of the
 * claim_predicate_order (claim_predicate_modality_order) index, which gives
 * the kept order once the leading properties are equal and the ORDER BY
 * names them (Cypher Manual, "Index-backed ORDER BY"); the few read are
 * merged, the seeks naming the index in a hint (`seekOf`). The total is
 * summed from the claims counted per kind, predicate and modality
 * (neo4j-kind-counts.ts: every claim not judged WRONG, as the list), a few
 * hundred nodes, where the index held an entry per matching claim (a common
 * predicate's 71,569 at a million claims).
 */
export function inPredicateOrder(withModalities: boolean): OrderedListQuery {
  const each = withModalities ? 'predicate, modality' : 'predicate';
  const modality = withModalities ? ' AND c.modality = modality' : '';
  const leading = withModalities ? 'c.predicate, c.modality' : 'c.predicate';
  const hint = seekOf([
    'predicate',
    ...(withModalities ? ['modality'] : []),
    KEPT_ORDER.slice('c.'.length),
  ]);
  return {
    count: `MATCH (k:${CLAIM_KIND_COUNT}) WHERE k.predicate IN $predicates${withModalities ? ' AND k.modality IN $modalities' : ''}
  RETURN coalesce(sum(k.n), 0) AS total`,
    page: `UNWIND $predicates AS predicate${withModalities ? ' UNWIND $modalities AS modality' : ''}
  CALL (${each}) {
    MATCH (c:Claim) ${hint} WHERE c.predicate = predicate${modality} AND ${KEPT_ORDER} IS NOT NULL
    WITH c ORDER BY ${leading}, ${KEPT_ORDER} LIMIT $offset + $first
    RETURN c
  }
  WITH c ORDER BY ${KEPT_ORDER} SKIP $offset LIMIT $first
  MATCH (c)-[:STATED_IN]->(a:Article)`,
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}

/** A claim property kept beside the order, with a composite index on both (migrations 022, 023, 026, 027). */
type KeyProperty = EntityIdProperty | 'relationId' | 'contested';

/** The claims of `label` whose `property` is `key`, sought in the composite index on it and the kept order. */
export function seekOfKey(property: KeyProperty, label: string, key = 'g.key'): string {
  return `MATCH (c:${label}) ${seekOf([property, KEPT_ORDER.slice('c.'.length)], label)}
    WHERE c.${property} = ${key} AND ${KEPT_ORDER} IS NOT NULL`;
}

/** The first `$offset + $first` claims of `label` whose `property` is `key`, in index order, cut as they are read. */
export function firstOfKey(property: KeyProperty, label: string, key = 'g.key'): string {
  return `${seekOfKey(property, label, key)}
    WITH c ORDER BY c.${property}, ${KEPT_ORDER} LIMIT $offset + $first
    RETURN c`;
}

/** The labels of a list's claims: those judged WRONG carry :RejectedClaim (neo4j-review.ts). */
export function claimLabels(includeRejected: boolean): string[] {
  return includeRejected ? ['Claim', 'RejectedClaim'] : ['Claim'];
}

/**
 * The page cut from the first claims of each of `firsts` (each a
 * `firstOfKey`, or any subquery body returning `c` in the kept order, cut at
 * `$offset + $first`, reading the variables `scope` names), merged: `UNION`
 * keeps a claim two of them read once, `UNION ALL` spares that where none
 * can. The page's claims alone have their article read.
 */
export function pageOfFirsts(
  firsts: readonly string[],
  union: 'UNION' | 'UNION ALL',
  scope = 'g',
): string {
  return `CALL (${scope}) {
    ${firsts.join(`\n    ${union}\n    `)}
  }
  WITH c ORDER BY ${KEPT_ORDER} SKIP $offset LIMIT $first
  MATCH (c)-[:STATED_IN]->(a:Article)`;
}

/**
 * The page of the claims whose `property` is `g.key`: the first
 * `$offset + $first` in index order, cut as they are read (with the claims
 * judged WRONG, the first of each label, merged), then the page's own.
 */
function pageOfKey(property: KeyProperty, includeRejected: boolean): string {
  return pageOfFirsts(
    claimLabels(includeRejected).map((label) => firstOfKey(property, label)),
    'UNION ALL',
  );
}

/**
 * The claims in which the entity `g.key` plays one role, read in the order
 * of the composite index on that role's kept entity id and the kept order
 * (claim_subject_order, ..., migration 022; neo4j-claim-role-ids.ts) and
 * cut at the page's end, so that a hub's page reads the page's claims, not
 * every claim of the hub; the seek is named in a hint (`seekOf`), as on a
 * small graph the planner would rather follow the entity's relationships
 * and sort. The total is the entity's count of the role's relationships,
 * which Neo4j keeps (the degree store), less its claims judged WRONG,
 * sought in their own index: no claim of the page's label is read to count
 * it.
 */
export function ofEntityInOrder(
  property: RoleIdProperty,
  includeRejected: boolean,
): OrderedListQuery {
  const type = ROLE_ID_TYPES[property];
  const rejected = includeRejected ? '' : ` - COUNT { ${seekOfKey(property, 'RejectedClaim')} }`;
  return {
    count: `OPTIONAL MATCH (e:Entity {id: g.key})
  RETURN CASE WHEN e IS NULL THEN 0 ELSE COUNT { (e)<-[:${type}]-() }${rejected} END AS total`,
    page: pageOfKey(property, includeRejected),
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}

/**
 * The claims of the relation `g.key`, read the same way from the composite
 * index on the claim's relation id and the kept order (migration 023), so
 * that the page of a relation stated by thousands of claims reads its own.
 * The total is counted from the same index (and the rejected claims' with
 * them), which reads index entries, not claims.
 */
export function ofRelationInOrder(includeRejected: boolean): OrderedListQuery {
  const counted = (label: string) => `COUNT { ${seekOfKey('relationId', label)} }`;
  const rejected = includeRejected ? ` + ${counted('RejectedClaim')}` : '';
  return {
    count: `RETURN ${counted('Claim')}${rejected} AS total`,
    page: pageOfKey('relationId', includeRejected),
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}

/**
 * The claims naming the entity `g.key` in any role: the first
 * `$offset + $first` of each role, read from its ordered index
 * (claim_subject_order, ..., claim_location_order, claim_item_order,
 * migrations 022 and 026) and cut as they are read, merged (a claim naming
 * the entity in two roles once): the page's first claims are among them,
 * as each is among the first of any role it plays. Following the entity's
 * role relationships read every claim of a hub and sorted them (1.1 million
 * database hits at a million claims). The total is the entity's count kept
 * per entity (neo4j-entity-claim-counts.ts), one node.
 */
export function ofEntityInAnyRole(): OrderedListQuery {
  const roles = Object.keys(ENTITY_ID_TYPES) as EntityIdProperty[];
  return {
    count: `OPTIONAL MATCH (k:${ENTITY_CLAIM_COUNT} {key: g.key})
  RETURN coalesce(k.n, 0) AS total`,
    page: pageOfFirsts(
      roles.map((property) => firstOfKey(property, 'Claim')),
      'UNION',
    ),
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}

/**
 * The claims naming the entity `g.key` in any role of the predicates
 * `$predicates`: per predicate, the first `$offset + $first` of each role,
 * read from its index on the entity's id, the predicate and the kept order
 * (claim_subject_predicate_order, ..., migration 031) and cut as they are
 * read, merged (a claim naming the entity in two roles once; a claim has one
 * predicate), as `ofEntityInAnyRole` does for every predicate. The general
 * match read every claim of the entity to keep the predicate's (445,067
 * database hits for a hub at a million claims). The total is the entity's
 * counts kept per predicate (neo4j-entity-claim-counts.ts), one node each,
 * their keys `$countKeys`.
 */
export function ofEntityAndPredicatesInOrder(): OrderedListQuery {
  const roles = Object.keys(ENTITY_ID_TYPES) as EntityIdProperty[];
  const first = (
    property: EntityIdProperty,
  ) => `MATCH (c:Claim) ${seekOf([property, 'predicate', KEPT_ORDER.slice('c.'.length)])}
    WHERE c.${property} = g.key AND c.predicate = predicate AND ${KEPT_ORDER} IS NOT NULL
    WITH c ORDER BY c.${property}, c.predicate, ${KEPT_ORDER} LIMIT $offset + $first
    RETURN c`;
  return {
    count: `UNWIND $countKeys AS key
  OPTIONAL MATCH (k:${ENTITY_PREDICATE_CLAIM_COUNT} {key: key})
  RETURN coalesce(sum(k.n), 0) AS total`,
    page: `UNWIND $predicates AS predicate
  ${pageOfFirsts(roles.map(first), 'UNION', 'g, predicate')}`,
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}
