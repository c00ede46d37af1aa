import worldCountries from 'world-countries';
import type { Entity, Label } from '../../domain/entity';
import { mergeLabels } from '../../domain/entity';
import { entityId } from '../../domain/ids';
import { ARMED_FORCES, armedForceName } from './armed-forces';
import { CAPITAL_NAMES, SEATS_OF_GOVERNMENT } from './capital-names';
import type { CountryDemonym } from './country-demonyms';
import { countryDemonyms } from './country-demonyms';
import type { WorldCountry } from './country-names';
import { countryNames, usable } from './country-names';
import type { CaseRule, Gender, GazetteerEntry } from './gazetteer-entry';
import { caseRuleOf } from './gazetteer-entry';
import { phraseKey } from '../text/tokenize';

/** A country with the entities that stand for it or belong to it. */
export interface CountryRecord {
  readonly cca2: string;
  readonly entity: Entity;
  readonly capital: Entity | null;
  /** Cities beside the capital that stand for the government (capital-names.ts), read as capitals are. */
  readonly seats: readonly Entity[];
  /** Null for a territory a state defends: "gendarmes killed in New Caledonia" are France's. */
  readonly armedForce: Entity | null;
  readonly unMember: boolean;
}

interface RawCountry {
  readonly record: CountryRecord;
  readonly names: readonly Label[];
  readonly demonyms: readonly CountryDemonym[];
  readonly capitals: readonly Label[];
}

/** Territories that are no member state but keep forces of their own. */
const SELF_DEFENDED = new Set(['TW', 'XK', 'PS']);

/** A state has an army; a dependent territory (Réunion, New Caledonia, Puerto Rico) has its state's. */
function hasOwnArmy(country: WorldCountry): boolean {
  return country.independent || SELF_DEFENDED.has(country.cca2);
}

function rawCountry(country: WorldCountry): RawCountry {
  const cca2 = country.cca2;
  const { name, labels, all: names } = countryNames(country);
  const demonyms = countryDemonyms(country);
  const capitals = capitalNames(country);
  const entity: Entity = {
    id: entityId('COUNTRY', name),
    kind: 'COUNTRY',
    name,
    labels: mergeLabels(labels),
    aliases: mergeLabels(
      names.filter((n) => !labels.some((l) => l.lang === n.lang && l.text === n.text)),
      demonyms.map((d) => d.label),
    ),
  };
  const capitalName = capitals[0]?.text;
  const capitalLabels = firstPerLanguage(capitals);
  // Some territories have an empty demonym.
  const demonym = country.demonyms['eng']?.m || null;
  const forceName = armedForceName(cca2, name, demonym);
  return {
    record: {
      cca2,
      entity,
      capital:
        capitalName === undefined
          ? null
          : {
              id: entityId('LOCATION', capitalName),
              kind: 'LOCATION',
              name: capitalName,
              labels: mergeLabels(capitalLabels),
              aliases: mergeLabels(capitals.filter((c) => !capitalLabels.includes(c))),
            },
      seats: seatsOfGovernment(cca2),
      armedForce: !hasOwnArmy(country)
        ? null
        : {
            id: entityId('ARMED_FORCE', forceName),
            kind: 'ARMED_FORCE',
            name: forceName,
            labels: [{ lang: 'en', text: forceName }],
            // "the armed forces of Armenia" and "Cameroon Armed Forces" (the official name of many) name
            // the same force as "Armenian Armed Forces", "Cameroonian Armed Forces".
            aliases: mergeLabels(
              (ARMED_FORCES[cca2]?.aliases ?? []).map((a) => ({ lang: 'und', text: a })),
              // A state's army is read as its armed forces ("the Nigerian Army", "Pakistan Army").
              [
                `Armed Forces of ${name}`,
                `${name} Armed Forces`,
                ...(demonym === null ? [] : [`${demonym} Armed Forces`, `${demonym} Army`]),
                `${name} Army`,
              ]
                .filter((alias) => alias !== forceName)
                .map((text) => ({ lang: 'en', text })),
            ),
          },
      unMember: country.unMember,
    },
    names,
    demonyms,
    capitals,
  };
}

/** The capital in English (world-countries), then in French, German and Spanish (capital-names.ts). */
function capitalNames(country: WorldCountry): Label[] {
  const english = country.capital.filter(usable).map((c) => c.replace(/\s+D\.C\.$/u, ''));
  const others = CAPITAL_NAMES[country.cca2] ?? {};
  return [
    ...english.map((text) => ({ lang: 'en', text })),
    ...(['fr', 'de', 'es'] as const).flatMap((lang) =>
      (others[lang] ?? []).map((text) => ({ lang, text })),
    ),
  ];
}

/** The places a country's government sits in besides its capital, each under its English name. */
function seatsOfGovernment(cca2: string): Entity[] {
  const seat = SEATS_OF_GOVERNMENT[cca2];
  if (seat === undefined) return [];
  const others = (['fr', 'de', 'es'] as const).flatMap((lang) =>
    (seat[lang] ?? []).map((text) => ({ lang, text })),
  );
  return [
    {
      id: entityId('LOCATION', seat.en),
      kind: 'LOCATION',
      name: seat.en,
      labels: mergeLabels([{ lang: 'en', text: seat.en }], firstPerLanguage(others)),
      aliases: mergeLabels(others.filter((label) => !firstPerLanguage(others).includes(label))),
    },
  ];
}

function firstPerLanguage(labels: readonly Label[]): Label[] {
  return labels.filter((label, index) => labels.findIndex((l) => l.lang === label.lang) === index);
}

let cached: ReturnType<typeof countryGazetteer> | null = null;

/**
 * Country names in English, French, German and Spanish, demonyms and
 * capitals, from the npm data packages world-countries (ODbL) and
 * i18n-iso-countries and the tables beside this file. A name or demonym
 * shared by several countries goes to the one UN member among them; when
 * several UN members share it ("Congolese"), it goes to none of them and is
 * listed in `shared`, for each article to decide. A demonym that is also a country's name in lower case
 * ("italien", "china") matches only in lower case; a capitalised one
 * ("Polen", German for both Poles and Poland) is left to the name. Built
 * once: the data never changes at run time.
 */
export function countryGazetteer(): {
  records: CountryRecord[];
  entries: GazetteerEntry[];
  shared: GazetteerEntry[];
} {
  if (cached) return cached;
  const raws = worldCountries.map(rawCountry);
  const entries: GazetteerEntry[] = [];
  const owners = new Map<string, RawCountry[]>();
  const claim = (key: string, raw: RawCountry) => {
    const list = owners.get(key) ?? [];
    if (!list.includes(raw)) list.push(raw);
    owners.set(key, list);
  };
  for (const raw of raws) {
    // Keys fold accents as matching does: the data's French "Américan" (Northern Mariana Islands)
    // would otherwise own the form "American" that the United States shares with its territories.
    for (const name of raw.names) claim(`n:${phraseKey(name.text)}`, raw);
    for (const demonym of raw.demonyms) claim(`d:${phraseKey(demonym.label.text)}`, raw);
  }
  const owns = (key: string, raw: RawCountry): boolean => {
    const list = owners.get(key) ?? [];
    if (list.length === 1) return true;
    const members = list.filter((r) => r.record.unMember);
    return members.length === 1 && members[0] === raw;
  };
  // A form two countries both own, kept apart for the article to decide between them.
  const shares = (key: string, raw: RawCountry): boolean =>
    (owners.get(key)?.length ?? 0) > 1 && !owns(key, raw) && raw.record.unMember;
  const shared: GazetteerEntry[] = [];
  const names: NameKeys = {
    any: new Set(raws.flatMap((raw) => raw.names.map((n) => phraseKey(n.text)))),
    inLanguage: new Set(
      raws.flatMap((raw) => raw.names.map((n) => `${n.lang}:${phraseKey(n.text)}`)),
    ),
  };
  for (const raw of raws) {
    const { entity } = raw.record;
    for (const name of new Set(raw.names.map((n) => n.text))) {
      const key = `n:${phraseKey(name)}`;
      if (shares(key, raw))
        shared.push({ ...entry(name, entity, 'name', null, null), shared: true });
      if (!owns(key, raw)) continue;
      entries.push(entry(name, entity, 'name', null, null));
    }
    entries.push(...demonymEntries(raw, names, owns));
    shared.push(
      ...demonymEntries(raw, names, shares).map((e): GazetteerEntry => ({ ...e, shared: true })),
    );
    if (raw.record.capital && raw.record.unMember) {
      for (const capital of raw.capitals) {
        entries.push(entry(capital.text, raw.record.capital, 'capital', entity, null));
      }
      for (const seat of raw.record.seats) {
        for (const name of [...seat.labels, ...seat.aliases]) {
          entries.push(entry(name.text, seat, 'capital', entity, null));
        }
      }
    }
    const force = raw.record.armedForce;
    if (force) {
      const names = [
        ...(ARMED_FORCES[raw.record.cca2] ? [force.name] : []),
        ...force.aliases.map((a) => a.text),
      ];
      for (const name of names) entries.push(entry(name, force, 'name', entity, null));
    }
  }
  cached = { records: raws.map((r) => r.record), entries, shared };
  return cached;
}

/** Folded names of every country, in any language and per language ("de:polen"). */
interface NameKeys {
  readonly any: ReadonlySet<string>;
  readonly inLanguage: ReadonlySet<string>;
}

/** How many ways of writing a word a case rule accepts. */
const LOOSENESS: Readonly<Record<CaseRule, number>> = { exact: 0, initial: 1, none: 2 };

/**
 * A country's demonym entries, one per folded form: the one that accepts
 * the most ways of writing it ("russe", French, covers "Russe", German).
 */
function demonymEntries(
  raw: RawCountry,
  names: NameKeys,
  owns: (key: string, raw: RawCountry) => boolean,
): GazetteerEntry[] {
  const { entity } = raw.record;
  const byKey = new Map<string, GazetteerEntry>();
  for (const { label, gender } of raw.demonyms) {
    if (!owns(`d:${phraseKey(label.text)}`, raw)) continue;
    const key = phraseKey(label.text);
    const lowerCase = caseRuleOf(label.text) === 'none';
    if (!lowerCase && names.inLanguage.has(`${label.lang}:${key}`)) continue;
    const made = entry(label.text, entity, 'demonym', entity, gender);
    // "italien" is French for Italian, "Italien" German for Italy: the case written decides.
    const exact = lowerCase && names.any.has(key);
    const candidate: GazetteerEntry = exact ? { ...made, caseRule: 'exact' } : made;
    // The lower-case form kept exact stands beside a capitalised one of the same letters: Spanish
    // "saudí" beside the English "Saudi", which is also a name.
    const slot = exact ? `${key}:lower` : key;
    const kept = byKey.get(slot);
    if (!kept || LOOSENESS[candidate.caseRule] > LOOSENESS[kept.caseRule]) {
      byKey.set(slot, candidate);
    }
  }
  return [...byKey.values()];
}

function entry(
  text: string,
  entity: Entity,
  role: GazetteerEntry['role'],
  country: Entity | null,
  gender: Gender | null,
): GazetteerEntry {
  return {
    text,
    entity,
    role: role === 'name' && caseRuleOf(text) === 'exact' ? 'acronym' : role,
    caseRule: caseRuleOf(text),
    country,
    gender,
    source: 'countries',
    media: false,
  };
}
