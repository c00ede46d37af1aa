import type { EntityKind } from './entity';

/**
 * The predicate vocabulary, as data. `domain` lists the kinds a subject may
 * have, `range` the kinds an object entity may have; an empty range means the
 * predicate takes no object entity (a value or nothing). `cues` are the words
 * that signal the predicate in text, per language; the extractor reads them.
 */
export interface PredicateDefinition {
  readonly name: string;
  readonly description: string;
  readonly domain: readonly EntityKind[];
  readonly range: readonly EntityKind[];
  readonly cues: { readonly fr: readonly string[]; readonly en: readonly string[] };
}

const ACTORS: readonly EntityKind[] = ['COUNTRY', 'ORGANIZATION', 'ARMED_FORCE'];
const PLACES: readonly EntityKind[] = ['LOCATION', 'COUNTRY'];

export const PREDICATE_DEFINITIONS = [
  {
    name: 'PART_OF',
    description:
      'The subject is a component of the object (an agency of a state, a unit of an armed force, a region of a country).',
    domain: ['ORGANIZATION', 'ARMED_FORCE', 'LOCATION'],
    range: ['ORGANIZATION', 'COUNTRY', 'LOCATION', 'ARMED_FORCE'],
    cues: { fr: ['ministère', 'de la', 'du'], en: ['department of', 'of the'] },
  },
  {
    name: 'LOCATED_IN',
    description: 'The subject lies inside the object place.',
    domain: ['LOCATION', 'ORGANIZATION', 'EVENT'],
    range: PLACES,
    cues: { fr: ['en', 'dans', 'région de'], en: ['in', 'region of'] },
  },
  {
    name: 'CAPITAL_OF',
    description: 'The subject city is the capital of the object country.',
    domain: ['LOCATION'],
    range: ['COUNTRY'],
    cues: { fr: ['capitale'], en: ['capital'] },
  },
  {
    name: 'SPOKESPERSON_OF',
    description: 'The subject person speaks for the object.',
    domain: ['PERSON'],
    range: ['ORGANIZATION', 'COUNTRY', 'ARMED_FORCE'],
    cues: {
      fr: ['porte-parole'],
      en: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'],
    },
  },
  {
    name: 'LEADER_OF',
    description: 'The subject person leads the object.',
    domain: ['PERSON'],
    range: ACTORS,
    cues: {
      fr: ['président', 'chef', 'dirigeant', 'ministre'],
      en: ['president', 'head', 'leader', 'minister'],
    },
  },
  {
    name: 'MEMBER_OF',
    description: 'The subject belongs to the object organisation, alliance or armed force.',
    // An armed group belongs to an alliance of groups (the Arakan Army to the Three Brotherhood Alliance).
    domain: ['PERSON', 'COUNTRY', 'ORGANIZATION', 'ARMED_FORCE'],
    // A commander of the RSF belongs to it as a member of Hezbollah does to Hezbollah.
    range: ['ORGANIZATION', 'ARMED_FORCE'],
    cues: { fr: ['membre'], en: ['member'] },
  },
  {
    name: 'AT_WAR_WITH',
    description: 'The subject is engaged in war against the object.',
    domain: ACTORS,
    range: ACTORS,
    cues: { fr: ['guerre contre', 'en guerre'], en: ['war against', 'at war with'] },
  },
  {
    name: 'FIGHTS_FOR',
    description:
      'The subject force (an army, or an armed group such as Hezbollah) fights on behalf of the object.',
    domain: ['ARMED_FORCE', 'ORGANIZATION', 'PERSON'],
    range: ['COUNTRY', 'ORGANIZATION'],
    cues: {
      fr: ['combattre pour', 'objectifs de', 'au profit'],
      en: ['fight for', 'on behalf of'],
    },
  },
  {
    name: 'SUPPORTS_MILITARILY',
    description: 'The subject gives military support (troops, weapons) to the object.',
    domain: ACTORS,
    range: ACTORS,
    cues: { fr: ['aide militaire', 'soutien militaire'], en: ['military aid', 'military support'] },
  },
  {
    name: 'DEPLOYED_TO',
    description:
      'The subject force or troops (of a state or an armed group) were sent to, or are present in, the object place.',
    domain: ['ARMED_FORCE', 'ORGANIZATION', 'COUNTRY'],
    range: PLACES,
    cues: { fr: ['envoi', 'déployés', 'envoyés'], en: ['sent to', 'deployed to', 'deployment'] },
  },
  {
    name: 'SUFFERED_LOSSES_IN',
    description:
      'The subject force or armed group lost people (killed, wounded, missing, captured) in the object place.',
    domain: ['ARMED_FORCE', 'ORGANIZATION', 'COUNTRY'],
    range: ['LOCATION', 'COUNTRY', 'EVENT'],
    cues: {
      fr: ['pertes', 'tué', 'blessé', 'disparu', 'abattus'],
      en: ['losses', 'killed', 'wounded', 'missing'],
    },
  },
  {
    name: 'CONTROLS',
    description: 'The subject holds the object place.',
    domain: ACTORS,
    range: ['LOCATION'],
    cues: { fr: ['sous contrôle', 'contrôle'], en: ['under control', 'controls', 'held by'] },
  },
  {
    name: 'SUPPLIES',
    description: 'The subject provides the item qualifier (oil, shells) to the object.',
    domain: ACTORS,
    range: ACTORS,
    cues: { fr: ['fourni', 'livré', 'livraison'], en: ['supplied', 'delivered', 'provided'] },
  },
  {
    name: 'SANCTIONS',
    description: 'The subject imposes sanctions on the object.',
    domain: ['COUNTRY', 'ORGANIZATION'],
    range: ['COUNTRY', 'ORGANIZATION', 'PERSON'],
    cues: { fr: ['sanctions'], en: ['sanctions', 'sanctioned'] },
  },
  {
    name: 'STATED_NO_COMMENT',
    description:
      'The subject has not reacted or declined to comment; the object value names the topic.',
    domain: ['COUNTRY', 'ORGANIZATION', 'PERSON', 'ARMED_FORCE'],
    range: [],
    cues: {
      fr: ["n'ont pas réagi", 'pas commenté', 'refusé de commenter'],
      en: ['declined to comment', 'did not respond', 'no comment'],
    },
  },
] as const satisfies readonly PredicateDefinition[];

export type Predicate = (typeof PREDICATE_DEFINITIONS)[number]['name'];

export const PREDICATES: readonly Predicate[] = PREDICATE_DEFINITIONS.map((p) => p.name);

const BY_NAME = new Map<string, PredicateDefinition>(PREDICATE_DEFINITIONS.map((p) => [p.name, p]));

export function isPredicate(value: string): value is Predicate {
  return BY_NAME.has(value);
}

export function predicateDefinition(predicate: Predicate): PredicateDefinition {
  const definition = BY_NAME.get(predicate);
  if (!definition) throw new Error(`invariant: predicate ${predicate} has no definition`);
  return definition;
}
