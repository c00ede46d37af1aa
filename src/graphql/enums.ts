import { registerEnumType } from 'type-graphql';
import { ENTITY_KINDS } from '../domain/entity';
import { MODALITIES } from '../domain/modality';
import type { Modality } from '../domain/modality';
import { PREDICATE_DEFINITIONS, PREDICATES } from '../domain/predicates';

/** type-graphql wants enum objects; the domain keeps its vocabularies as lists. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const EntityKindEnum = enumObject(ENTITY_KINDS);
export const PredicateEnum = enumObject(PREDICATES);
export const ModalityEnum = enumObject(MODALITIES);
export const ClaimRoleEnum = enumObject(['SUBJECT', 'OBJECT', 'SPEAKER', 'REPORTER'] as const);
export const DirectionEnum = enumObject(['OUT', 'IN', 'BOTH'] as const);
export const TimeOrderEnum = enumObject([
  'PUBLISHED_ASC',
  'PUBLISHED_DESC',
  'INGESTED_ASC',
  'INGESTED_DESC',
] as const);
export const TimeBucketEnum = enumObject(['DAY', 'WEEK', 'MONTH'] as const);
export const TimelineSplitEnum = enumObject([
  'NONE',
  'MODALITY',
  'PREDICATE',
  'PUBLISHER',
  'SPEAKER',
] as const);
export const TimelineAxisEnum = enumObject(['EVENT', 'PUBLISHED', 'INGESTED'] as const);
export const SourceKindEnum = enumObject(['SPEAKER', 'AGENCY', 'PUBLISHER', 'ARTICLE'] as const);
export const EdgeKindEnum = enumObject(['RELATION', 'ATTRIBUTION'] as const);

const MODALITY_MEANINGS: Readonly<Record<Modality, string>> = {
  CONFIRMED: 'Stated as a confirmation ("ont confirmé").',
  ASSERTED: 'Stated as fact by its speaker.',
  REPORTED: 'Relayed without a named source ("selon le rapport").',
  ALLEGED: 'Conditional or unverified ("aurait fourni").',
  INTENDED: 'Announced future action ("réagiront").',
  DENIED: 'The speaker says it is false.',
};

registerEnumType(EntityKindEnum, {
  name: 'EntityKind',
  description: 'What kind of thing an entity is.',
});
registerEnumType(PredicateEnum, {
  name: 'Predicate',
  description: 'The relation vocabulary; each predicate has a domain and a range of entity kinds.',
  valuesConfig: Object.fromEntries(
    PREDICATE_DEFINITIONS.map((p) => [p.name, { description: p.description }]),
  ),
});
// The schema file prints enum values sorted by name: the strength order is
// written into the descriptions, and Query.modalities lists it in order.
registerEnumType(ModalityEnum, {
  name: 'Modality',
  description: `How sure a claim is, as the text states it. Strongest first: ${MODALITIES.join(' > ')}. A relation's modality is its strongest claim's; every modality but DENIED supports the relation.`,
  valuesConfig: Object.fromEntries(
    MODALITIES.map((m, i) => [
      m,
      {
        description: `Strength ${i + 1} of ${MODALITIES.length}${i === 0 ? ' (strongest)' : ''}. ${MODALITY_MEANINGS[m]}`,
      },
    ]),
  ),
});
registerEnumType(ClaimRoleEnum, {
  name: 'ClaimRole',
  description:
    'The part an entity plays in a claim: SPEAKER is attributedTo, REPORTER is reportedBy.',
});
registerEnumType(TimeOrderEnum, {
  name: 'TimeOrder',
  description:
    'By publication or ingestion time, oldest (ASC) or newest (DESC) first; ties by article id, then position in the article.',
});
registerEnumType(TimeBucketEnum, {
  name: 'TimeBucket',
  description:
    'A day; an ISO week, from Monday; a calendar month. Buckets are named by their first day.',
});
registerEnumType(TimelineSplitEnum, {
  name: 'TimelineSplit',
  description:
    'What each bucket is split by: nothing, the modality, the predicate, the publisher, or the speaker (attributedTo).',
});
registerEnumType(TimelineAxisEnum, {
  name: 'TimelineAxis',
  description:
    "Which date places a claim: EVENT its own time (its start), else its article's publication day; PUBLISHED its article's publication day; INGESTED the UTC day its article was stored.",
});
registerEnumType(SourceKindEnum, {
  name: 'SourceKind',
  description:
    "Where a claim comes from: its SPEAKER (attributedTo) when the text names one, else the AGENCY relaying it (reportedBy), else the article's PUBLISHER; an ARTICLE naming none of them is a source of its own.",
});
registerEnumType(EdgeKindEnum, {
  name: 'EdgeKind',
  description:
    'What a walk crossed: a RELATION between two entities, or an ATTRIBUTION from a speaker to an entity it said something about (walked only when asked, `attribution: true`).',
});
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'OUT: relations whose subject is the entity; IN: whose object is; BOTH: either.',
});
