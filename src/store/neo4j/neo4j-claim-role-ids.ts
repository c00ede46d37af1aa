import type { Claim } from '../../domain/claim';
import type { ClaimRole } from '../graph-store';

/**
 * The entity a claim names in each role an entity's claim list asks for,
 * kept on the claim as a property beside its role relationship, so that the
 * composite range index on it and the claim's place in article-date order
 * (schema/neo4j/022) gives one entity's claims in that role in order, read
 * up to the page's end (neo4j-claims-in-order.ts). The relationships stay
 * what every other read follows; the properties are written with them
 * (neo4j-write.ts, neo4j-merge.ts, export/neo4j-csv.ts) and given once on start
 * to claims written before (neo4j-claim-order.ts `fillClaimKeys`; the place's
 * and the item's, kept since for periods, neo4j-claim-periods.ts `fillClaimPeriods`).
 */
export const ROLE_ID_PROPERTIES: Readonly<Record<ClaimRole, RoleIdProperty>> = {
  SUBJECT: 'subjectId',
  OBJECT: 'objectId',
  SPEAKER: 'attributedToId',
  REPORTER: 'reportedById',
};

export type RoleIdProperty = 'subjectId' | 'objectId' | 'attributedToId' | 'reportedById';

/**
 * Every claim property naming an entity: the kept roles' and, for an
 * entity's claims in a period (any role, neo4j-claims-in-period.ts), the
 * place's and the item's.
 */
export type EntityIdProperty = RoleIdProperty | 'locationId' | 'itemId';

/** The relationship type of each kept role, which the property mirrors. */
export const ROLE_ID_TYPES: Readonly<Record<RoleIdProperty, string>> = {
  subjectId: 'HAS_SUBJECT',
  objectId: 'HAS_OBJECT',
  attributedToId: 'ATTRIBUTED_TO',
  reportedById: 'REPORTED_BY',
};

/** The relationship type of each role, which the property of its entity id mirrors. */
export const ENTITY_ID_TYPES: Readonly<Record<EntityIdProperty, string>> = {
  ...ROLE_ID_TYPES,
  locationId: 'AT_LOCATION',
  itemId: 'ABOUT_ITEM',
};

/** Whether a claim filter's field is a kept role's id (the filter's fields have the properties' names). */
export function isRoleIdProperty(field: string): field is RoleIdProperty {
  return Object.hasOwn(ROLE_ID_TYPES, field);
}

/** The entity ids of a claim's roles, as written to its node (null: no property). */
export function claimRoleIds(claim: Claim): Record<EntityIdProperty, string | null> {
  return {
    subjectId: claim.subjectId,
    objectId: claim.objectId,
    attributedToId: claim.attributedToId,
    reportedById: claim.reportedById,
    locationId: claim.locationId,
    itemId: claim.itemId,
  };
}

/** A SET list giving the claim `c` its roles' entity ids, read from its role relationships. */
export function roleIdsFromRelationships(c: string): string {
  return Object.entries(ENTITY_ID_TYPES)
    .map(([property, type]) => `${c}.${property} = head([(${c})-[:${type}]->(x:Entity) | x.id])`)
    .join(', ');
}
