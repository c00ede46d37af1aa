import type { Entity } from '../../domain/entity';
import { entityId } from '../../domain/ids';
import type { Token } from '../text/tokenize';
import type { CountryRecord } from './country-entries';
import { countryGazetteer } from './country-entries';
import type { GazetteerEntry } from './gazetteer-entry';
import { graphEntries, knownEntries } from './known-entries';
import { worldRegionEntries } from './world-region-entries';
import { ARMED_GROUPS } from './known/armed-groups';
import { CONFLICT_PARTIES } from './known/conflicts';
import { KNOWN_ENTITIES, STATE_BODIES } from './known-entities';
import { KNOWN_LANGUAGES } from './known-entity-data';
import { PhraseIndex } from './phrase-index';

export interface GazetteerMatch {
  /** Tokens covered. */
  readonly length: number;
  readonly entries: readonly GazetteerEntry[];
}

/**
 * Every name the extractor recognises: countries (npm data), curated
 * well-known entities, and the graph's own labels and aliases. The first two
 * are built once per process; the graph's layer per call, as it grows.
 */
export interface Gazetteer {
  /**
   * Longest match starting at token `index` (graph and data layers together), or null. Given the
   * text's language, names bound to that language match too ("IS" in German).
   */
  matchAt(tokens: readonly Token[], index: number, language?: string): GazetteerMatch | null;
  /** The longest name or demonym several countries share starting at `index`, or null. */
  sharedAt(tokens: readonly Token[], index: number): GazetteerMatch | null;
  /** Every match starting at token `index`, longest first. */
  allMatchesAt(tokens: readonly Token[], index: number): readonly GazetteerMatch[];
  /** Entries named exactly `text`. */
  lookup(text: string): readonly GazetteerEntry[];
  /** The country record of a country entity, for its armed force and capital. */
  country(countryId: string): CountryRecord | undefined;
  /** The country record whose capital or seat of government a place is ("Bamako" is Mali's), or undefined. */
  countryWithCapital(placeId: string): CountryRecord | undefined;
  /** An entity the static data (not the graph) defines, by id. */
  dataEntity(entityId: string): Entity | undefined;
  /** True when the entity relays news (agencies, outlets). */
  isMedia(entityId: string): boolean;
  /** The country whose mercenaries a private military company's men are ("Russia" for Wagner). */
  mercenariesOf(entityId: string): string | undefined;
  /** True for a state's armed force or command (national armies, CENTCOM), never an armed group. */
  isStateForce(entityId: string): boolean;
  /** True for a country's own armed forces ("Armed Forces of the Philippines"), not a command or corps. */
  isNationalArmy(entityId: string): boolean;
  /** True for a known armed group (Boko Haram, Hamas, the M23): no state, no mercenary company. */
  isArmedGroup(entityId: string): boolean;
  /** True for a country's first-level region (a state, province, oblast, governorate). */
  isRegion(entityId: string): boolean;
}

let base: {
  index: PhraseIndex;
  /** Names matched only in a text of one language, by language. */
  own: Map<string, PhraseIndex>;
  shared: PhraseIndex;
  countries: Map<string, CountryRecord>;
  capitals: Map<string, CountryRecord>;
  media: Set<string>;
  mercenaries: Map<string, string>;
  armies: Set<string>;
  stateForces: Set<string>;
  armedGroups: Set<string>;
  regions: Set<string>;
  entities: Map<string, Entity>;
} | null = null;

function baseLayer(): NonNullable<typeof base> {
  if (base) return base;
  const { records, entries, shared } = countryGazetteer();
  const known = knownEntries();
  const regions = worldRegionEntries([...entries, ...shared, ...known]);
  base = {
    index: new PhraseIndex([...entries, ...known.filter((e) => !e.language), ...regions]),
    own: new Map(
      KNOWN_LANGUAGES.map((lang) => [
        lang,
        new PhraseIndex(known.filter((e) => e.language === lang)),
      ]),
    ),
    shared: new PhraseIndex(shared),
    countries: new Map(records.map((r) => [r.entity.id, r])),
    capitals: new Map(
      records.flatMap((r) =>
        [...(r.capital ? [r.capital] : []), ...r.seats].map((place) => [place.id, r] as const),
      ),
    ),
    media: new Set(known.filter((e) => e.media).map((e) => e.entity.id)),
    mercenaries: new Map(
      KNOWN_ENTITIES.flatMap((d) =>
        d.mercenariesOf ? [[entityId(d.kind, d.name), d.mercenariesOf] as const] : [],
      ),
    ),
    armies: new Set(records.flatMap((r) => (r.armedForce ? [r.armedForce.id] : []))),
    // Mercenary companies fight for a state but are groups of their own ("le groupe Wagner").
    stateForces: new Set([
      ...records.flatMap((r) => (r.armedForce ? [r.armedForce.id] : [])),
      ...STATE_BODIES.filter((d) => d.kind === 'ARMED_FORCE' && !d.mercenariesOf).map((d) =>
        entityId(d.kind, d.name),
      ),
    ]),
    armedGroups: new Set(
      [...ARMED_GROUPS, ...CONFLICT_PARTIES]
        .filter(
          (d) =>
            (d.kind === 'ARMED_FORCE' || d.kind === 'ORGANIZATION') && !d.state && !d.mercenariesOf,
        )
        .map((d) => entityId(d.kind, d.name)),
    ),
    regions: new Set(regions.map((e) => e.entity.id)),
    entities: new Map([
      ...[...entries, ...known, ...regions].map((e) => [e.entity.id, e.entity] as const),
      ...records.flatMap((r) => [
        ...(r.armedForce ? [[r.armedForce.id, r.armedForce] as const] : []),
        ...(r.capital ? [[r.capital.id, r.capital] as const] : []),
        ...r.seats.map((seat) => [seat.id, seat] as const),
      ]),
    ]),
  };
  return base;
}

export function buildGazetteer(graph: readonly Entity[]): Gazetteer {
  const data = baseLayer();
  // The data layer is authoritative for the entities it defines (and splits their compounds on
  // purpose: "UN" + "Security Council"); the graph adds what the data does not know.
  const graphIndex = new PhraseIndex(
    graphEntries(
      graph.filter((entity) => !data.entities.has(entity.id)),
      data.media,
    ),
  );
  return {
    matchAt(tokens, index, language) {
      const fromGraph = graphIndex.matchesAt(tokens, index)[0];
      const fromData = longer(
        data.index.matchesAt(tokens, index)[0],
        language === undefined ? undefined : data.own.get(language)?.matchesAt(tokens, index)[0],
      );
      if (!fromGraph) return fromData ?? null;
      if (!fromData || fromGraph.length > fromData.length) return fromGraph;
      if (fromData.length > fromGraph.length) return fromData;
      // Same length: both readings, the graph's first.
      return { length: fromGraph.length, entries: [...fromGraph.entries, ...fromData.entries] };
    },
    sharedAt(tokens, index) {
      return data.shared.matchesAt(tokens, index)[0] ?? null;
    },
    allMatchesAt(tokens, index) {
      return [...graphIndex.matchesAt(tokens, index), ...data.index.matchesAt(tokens, index)].sort(
        (a, b) => b.length - a.length,
      );
    },
    lookup(text) {
      return [...graphIndex.lookup(text), ...data.index.lookup(text)];
    },
    country(countryId) {
      return data.countries.get(countryId);
    },
    countryWithCapital(placeId) {
      return data.capitals.get(placeId);
    },
    dataEntity(entityId) {
      return data.entities.get(entityId);
    },
    isMedia(entityId) {
      return data.media.has(entityId);
    },
    mercenariesOf(id) {
      return data.mercenaries.get(id);
    },
    isStateForce(id) {
      return data.stateForces.has(id);
    },
    isNationalArmy(id) {
      return data.armies.has(id);
    },
    isArmedGroup(id) {
      return data.armedGroups.has(id);
    },
    isRegion(id) {
      return data.regions.has(id);
    },
  };
}

/**
 * The gazetteer of one article that also counts as outlets the names the article itself calls
 * outlets ("the daily Dawn"), so that attribution credits them as it credits known ones.
 */
export function withOutlets(gazetteer: Gazetteer, outlets: ReadonlySet<string>): Gazetteer {
  if (outlets.size === 0) return gazetteer;
  return { ...gazetteer, isMedia: (id) => outlets.has(id) || gazetteer.isMedia(id) };
}

/** The longer of two matches at one token; of two as long, both readings. */
function longer(
  a: GazetteerMatch | undefined,
  b: GazetteerMatch | undefined,
): GazetteerMatch | undefined {
  if (!a || !b) return a ?? b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return { length: a.length, entries: [...a.entries, ...b.entries] };
}
