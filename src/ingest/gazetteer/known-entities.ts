import { ARMED_GROUPS } from './known/armed-groups';
import { AUTHORITIES } from './known/authorities';
import { CITIES } from './known/cities';
import { COMMODITIES } from './known/commodities';
import { CONFLICT_PARTIES } from './known/conflicts';
import { EVENTS } from './known/events';
import { HUMANITARIAN } from './known/humanitarian';
import { INTERNATIONAL } from './known/international';
import { KOREA } from './known/korea';
import { MEDIA } from './known/media';
import { OFFICIALS } from './known/officials';
import { PEOPLE } from './known/people';
import { PLACES } from './known/places';
import { RUSSIA } from './known/russia';
import { UKRAINE } from './known/ukraine';
import { UNITED_STATES } from './known/united-states';
import type { KnownEntityData } from './known-entity-data';

/**
 * Well-known organisations, people, places, events and commodities of
 * international news, as data, one file per theme in known/. Nothing here is
 * tied to one article: these are the names any reader of the news would
 * recognise, in English, French, German and Spanish. Countries, their
 * demonyms and capitals come from the npm data packages (country-entries.ts),
 * armed forces from armed-forces.ts.
 *
 * Compound names that contain another entity's name ("National Security
 * Council of the White House") are left out on purpose: the extractor finds
 * both parts and states that one is PART_OF the other.
 */
/** The bodies of the states the news names most: their armies and commands are no armed group. */
export const STATE_BODIES: readonly KnownEntityData[] = [
  ...UNITED_STATES,
  ...RUSSIA,
  ...UKRAINE,
  ...KOREA,
];

export const KNOWN_ENTITIES: readonly KnownEntityData[] = [
  ...STATE_BODIES,
  ...INTERNATIONAL,
  ...HUMANITARIAN,
  ...CONFLICT_PARTIES,
  ...ARMED_GROUPS,
  ...AUTHORITIES,
  ...MEDIA,
  ...PEOPLE,
  ...OFFICIALS,
  ...PLACES,
  ...CITIES,
  ...EVENTS,
  ...COMMODITIES,
];
