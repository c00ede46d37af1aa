import type { Entity, EntityKind } from '../domain/entity';
import { foldText } from '../domain/ids';
import { mergeLabels } from '../domain/entity';
import type { Gazetteer } from './gazetteer/gazetteer';
import type { GazetteerEntry } from './gazetteer/gazetteer-entry';
import type { Link, LinkedMention, Linking } from './linked-mention';
import type { FoundMention } from './mentions/found-mention';
import { ACRONYM } from './mentions/acronym-pattern';
import { candidateEntity, resolveCandidate } from './resolve-candidate';

/**
 * A capital after these words is a place ("dans Moscou", "in London", "près
 * de Kyiv"), not its government. "à" and "to" are left out on purpose: "livré
 * à Kyiv", "sent to Moscow" name the government that receives.
 */
const LOCATIVE_BEFORE =
  /(?<!\p{L})(?:dans|près de|in|at|near|outside|inside|around|autour de|en|cerca de|nahe|bei)\s*$/iu;
/** "west of Algiers", "au nord-est de Bamako", "al oeste de Argel", "westlich von Kiew": a place too. */
const COMPASS_BEFORE = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of',
      '(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest) de',
      '(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|sudeste|sudoeste) de',
      '(?:nord|süd|öst|west|nordöst|nordwest|südöst|südwest)lich von',
    ].join('|') +
    ')\\s*$',
  'iu',
);
/** "à Bruxelles", "to London": a place, unless a transfer verb before makes the capital its receiver ("livré à Kyiv"). */
const TO_BEFORE = /(?<!\p{L})(?:à|a|au|to)\s*$/iu;
const TRANSFER_VERB =
  /(?<!\p{L})(?:livr\p{L}*|fourni\p{L}*|envoy\p{L}*|vend\p{L}*|transf[eé]r\p{L}*|exp[eé]di\p{L}*|appel\p{L}*|demand\p{L}*|aid\p{L}*|deliver\p{L}*|suppl\p{L}*|sen[dt]\p{L}*|sold|sell\p{L}*|ship\p{L}*|provid\p{L}*|transferr\p{L}*|call\p{L}*|urg\p{L}*)(?!\p{L})/iu;
/**
 * "Kyiv, the Ukrainian capital", "Kiew, die ukrainische Hauptstadt", "Kyiv is the capital of
 * Ukraine", "Argel es la capital de Argelia": the city itself.
 */
const CAPITAL_AFTER =
  /^\s*(?:,|(?:is|was|est|etait|était|ist|war|es|era|fue)(?!\p{L}))\s*(?:la\s+|the\s+|die\s+)?(?:[\p{L}-]+\s+)?(?:capitale|capital|hauptstadt)(?!\p{L})/iu;
/**
 * "the Iranian capital Tehran", "la capitale iranienne, Téhéran", "der iranischen Hauptstadt
 * Teheran", "la capital del país, Argel", "the capital of the country, Algiers": the city too.
 */
const CAPITAL_BEFORE = /(?<!\p{L})(?:capitale|capital|hauptstadt)(?:\s+[\p{L}-]+){0,3}\s*,?\s*$/iu;

/**
 * Stage 3: one entity per mention. Gazetteer readings first (the graph's own
 * entities before curated data, curated data before country data); a
 * demonym links to its country; a capital acting as a subject links to its
 * state, with its surface kept ("Moscou n'a pas réagi"). An unknown name
 * links to a person already named in the article by its surname, to what
 * its acronym abbreviates, or else becomes a new candidate entity with its
 * guessed kind — never folded into a different existing entity.
 */
export function linkEntities(
  text: string,
  found: readonly FoundMention[],
  gazetteer: Gazetteer,
  language: string,
): Linking {
  const entities = new Map<string, Entity>();
  const candidateIds = new Set<string>();
  const linked: LinkedMention[] = [];
  const remember = (entity: Entity, alias?: string): Entity => {
    const previous = entities.get(entity.id);
    const merged: Entity = previous
      ? {
          ...previous,
          labels: mergeLabels(previous.labels, entity.labels),
          aliases: mergeLabels(previous.aliases, entity.aliases),
        }
      : entity;
    const withAlias =
      alias && alias !== merged.name
        ? { ...merged, aliases: mergeLabels(merged.aliases, [{ lang: language, text: alias }]) }
        : merged;
    entities.set(entity.id, withAlias);
    return withAlias;
  };
  const named = countriesNamed(found);
  const unlinked: FoundMention[] = [];
  for (const each of withOneKindPerName(found)) {
    const mention = each.entries.some((e) => e.shared) ? sharedReading(each, named) : each;
    if (!mention) continue;
    const link =
      mention.entries.length > 0
        ? fromGazetteer(text, mention, linked, gazetteer)
        : resolveCandidate(mention, linked, gazetteer);
    if (!link) {
      unlinked.push(mention);
      continue;
    }
    if (link.via === 'candidate') candidateIds.add(link.entity.id);
    // Surfaces of entities no data defines become aliases ("région de Tver"), whether the graph knew them or not.
    const aliasText =
      link.via === 'acronym' || !gazetteer.dataEntity(link.entity.id) ? mention.surface : undefined;
    const entity = remember(link.entity, aliasText);
    linked.push(
      linkedAs(mention, { ...link, entity, media: link.media || gazetteer.isMedia(entity.id) }),
    );
  }
  return { mentions: withAcronymsSpelledLater(unlinked, linked), entities, candidateIds };
}

/**
 * "Boko Haram stormed Kolofata. … the town of Kolofata": a name no data knows that one sentence
 * shows to be a place's (or a body's) and another gives no more than the analyser's guess of a
 * person is the place's everywhere: the analyser takes a name it does not know for a person's,
 * and a person's name is no place's in one story. With two such kinds, each keeps its own.
 */
function withOneKindPerName(found: readonly FoundMention[]): FoundMention[] {
  const kinds = new Map<string, Set<EntityKind>>();
  for (const { entries, guess } of found) {
    if (entries.length > 0 || guess === null || guess.strength !== 'strong') continue;
    const key = foldText(guess.name);
    kinds.set(key, (kinds.get(key) ?? new Set()).add(guess.kind));
  }
  return found.map((mention) => {
    const { guess } = mention;
    if (mention.entries.length > 0 || guess?.kind !== 'PERSON') return mention;
    const others = [...(kinds.get(foldText(guess.name)) ?? [])].filter((k) => k !== 'PERSON');
    return others.length === 1 ? { ...mention, guess: { ...guess, kind: others[0]! } } : mention;
  });
}

/**
 * "a shadowy militant group called BRN … the National Revolution Front, or BRN,": an acronym
 * nothing named before it is what the article later spells it out as. The mentions in text order.
 */
function withAcronymsSpelledLater(
  unlinked: readonly FoundMention[],
  linked: readonly LinkedMention[],
): LinkedMention[] {
  const early = unlinked.flatMap((mention) => {
    if (mention.guess === null || !ACRONYM.test(mention.surface)) return [];
    const spelled = linked.find(
      (l) =>
        l.via === 'acronym' && l.span.start > mention.span.start && l.surface === mention.surface,
    );
    if (!spelled) return [];
    return [linkedAs(mention, { ...spelled, via: 'acronym' })];
  });
  return early.length === 0
    ? [...linked]
    : [...linked, ...early].sort((a, b) => a.span.start - b.span.start);
}

/** A mention found in the text, linked to the entity (and how) that `link` says it names. */
function linkedAs(
  mention: FoundMention,
  link: Pick<LinkedMention, 'entity' | 'via' | 'country' | 'media'>,
): LinkedMention {
  return {
    span: mention.span,
    surface: mention.surface,
    sentence: mention.sentence,
    entity: link.entity,
    via: link.via,
    country: link.country,
    nested: mention.nested,
    personnel: mention.personnel,
    media: link.media,
  };
}

/** The countries the article names by a name, demonym or capital that is theirs alone. */
function countriesNamed(found: readonly FoundMention[]): Set<string> {
  const ids = new Set<string>();
  for (const { entries } of found) {
    if (entries.some((e) => e.shared)) continue;
    for (const e of entries) {
      if (e.entity.kind === 'COUNTRY') ids.add(e.entity.id);
      else if ((e.role === 'demonym' || e.role === 'capital') && e.country) ids.add(e.country.id);
    }
  }
  return ids;
}

/**
 * A name several countries share ("Congo", "congolais") names the one of them the article
 * names unambiguously elsewhere ("RDC", "Kinshasa"); with none or several named, nobody.
 */
function sharedReading(mention: FoundMention, named: ReadonlySet<string>): FoundMention | null {
  const entries = mention.entries.filter((e) => named.has((e.country ?? e.entity).id));
  const countries = new Set(entries.map((e) => (e.country ?? e.entity).id));
  return countries.size === 1 ? { ...mention, entries } : null;
}

function fromGazetteer(
  text: string,
  mention: FoundMention,
  linked: readonly LinkedMention[],
  gazetteer: Gazetteer,
): Link | null {
  // "the Armed Forces of the Philippines (AFP) … The AFP said": an acronym the article spells out
  // keeps that meaning in the rest of the article. An agency's acronym keeps it only after "the":
  // a bare "AFP reported" still credits the agency, which is never "the AFP" in English.
  const agencyCredit =
    mention.entries.some((e) => e.media) &&
    !/\bthe\s+$/iu.test(text.slice(Math.max(0, mention.span.start - 5), mention.span.start));
  const longForm = mention.acronymOf
    ? linked.find(
        (l) => l.span.start === mention.acronymOf!.start && l.span.end === mention.acronymOf!.end,
      )
    : agencyCredit
      ? undefined
      : linked.find((l) => l.via === 'acronym' && l.surface === mention.surface);
  if (longForm)
    return {
      entity: longForm.entity,
      via: 'acronym',
      country: longForm.country,
      media: longForm.media,
    };
  const entry = stable(preferred(mention.entries), gazetteer);
  const media = mention.entries.some((e) => e.media);
  switch (entry.role) {
    case 'demonym':
      return {
        entity: entry.country ?? entry.entity,
        via: 'demonym',
        country: entry.country,
        media,
      };
    case 'capital': {
      const before = text.slice(Math.max(0, mention.span.start - 20), mention.span.start);
      const clause =
        text
          .slice(Math.max(0, mention.span.start - 80), mention.span.start)
          .split(/[.;!?]/u)
          .pop() ?? '';
      const locative =
        LOCATIVE_BEFORE.test(before) ||
        COMPASS_BEFORE.test(before) ||
        (TO_BEFORE.test(before) && !TRANSFER_VERB.test(clause)) ||
        CAPITAL_BEFORE.test(clause) ||
        CAPITAL_AFTER.test(text.slice(mention.span.end, mention.span.end + 40));
      return locative || !entry.country
        ? { entity: entry.entity, via: 'alias', country: entry.country, media }
        : { entity: entry.country, via: 'capital', country: entry.country, media };
    }
    case 'name':
    case 'acronym':
      return {
        entity: entry.entity,
        via: mention.source === 'armed-force' ? 'armed-force' : 'alias',
        country: entry.country ?? (entry.entity.kind === 'COUNTRY' ? entry.entity : null),
        media,
      };
  }
}

/**
 * The entity as this extractor states it, whatever the graph holds: the
 * gazetteer's data when it knows the entity, else only its id, kind and name.
 * The graph's labels grow as other articles are ingested; copying them into
 * the batch would make the same text give a different batch, and a
 * re-ingest would not be "unchanged". The store merges labels, never drops.
 */
function stable(entry: GazetteerEntry, gazetteer: Gazetteer): GazetteerEntry {
  if (entry.source !== 'graph') return entry;
  const data = gazetteer.dataEntity(entry.entity.id);
  if (data) return { ...entry, entity: data };
  // The form a candidate of that name takes: the same whether the graph knew it or not.
  const { kind, name } = entry.entity;
  return { ...entry, entity: candidateEntity(kind, name) };
}

/**
 * Graph entries first (the graph is the reference), then curated, then
 * country data; names before capitals. When the data knows the same name as
 * a demonym of the chosen entity, that reading is kept: the graph stores
 * demonyms as plain aliases, and a re-ingest must read the text the same way.
 */
function preferred(entries: readonly GazetteerEntry[]): GazetteerEntry {
  const rank = (e: GazetteerEntry) =>
    (e.source === 'graph' ? 0 : e.source === 'known' ? 10 : 20) + (e.role === 'capital' ? 5 : 0);
  const best = [...entries].sort((a, b) => rank(a) - rank(b))[0]!;
  return (
    entries.find((e) => e.role === 'demonym' && (e.country ?? e.entity).id === best.entity.id) ??
    best
  );
}
