import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import type { Entity, Label } from '../../domain/entity';
import { mergeLabels } from '../../domain/entity';
import { entityId } from '../../domain/ids';
import { ARMED_FORCES, armedForceName } from './armed-forces';
import { FRENCH_CAPITALS } from './french-capitals';
import type { Gender, GazetteerEntry } from './gazetteer-entry';
import { caseRuleOf } from './gazetteer-entry';

/** A country with the entities that stand for it or belong to it. */
export interface CountryRecord {
  readonly cca2: string;
  readonly entity: Entity;
  readonly capital: Entity | null;
  readonly armedForce: Entity;
  readonly unMember: boolean;
}

/** Common names that differ from what English news calls the country. */
const CANONICAL_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
  CD: 'Democratic Republic of the Congo',
};

/** Names news uses that neither package lists. */
const EXTRA_NAMES: Readonly<Record<string, readonly Label[]>> = {
  GB: [{ lang: 'en', text: 'Britain' }],
  KP: [{ lang: 'fr', text: 'RPDC' }],
  US: [{ lang: 'en', text: 'America' }],
};

/** Two-letter codes that texts really use as names ("US", "UK"); others ("KP", "FR") are noise. */
const CODES_USED_AS_NAMES = new Set(['US', 'UK', 'UAE']);

const LATIN = /^[\p{Script=Latin}\p{N}\s'’.-]+$/u;

function usable(name: string): boolean {
  return LATIN.test(name) && !/[,()]/.test(name) && name.trim().length > 1;
}

function plural(word: string, language: 'en' | 'fr'): string {
  if (/[sxz]$/u.test(word)) return word;
  if (language === 'en' && /(ese|ch|sh)$/u.test(word)) return word;
  return `${word}s`;
}

function label(lang: string, text: string): Label {
  return { lang, text };
}

interface RawCountry {
  readonly record: CountryRecord;
  readonly names: readonly Label[];
  readonly demonyms: readonly { label: Label; gender: Gender | null }[];
  readonly capitals: readonly Label[];
}

function rawCountry(country: (typeof worldCountries)[number]): RawCountry {
  const cca2 = country.cca2;
  const name = CANONICAL_NAMES[cca2] ?? country.name.common;
  const fra = country.translations['fra'];
  const names = [
    name,
    country.name.common,
    country.name.official,
    ...(countries.getNames('en', { select: 'all' })[cca2] ?? []),
    ...country.altSpellings.filter(
      (alt) => alt.length > 2 || CODES_USED_AS_NAMES.has(alt.replace(/\./g, '')),
    ),
  ]
    .filter(usable)
    .map((text) => label('en', text));
  names.push(...(EXTRA_NAMES[cca2] ?? []));
  const frNames = [
    fra?.common,
    fra?.official,
    ...(countries.getNames('fr', { select: 'all' })[cca2] ?? []),
  ]
    .filter((text): text is string => text !== undefined && usable(text))
    .map((text) => label('fr', text));
  const demonyms = demonymsOf(country);
  const capitalNames = country.capital.filter(usable).map((c) => c.replace(/\s+D\.C\.$/u, ''));
  const capitals = [
    ...capitalNames.map((text) => label('en', text)),
    ...(FRENCH_CAPITALS[cca2] ?? []).map((text) => label('fr', text)),
  ];
  const entity: Entity = {
    id: entityId('COUNTRY', name),
    kind: 'COUNTRY',
    name,
    labels: mergeLabels([label('en', name)], fra ? [label('fr', fra.common)] : []),
    aliases: mergeLabels(
      names.filter((l) => l.text !== name),
      frNames.filter((l) => l.text !== fra?.common),
      demonyms.map((d) => d.label),
    ),
  };
  const capitalName = capitals[0]?.text;
  const forceName = armedForceName(cca2, name, country.demonyms['eng']?.m ?? null);
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
              labels: mergeLabels(
                capitals.slice(0, 1),
                capitals.filter((c) => c.lang === 'fr').slice(0, 1),
              ),
              aliases: mergeLabels(capitals.slice(1)),
            },
      armedForce: {
        id: entityId('ARMED_FORCE', forceName),
        kind: 'ARMED_FORCE',
        name: forceName,
        labels: [label('en', forceName)],
        aliases: mergeLabels((ARMED_FORCES[cca2]?.aliases ?? []).map((a) => label('und', a))),
      },
      unMember: country.unMember,
    },
    names: [...names, ...frNames],
    demonyms,
    capitals,
  };
}

function demonymsOf(
  country: (typeof worldCountries)[number],
): { label: Label; gender: Gender | null }[] {
  const result: { label: Label; gender: Gender | null }[] = [];
  const eng = country.demonyms['eng'];
  if (eng) {
    for (const form of new Set([eng.m, eng.f])) {
      if (!usable(form)) continue;
      result.push({ label: label('en', form), gender: null });
      result.push({ label: label('en', plural(form, 'en')), gender: null });
    }
  }
  const fra = country.demonyms['fra'];
  if (fra && usable(fra.m) && usable(fra.f)) {
    const m = fra.m.toLowerCase();
    const f = fra.f.toLowerCase();
    const gender = (form: string): Gender => (m === f ? 'mf' : form === m ? 'm' : 'f');
    for (const form of new Set([m, f])) {
      result.push({ label: label('fr', form), gender: gender(form) });
      if (plural(form, 'fr') !== form) {
        result.push({ label: label('fr', plural(form, 'fr')), gender: gender(form) });
      }
    }
  }
  return result;
}

let cached: { records: CountryRecord[]; entries: GazetteerEntry[] } | null = null;

/**
 * Country names in English and French, demonyms and capitals, from the npm
 * data packages world-countries (ODbL) and i18n-iso-countries. A name or
 * demonym shared by several countries goes to the one UN member among them,
 * or to none ("Congolese"). Built once: the data never changes at run time.
 */
export function countryGazetteer(): { records: CountryRecord[]; entries: GazetteerEntry[] } {
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
    for (const name of raw.names) claim(`n:${name.text.toLowerCase()}`, raw);
    for (const demonym of raw.demonyms) claim(`d:${demonym.label.text.toLowerCase()}`, raw);
  }
  const owns = (key: string, raw: RawCountry): boolean => {
    const list = owners.get(key) ?? [];
    if (list.length === 1) return true;
    const members = list.filter((r) => r.record.unMember);
    return members.length === 1 && members[0] === raw;
  };
  for (const raw of raws) {
    const { entity } = raw.record;
    for (const name of raw.names) {
      if (!owns(`n:${name.text.toLowerCase()}`, raw)) continue;
      entries.push(entry(name.text, entity, 'name', null, null));
    }
    for (const { label: demonym, gender } of raw.demonyms) {
      if (!owns(`d:${demonym.text.toLowerCase()}`, raw)) continue;
      entries.push(entry(demonym.text, entity, 'demonym', entity, gender));
    }
    if (raw.record.capital && raw.record.unMember) {
      for (const capital of raw.capitals) {
        entries.push(entry(capital.text, raw.record.capital, 'capital', entity, null));
      }
    }
    const force = raw.record.armedForce;
    for (const name of [
      ...(ARMED_FORCES[raw.record.cca2] ? [force.name] : []),
      ...force.aliases.map((a) => a.text),
    ]) {
      entries.push(entry(name, force, 'name', entity, null));
    }
  }
  cached = { records: raws.map((r) => r.record), entries };
  return cached;
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
