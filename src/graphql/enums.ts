import { registerEnumType } from 'type-graphql';
import { ENTITY_KINDS } from '../domain/entity';
import { MODALITIES } from '../domain/modality';
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
registerEnumType(ModalityEnum, {
  name: 'Modality',
  description: 'How sure a claim is, as the text states it; listed strongest first.',
  valuesConfig: {
    CONFIRMED: { description: 'Stated as a confirmation ("ont confirmé").' },
    ASSERTED: { description: 'Stated as fact by its speaker.' },
    REPORTED: { description: 'Relayed without a named source ("selon le rapport").' },
    ALLEGED: { description: 'Conditional or unverified ("aurait fourni").' },
    INTENDED: { description: 'Announced future action ("réagiront").' },
    DENIED: { description: 'The speaker says it is false.' },
  },
});
registerEnumType(ClaimRoleEnum, {
  name: 'ClaimRole',
  description:
    'The part an entity plays in a claim: SPEAKER is attributedTo, REPORTER is reportedBy.',
});
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'OUT: relations whose subject is the entity; IN: whose object is; BOTH: either.',
});
