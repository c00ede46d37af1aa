import type { Label } from '../../domain/entity';
import type { WorldCountry } from './country-names';
import { usable } from './country-names';
import type { DemonymLanguage } from './demonym-forms';
import { demonymForms, frenchPairForms } from './demonym-forms';
import { DEMONYM_TABLE } from './demonym-table';
import type { Gender } from './gazetteer-entry';

export interface CountryDemonym {
  readonly label: Label;
  readonly gender: Gender | null;
}

/**
 * Every demonym form of a country: English and French from world-countries
 * (French written in lower case, as texts do), then the base forms of
 * demonym-table.ts inflected by the rules of their language.
 */
export function countryDemonyms(country: WorldCountry): CountryDemonym[] {
  const result: CountryDemonym[] = [];
  const add = (lang: DemonymLanguage, forms: readonly { text: string; gender: Gender | null }[]) =>
    result.push(...forms.map(({ text, gender }) => ({ label: { lang, text }, gender })));
  const eng = country.demonyms['eng'];
  if (eng) {
    for (const form of new Set([eng.m, eng.f])) {
      if (usable(form)) add('en', demonymForms('en', form));
    }
  }
  const fra = country.demonyms['fra'];
  if (fra && usable(fra.m) && usable(fra.f)) {
    add('fr', frenchPairForms(fra.m.toLowerCase(), fra.f.toLowerCase()));
  }
  const table = DEMONYM_TABLE[country.cca2] ?? {};
  for (const lang of ['en', 'fr', 'de', 'es'] as const) {
    for (const base of table[lang] ?? []) add(lang, demonymForms(lang, base));
  }
  return result;
}
